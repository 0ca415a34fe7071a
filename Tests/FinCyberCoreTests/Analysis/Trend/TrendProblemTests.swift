import FinCyberCore
import Testing

/// The trend's refusals: each is of a file as a whole (a record keeps no place in its file), and
/// names no command-line option.
@Suite struct TrendProblemTests {
  static func record(_ xml: String) throws -> GapAnalysis {
    let assessment = try Fixtures.score(xml)
    return GapAnalysis(ReportInput(assessment: assessment, questionnaireSHA256: "q", responsesSHA256: "r"))
  }

  static func records() throws -> [GapAnalysis] {
    let first = try record(Fixtures.responsesXML(answers: Fixtures.allYes()))
    let second = try record(
      Fixtures.responsesXML(answers: Fixtures.allYes()).replacingOccurrences(of: "date=\"2026-03-31\" period=\"2026Q1\"", with: "date=\"2026-06-30\" period=\"2026Q2\""))
    return [first, second]
  }

  @Test func anotherInstitutionIsAProblemOfItsFileOfThatKind() throws {
    var records = try Self.records()
    records[1].institutionID = "another-bank"
    records[1].institutionName = "Another Bank"
    let error = #expect(throws: FinCyberError.self) { try Trend(records, sources: ["q1.xml", "other.xml"]) }
    let first = try #require(error?.diagnostics.first)
    #expect(first.kind == .mixesInstitutions)
    #expect(first.position == nil)
    #expect(first.description == "other.xml: this assessment is of 'Another Bank', the first of 'Test Bank' — "
      + "give one institution's files, or allow assessments of different institutions in one trend")
  }

  @Test func twoFilesForOnePeriodAreAProblemOfTheSecondFile() throws {
    let records = try Self.records()
    let error = #expect(throws: FinCyberError.self) { try Trend([records[0], records[0]], sources: ["a.xml", "b.xml"]) }
    let first = try #require(error?.diagnostics.first)
    #expect(first.description == "b.xml: two assessments for 2026Q1 (the other is a.xml) — keep one file per period")
    #expect(first.kind == nil)
  }
}
