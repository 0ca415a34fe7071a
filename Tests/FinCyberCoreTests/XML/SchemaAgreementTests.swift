import FinCyberCore
import Foundation
import Testing

/// Every file under Questionnaires/ (questionnaires, response files and the sample plan) is valid for
/// libxml2 through fincyber and for `xmllint --schema`.
@Suite struct SchemaAgreementTests {
  static let questionnaireFolder = Fixtures.packageRoot.appendingPathComponent("Questionnaires")

  /// Every XML file under Questionnaires/ except the schemas, by path relative to the package.
  static let files: [String] = {
    let enumerator = FileManager.default.enumerator(atPath: questionnaireFolder.path)!
    return enumerator.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".xml") }
      .map { "Questionnaires/" + $0 }
      .sorted()
  }()

  @Test func thereAreFilesToCheck() {
    #expect(Self.files.contains(BundledFiles.defaultQuestionnairePath))
    #expect(Self.files.contains(BundledFiles.defaultResponsesPath))
  }

  @Test(arguments: files)
  func validatesWithXmllintAndFincyber(_ relative: String) throws {
    let path = Fixtures.packageRoot.appendingPathComponent(relative).path
    let document = try XMLDocumentLoader.load(try InputFile.read(path), path: path, expecting: [.questionnaire, .responses, .plan])
    let schema = Fixtures.packageRoot.appendingPathComponent(document.kind.schemaPath).path
    let result = try Xmllint.validate(path, schema: schema)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("validates"))
  }

  /// The second model and its answers (test fixtures) are valid for xmllint and fincyber alike.
  @Test(arguments: ["cat-like-questionnaire.xml", "cat-like-responses.xml"])
  func theSecondModelValidatesWithXmllintAndFincyber(_ name: String) throws {
    let path = Fixtures.path(name)
    let document = try Loader.document(try InputFile.read(path), path: path)
    let schema = Fixtures.packageRoot.appendingPathComponent(document.kind.schemaPath).path
    let result = try Xmllint.validate(path, schema: schema)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("validates"))
  }

  // An answer value outside the scale (invalid/bad-answer-value.xml) is the loader's to refuse:
  // the values are the questionnaire's own, so the response schema takes any id.
  @Test(arguments: ["invalid/impossible-date.xml", "invalid/wrong-namespace.xml"])
  func xmllintRefusesWhatFincyberRefuses(_ name: String) throws {
    let schema = Fixtures.packageRoot.appendingPathComponent("Questionnaires/schema/responses.xsd").path
    let result = try Xmllint.validate(Fixtures.path(name), schema: schema)
    #expect(result.status != 0)
  }
}
