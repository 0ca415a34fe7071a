@testable import FinCyberCore
import Foundation
import Testing

/// The files compiled into the binary are the files in the source tree.
@Suite struct BundledResourcesTests {
  @Test(arguments: BundledFiles.all.keys.sorted())
  func bundledCopyMatchesTheSourceTree(_ relative: String) throws {
    let onDisk = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(relative), encoding: .utf8)
    #expect(BundledFiles.text(relative) == onDisk, "run: python3 Scripts/embed-resources.py")
  }

  @Test func bundledDefaultsLoadAndScore() throws {
    let questionnaire = try Loader.questionnaire(BundledFiles.defaultQuestionnaire, path: BundledFiles.defaultQuestionnairePath)
    let responses = try Loader.responses(BundledFiles.defaultResponses, path: BundledFiles.defaultResponsesPath, for: questionnaire)
    let assessment = Scorer.score(responses, against: questionnaire)
    #expect(assessment.domains.count == questionnaire.domains.count)
  }

  /// The bundled documents, which the loader reads without validating them when given verbatim.
  static let documents = BundledResources.sha256.keys.sorted()

  @Test func theBundledDocumentsAreTheDefaults() {
    #expect(Self.documents == [BundledFiles.defaultQuestionnairePath, BundledFiles.defaultResponsesPath].sorted())
  }

  /// What `Scripts/embed-resources.py` checked with xmllint, checked again with fincyber's own
  /// validator: each bundled document is valid against its schema.
  @Test(arguments: documents)
  func eachBundledDocumentIsValidAgainstItsSchema(_ path: String) throws {
    let bytes = Array(BundledFiles.text(path)!.utf8)
    let document = try XMLDocumentLoader.load(bytes, path: path, expecting: [.questionnaire, .responses], validatingBundled: true)
    #expect(document.kind == (path == BundledFiles.defaultQuestionnairePath ? .questionnaire : .responses))
  }

  @Test(arguments: documents)
  func eachRecordedDigestIsTheDocumentsSHA256(_ path: String) {
    let bytes = Array(BundledFiles.text(path)!.utf8)
    #expect(BundledResources.sha256[path] == SHA256.hex(bytes))
    #expect(BundledFiles.sha256(of: bytes) == SHA256.hex(bytes))
  }

  @Test func onlyTheVerbatimBytesAreKnown() {
    let bytes = BundledFiles.defaultQuestionnaire
    #expect(BundledFiles.verbatimDocument(bytes) == BundledFiles.defaultQuestionnairePath)
    #expect(BundledFiles.verbatimDocument(BundledFiles.defaultResponses) == BundledFiles.defaultResponsesPath)
    var edited = bytes
    let last = edited.lastIndex(of: UInt8(ascii: "a"))!
    edited[last] = UInt8(ascii: "b")
    #expect(BundledFiles.verbatimDocument(edited) == nil)
    #expect(BundledFiles.sha256(of: edited) == SHA256.hex(edited))
    #expect(BundledFiles.verbatimDocument(Array(bytes.dropLast())) == nil)
    #expect(BundledFiles.verbatimDocument([]) == nil)
  }

  /// An edited copy of the bundled questionnaire is validated in full: one attribute the schema
  /// does not allow is refused, where the verbatim copy loads.
  @Test func anEditedCopyIsValidated() throws {
    let text = BundledFiles.text(BundledFiles.defaultQuestionnairePath)!
    _ = try Loader.questionnaire(Array(text.utf8), path: "bundled.xml")
    let edited = text.replacingOccurrences(of: "<statement id=", with: "<statement colour=\"red\" id=", options: [], range: text.range(of: "<statement id="))
    #expect(edited != text)
    #expect {
      _ = try Loader.questionnaire(Array(edited.utf8), path: "edited.xml")
    } throws: { error in
      "\(error)".contains("colour")
    }
  }
}
