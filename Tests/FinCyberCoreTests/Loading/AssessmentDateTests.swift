import FinCyberCore
import Testing

/// An assessment's period has begun by its date, and a cohort can refuse dates after today.
@Suite struct AssessmentDateTests {
  static func xml(date: String, period: String) -> String {
    Fixtures.responsesXML(answers: [:])
      .replacingOccurrences(of: "<assessment date=\"2026-03-31\" period=\"2026Q1\">", with: "<assessment date=\"\(date)\" period=\"\(period)\">")
  }

  @Test func aPeriodThatBeginsAfterItsDateIsRefusedWhereItIsWritten() throws {
    let error = #expect(throws: FinCyberError.self) {
      try Loader.responses(Array(Self.xml(date: "2026-12-31", period: "2027Q1").utf8), path: "x.xml", for: Fixtures.mini)
    }
    let diagnostic = try #require(error?.diagnostics.first)
    #expect(error?.diagnostics.count == 1)
    // Line 4, at the period attribute.
    #expect((diagnostic.line, diagnostic.column) == (4, 33))
    #expect(diagnostic.message == "the period 2027Q1 begins on 2027-01-01, after the assessment date 2026-12-31")
    #expect(diagnostic.fix?.contains("write the period assessed (2026Q4 or an earlier one), or correct the date") == true)
  }

  @Test func aPeriodThatHasBegunOrEndedIsAccepted() throws {
    // The first day of the quarter, and a quarter assessed after it ended.
    for (date, period) in [("2026-10-01", "2026Q4"), ("2027-01-15", "2026Q4"), ("2026-12-31", "2026Q4")] {
      let responses = try Loader.responses(Array(Self.xml(date: date, period: period).utf8), path: "x.xml", for: Fixtures.mini)
      #expect(responses.period == period)
    }
  }

  @Test func aDateAfterTodayIsRefusedOnlyWhenTodayIsGiven() throws {
    let bytes = Array(Self.xml(date: "2026-12-31", period: "2026Q4").utf8)
    #expect(try Loader.responses(bytes, path: "x.xml", for: Fixtures.mini).date == "2026-12-31")
    #expect(try Loader.responses(bytes, path: "x.xml", for: Fixtures.mini, today: "2026-12-31").date == "2026-12-31")
    let error = #expect(throws: FinCyberError.self) {
      try Loader.responses(bytes, path: "x.xml", for: Fixtures.mini, today: "2026-12-30")
    }
    let diagnostic = try #require(error?.diagnostics.first)
    #expect((diagnostic.line, diagnostic.column) == (4, 15))
    #expect(diagnostic.message == "the assessment date 2026-12-31 is after today, 2026-12-30")
  }

  @Test func theBundledSamplesLoad() throws {
    let folder = Fixtures.packageRoot.appendingPathComponent("Questionnaires")
    let current = try Loader.questionnaire(at: folder.appendingPathComponent("fsc-resilience-roadmap-2.0.xml").path)
    let revised = try Loader.questionnaire(at: folder.appendingPathComponent("fsc-resilience-roadmap-1.1.xml").path)
    for name in ["formosa-bank-2026Q1", "formosa-bank-2026Q2", "formosa-bank-2026Q3", "formosa-bank-2026Q4", "anping-insurance-2026Q4",
                 "cuifeng-securities-2026Q4"] {
      _ = try Loader.responses(at: folder.appendingPathComponent("samples/\(name).xml").path, for: current)
    }
    for name in ["formosa-bank-2026Q3-v1.1", "formosa-bank-2026Q4-v1.1"] {
      _ = try Loader.responses(at: folder.appendingPathComponent("samples/\(name).xml").path, for: revised)
    }
  }
}
