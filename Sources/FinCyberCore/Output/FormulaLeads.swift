/// The one rule every tabular output follows so that a spreadsheet never reads a text as a formula.
///
/// OWASP's CSV-injection guidance and ASVS 5.0 requirement 1.2.10: a text that starts with `=`,
/// `+`, `-`, `@`, tab, CR, LF or NUL, or with the full-width `＝`, `＋`, `－`, `＠` (which
/// spreadsheets in East Asian locales also read as formula leads), is written with a leading `'`,
/// so Excel, LibreOffice and Google Sheets show it as text. The action list (`gap-actions.csv`) and
/// the Excel workbook both follow it. The check is on Unicode scalars, never on `Character`s.
public enum FormulaLeads {
  /// The scalars that make a text a formula when they lead it.
  public static let scalars: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\n", "\0", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// Whether a spreadsheet would read the text as a formula.
  ///
  /// - Parameter text: The text of a cell.
  public static func lead(_ text: String) -> Bool { text.unicodeScalars.first.map(scalars.contains) ?? false }
}
