import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// Every sample institution's machine-readable outputs are valid against their schemas.
@Suite struct SampleOutputsTests {
  static let samples: [String] = {
    let folder = ReportFixtures.root.appendingPathComponent("Questionnaires/samples").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
  }()

  static let questionnaires: [(model: Questionnaire, bytes: [UInt8])] = {
    let folder = ReportFixtures.root.appendingPathComponent("Questionnaires").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".xml") }.sorted().compactMap { name in
      guard let bytes = try? InputFile.read(folder + "/" + name), let model = try? Loader.questionnaire(bytes, path: name) else { return nil }
      return (model, bytes)
    }
  }()

  static func input(_ sample: String) throws -> ReportInput {
    let path = ReportFixtures.root.appendingPathComponent("Questionnaires/samples/" + sample).path
    let bytes = try InputFile.read(path)
    let document = try Loader.document(bytes, path: path)
    let wanted = (document.root["questionnaire"], document.root["questionnaire-version"])
    let questionnaire = try #require(Self.questionnaires.first { ($0.model.id, $0.model.version) == wanted })
    let responses = try Loader.responses(document, for: questionnaire.model)
    return ReportInput(
      assessment: Scorer.score(responses, against: questionnaire.model), questionnaireSHA256: SHA256.hex(questionnaire.bytes),
      responsesSHA256: SHA256.hex(bytes))
  }

  @Test func thereAreSamples() {
    #expect(Self.samples.count >= 6)
  }

  @Test(arguments: samples)
  func gapAnalysisIsValidAndReadsBack(_ sample: String) throws {
    let input = try Self.input(sample)
    let bytes = try GapAnalysisWriter.xml(input)
    let schema = ReportFixtures.root.appendingPathComponent("Reports/schema/gap-analysis.xsd").path
    let result = try ExternalTools.xmllint(bytes, schema: schema)
    #expect(result.status == 0, "\(result.output)")
    #expect(try GapAnalysisReader.read(bytes, path: sample) == GapAnalysis(input))
  }

  @Test(arguments: samples)
  func oscalExportIsValid(_ sample: String) throws {
    let bytes = try AssessmentResultsWriter.xml(try Self.input(sample), language: .traditionalChinese)
    let result = try ExternalTools.xmllint(bytes, schema: AssessmentResultsWriterTests.schema)
    #expect(result.status == 0, "\(result.output)")
  }
}
