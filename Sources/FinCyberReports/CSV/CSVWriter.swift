// The CSV fuzzer compiles this file on its own, with the core's FormulaLeads.swift beside it
// (Fuzz/run.sh): there is no FinCyberCore module to import then.
#if canImport(FinCyberCore)
  import FinCyberCore
#endif

/// Writes RFC 4180 CSV that a spreadsheet opens as text: CRLF line ends, a field quoted when it
/// holds a comma, a quote or a line break, and a field that a spreadsheet would read as a formula
/// neutralised.
///
/// Every decision is taken on Unicode scalars, never on `Character`s: Swift joins CR LF into one
/// `Character` (equal to neither CR nor LF), and a quote followed by a combining mark into another,
/// so a check on `Character`s lets a line break or a quote through unquoted or undoubled, and a
/// hostile comment could cut a row and forge rows of its own.
///
/// Formulas are neutralised by the core's one rule (``FormulaLeads``): a field that starts with `=`,
/// `+`, `-`, `@`, tab, CR, LF or NUL (or the full-width `＝`, `＋`, `－`, `＠`) is written with a
/// leading `'` and quoted, so Excel, LibreOffice and Google Sheets show it as text. A reader of the
/// file sees that `'`; nothing else is changed.
struct CSVWriter {
  private(set) var text = ""

  /// Adds one record.
  ///
  /// - Parameter fields: The record's fields, as text.
  mutating func row(_ fields: [String]) {
    // A lone empty field would be an empty line, which readers take for no fields at all.
    if fields == [""] {
      text.unicodeScalars.append(contentsOf: "\"\"\r\n".unicodeScalars)
      return
    }
    for (index, value) in fields.enumerated() {
      if index > 0 { text.unicodeScalars.append(",") }
      Self.append(value, to: &text.unicodeScalars)
    }
    text.unicodeScalars.append(contentsOf: "\r\n".unicodeScalars)
  }

  /// One field as it is written.
  ///
  /// - Parameter value: The field's text.
  static func field(_ value: String) -> String {
    var written = String.UnicodeScalarView()
    append(value, to: &written)
    return String(written)
  }

  private static func append(_ value: String, to out: inout String.UnicodeScalarView) {
    let scalars = value.unicodeScalars
    let formula = FormulaLeads.lead(value)
    guard formula || scalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
      out.append(contentsOf: scalars)
      return
    }
    out.append("\"")
    if formula { out.append("'") }
    for scalar in scalars {
      if scalar == "\"" { out.append("\"") }
      out.append(scalar)
    }
    out.append("\"")
  }

  /// The text as UTF-8 with a byte-order mark, which Excel needs to read Chinese text correctly.
  var bytes: [UInt8] { [0xEF, 0xBB, 0xBF] + Array(text.utf8) }
}
