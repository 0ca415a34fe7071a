import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// The OSCAL export against NIST's official assessment-results schema (read from ../shared, never copied).
@Suite struct AssessmentResultsWriterTests {
  static let schema = ExternalTools.sharedReference.appendingPathComponent("oscal-1.0.6/oscal_assessment-results_schema.xsd").path

  @Test func nistsOwnExampleValidates() throws {
    let example = ExternalTools.sharedReference.appendingPathComponent("oscal-1.0.6/ifa_assessment-results-example.xml").path
    let result = try ExternalTools.xmllint(try InputFile.read(example), schema: Self.schema)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(arguments: Language.allCases)
  func exportValidatesAgainstTheOfficialSchema(_ language: Language) throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let result = try ExternalTools.xmllint(try AssessmentResultsWriter.xml(input, language: language), schema: Self.schema)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func findingsAndObservationsFollowTheAnswers() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let text = String(decoding: try AssessmentResultsWriter.xml(input, language: .english), as: UTF8.self)
    // Targets: D1 advanced, D2 advanced. Up to advanced, D1 has 9 statements (BO B.1 B.2 E.1 Int.1
    // A.1; RM B.1 E.1 Int.1 A.1), of which RM.A.1 is not applicable: 8; D2 has 4: 12 findings.
    // 16 answers, one of them `unanswered` (BO.Inn.1): 15 observations. Both outcomes are measured
    // (2 more observations) and below the advanced target (2 more findings).
    #expect(text.components(separatedBy: "<finding ").count - 1 == 8 + 4 + 2)
    #expect(text.components(separatedBy: "<observation ").count - 1 == 15 + 2)
    #expect(text.contains("target-id=\"D1.GV.BO.E.1\">\n        <status state=\"satisfied\"/>"))
    #expect(text.contains("target-id=\"D1.GV.RM.B.1\">\n        <status state=\"not-satisfied\"/>"))
    #expect(!text.contains("target-id=\"D1.GV.RM.A.1\""))
    #expect(text.contains("<p>Compensating control: The audit committee reviews the security dashboard monthly"))
    #expect(text.contains("<p>Justification: No subsidiaries abroad.</p>"))
  }

  @Test func outcomesBelowTargetAreFindingsAndChangesAreMarked() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let (_, previous) = try GoldenReportTests.input("2026Q1")
    let text = String(decoding: try AssessmentResultsWriter.xml(input, previous: previous, language: .english), as: UTF8.self)
    #expect(text.contains("<p>Days to patch critical vulnerabilities (measured 21.5 days, needed ≤ 3 days)</p>"))
    #expect(text.contains("<prop name=\"outcome\" ns=\"urn:fincyber:oscal\" value=\"below-target\"/>\n      <target type=\"objective-id\" target-id=\"OI.D2.PATCH\">\n        <status state=\"not-satisfied\"/>"))
    // From 2026Q1 to 2026Q2 (worked out by hand in the core's AssessmentChangeTests):
    // D1.GV.RM.B.1 went from met to not met; D2.PR.ZT.E.1 from not met to met.
    #expect(text.contains("<prop name=\"since-previous\" ns=\"urn:fincyber:oscal\" value=\"regression\"/>\n      <target type=\"objective-id\" target-id=\"D1.GV.RM.B.1\">"))
    #expect(text.contains("<prop name=\"since-previous\" ns=\"urn:fincyber:oscal\" value=\"closed\"/>\n      <target type=\"objective-id\" target-id=\"D2.PR.ZT.E.1\">"))
    #expect(text.components(separatedBy: "since-previous").count - 1 == 2)
    let result = try ExternalTools.xmllint(Array(text.utf8), schema: Self.schema)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func sameInputsGiveTheSameBytes() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    #expect(try AssessmentResultsWriter.xml(input, language: .english) == AssessmentResultsWriter.xml(input, language: .english))
  }
}
