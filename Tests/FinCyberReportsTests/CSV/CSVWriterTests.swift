import Foundation
import Testing

@testable import FinCyberCore
@testable import FinCyberReports

/// The CSV writer on its own: quoting decided on Unicode scalars, formulas neutralised, and any
/// text read back by Python's csv module as the same cells, one row per record.
@Suite struct CSVWriterTests {
  /// The field as a spreadsheet should show it: a formula lead gets a `'` in front, nothing else
  /// changes. Written here apart from the writer, as the test's own statement of the rule.
  static func shown(_ value: String) -> String {
    let leads: Set<UInt32> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x0A, 0x00, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20]
    return value.unicodeScalars.first.map { leads.contains($0.value) } == true ? "'" + value : value
  }

  @Test func aLineBreakThatSwiftSeesAsOneCharacterIsStillQuoted() {
    #expect("a\r\nb".count == 3, "CR LF is one Character: a check on Characters misses it")
    #expect(CSVWriter.field("a\r\nb") == "\"a\r\nb\"")
    #expect(CSVWriter.field("a\rb") == "\"a\rb\"")
    #expect(CSVWriter.field("a\nb") == "\"a\nb\"")
  }

  @Test func aQuoteJoinedToACombiningMarkIsStillDoubled() {
    let value = "say \"\u{301}hi\u{301}\""
    #expect(CSVWriter.field(value) == "\"say \"\"\u{301}hi\u{301}\"\"\"")
  }

  @Test func formulaLeadsAreWrittenAsText() {
    #expect(CSVWriter.field("=1+1") == "\"'=1+1\"")
    #expect(CSVWriter.field("@SUM(1)") == "\"'@SUM(1)\"")
    #expect(CSVWriter.field("+1") == "\"'+1\"")
    #expect(CSVWriter.field("-1") == "\"'-1\"")
    #expect(CSVWriter.field("\t=1") == "\"'\t=1\"")
    #expect(CSVWriter.field("\r\n=1") == "\"'\r\n=1\"")
    #expect(CSVWriter.field("＝1+1") == "\"'＝1+1\"")
    #expect(CSVWriter.field("a=1") == "a=1", "only a leading lead makes a formula")
    #expect(CSVWriter.field("") == "")
    #expect(CSVWriter.field("資訊安全") == "資訊安全")
  }

  /// Random records heavy in the characters that matter, through the writer and back through
  /// Python's csv module: the same cells (as a spreadsheet shows them), one row per record.
  @Test func anyTextComesBackAsTheSameCellsOneRowPerRecord() throws {
    var generator = SplitMix64(seed: 20_261_203)
    let tricky: [Unicode.Scalar] = [
      ",", "\"", "\r", "\n", "=", "+", "-", "@", "\t", "\0", "'", " ", "\u{301}", "\u{200D}", "\u{2028}", "\u{85}", "\u{FEFF}",
      "\u{FF1D}", "\u{FF20}", "資", "安", "é", "\u{1F600}", "\u{10FFFF}", "a", "1",
    ]
    var records: [[String]] = []
    for _ in 0..<3_000 {
      records.append((0..<Int(generator.next() % 6 + 1)).map { _ in
        var field = String.UnicodeScalarView()
        for _ in 0..<Int(generator.next() % 12) {
          if generator.next() % 4 == 0, let any = Unicode.Scalar(UInt32(generator.next() % 0x11_0000)), !(0xD800...0xDFFF).contains(any.value) {
            field.append(any)
          } else {
            field.append(tricky[Int(generator.next() % UInt64(tricky.count))])
          }
        }
        return String(field)
      })
    }
    var writer = CSVWriter()
    for record in records { writer.row(record) }
    let rows = try GapActionListTests.rows(writer.bytes)
    #expect(rows.count == records.count, "one row per record")
    for (index, (row, record)) in zip(rows, records).enumerated() where row != record.map(Self.shown) {
      Issue.record("record \(index): \(record.map { $0.unicodeScalars.map { String($0.value, radix: 16) } }) came back as \(row)")
      break
    }
  }
}
