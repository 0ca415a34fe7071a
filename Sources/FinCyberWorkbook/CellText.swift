import FinCyberCore

/// Text as a cell of a workbook holds it, both ways.
///
/// Writing, a text that a spreadsheet would read as a formula (the core's ``FormulaLeads``, as in
/// the action list's CSV) gets a leading `'`, and so does a text that starts with `'` followed by
/// such a text, so that reading takes exactly one `'` off again and every text comes back as it was
/// written. The text is always written as a string, never as a formula. Then the OOXML escape
/// `_xHHHH_` (how a workbook writes a control character) is itself escaped where a text holds one
/// literally, so that it reads back as written.
///
/// Every decision is taken on Unicode scalars.
enum CellText {
  /// The text as written into a cell.
  ///
  /// - Parameter text: The text.
  static func written(_ text: String) -> String {
    escapingEscapes(needsApostrophe(text.unicodeScalars[...]) ? "'" + text : text)
  }

  /// The text a cell held, as it was before ``written(_:)``: OOXML escapes decoded, then the one
  /// `'` the writer adds taken off again.
  ///
  /// A cell whose `'` was typed in a spreadsheet program (which keeps `=x` as text when typed as
  /// `'=x`) holds the text without it, and reads as that text.
  /// - Parameter stored: The cell's text as the sheet's XML holds it.
  static func read(_ stored: String) -> String {
    let decoded = decodingEscapes(stored)
    let scalars = decoded.unicodeScalars
    guard scalars.first == "'", needsApostrophe(scalars.dropFirst()) else { return decoded }
    return String(String.UnicodeScalarView(scalars.dropFirst()))
  }

  /// Whether the writer puts a `'` before the text.
  private static func needsApostrophe(_ scalars: Substring.UnicodeScalarView) -> Bool {
    var rest = scalars
    while rest.first == "'" { rest = rest.dropFirst() }
    return rest.first.map(FormulaLeads.scalars.contains) ?? false
  }

  /// `_xHHHH_` written literally becomes `_x005F_xHHHH_`, which a workbook reads as `_xHHHH_`.
  static func escapingEscapes(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains("_") else { return text }
    var out = String.UnicodeScalarView()
    for index in scalars.indices {
      if escape(in: scalars, at: index) != nil { out.append(contentsOf: "_x005F".unicodeScalars) }
      out.append(scalars[index])
    }
    return String(out)
  }

  /// Every `_xHHHH_` replaced by the UTF-16 code unit it names (a pair of them by the character
  /// they make together); a code unit that makes no character is kept as written.
  static func decodingEscapes(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains("_") else { return text }
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      guard let unit = escape(in: scalars, at: index) else {
        out.append(scalars[index])
        index += 1
        continue
      }
      if UTF16.isLeadSurrogate(unit), let trail = escape(in: scalars, at: index + 7), UTF16.isTrailSurrogate(trail),
        let scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(trail) - 0xDC00))
      {
        out.append(scalar)
        index += 14
      } else if let scalar = Unicode.Scalar(unit) {
        out.append(scalar)
        index += 7
      } else {
        out.append(scalars[index])
        index += 1
      }
    }
    return String(out)
  }

  /// The code unit of an `_xHHHH_` escape starting at an index, or nil.
  private static func escape(in scalars: [Unicode.Scalar], at index: Int) -> UInt16? {
    guard index + 7 <= scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_" else { return nil }
    var value: UInt16 = 0
    for scalar in scalars[(index + 2)..<(index + 6)] {
      guard let digit = hex(scalar) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  private static func hex(_ scalar: Unicode.Scalar) -> UInt16? {
    switch scalar.value {
    case 0x30...0x39: return UInt16(scalar.value - 0x30)
    case 0x41...0x46: return UInt16(scalar.value - 0x41 + 10)
    case 0x61...0x66: return UInt16(scalar.value - 0x61 + 10)
    default: return nil
    }
  }
}
