import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// The CSV action list, read back by Python's csv module: a parser that is not the project's writer.
@Suite struct GapActionListTests {
  /// Parses CSV from standard input with Python's csv module and prints the rows as JSON.
  static let parser = """
    import csv, json, sys
    data = sys.stdin.buffer.read()
    assert data.startswith(b"\\xef\\xbb\\xbf"), "no UTF-8 byte-order mark"
    text = data[3:].decode("utf-8")
    assert "\\r\\n" in text, "RFC 4180 wants CRLF line ends"
    print(json.dumps(list(csv.reader(text.splitlines(keepends=True)))))
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
    #expect(rows[0] == GapActionList.columns)
    #expect(rows[1][0] == "D1.GV.RM.B.1")
    #expect(rows[1][8] == tricky)
    #expect(rows.allSatisfy { $0.count == GapActionList.columns.count })
  }

  @Test func baselineGapsComeFirstAndEachStatementOnce() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let rows = try Self.rows(GapActionList.csv(input.assessment, language: .english)).dropFirst()
    // The 2026Q2 fixture has one baseline gap (RM.B.1, also below the target) and target gaps
    // BO.Int.1, BO.A.1, ZT.Int.1, ZT.A.1.
    #expect(rows.map { $0[0] } == ["D1.GV.RM.B.1", "D1.GV.BO.Int.1", "D2.PR.ZT.Int.1", "D1.GV.BO.A.1", "D2.PR.ZT.A.1"])
    #expect(rows.map { $0[5] } == ["baseline", "target", "target", "target", "target"])
    #expect(rows.allSatisfy { $0[12].isEmpty && $0[13].isEmpty })
    #expect(rows.first?[6] == "D1.GV.RM practice one at baseline is in place.")
  }
}
