import FinCyberCore
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
}
