/// What the response format lets an answer's texts and names hold, for texts that come from
/// elsewhere than a response file (a returned workbook): the schema's rules, checked before the
/// text reaches a file, so that a problem is told where it was typed.
public enum AnswerText {
  /// The longest text (a comment, an evidence reference, a compensating control, a justification),
  /// in characters as XML Schema counts them (Unicode scalars): the schema's `Text` type.
  public static let maximumLength = 8000
  /// The longest name (who answered, who reviewed): the schema's `Name` type.
  public static let maximumNameLength = 200

  /// A text as a response file keeps it: outer white space trimmed, as the reader trims it; nil
  /// when nothing is left.
  ///
  /// - Parameter raw: The text as given.
  public static func clean(_ raw: String?) -> String? {
    guard let trimmed = raw?.trimmedKeepingLines, !trimmed.isEmpty else { return nil }
    return trimmed
  }

  /// Why a cleaned text cannot be kept, with how to mend it; nil when it can.
  ///
  /// - Parameter text: The text, cleaned.
  public static func problem(_ text: String) -> (message: String, fix: String)? {
    lengthProblem(text, maximum: maximumLength, what: "text", fix: "shorten it, or refer to a document that holds the rest")
      ?? characterProblem(text)
  }

  /// Why a cleaned name cannot be kept, with how to mend it; nil when it can.
  ///
  /// - Parameter name: The name, cleaned.
  public static func nameProblem(_ name: String) -> (message: String, fix: String)? {
    lengthProblem(name, maximum: maximumNameLength, what: "name", fix: "give a shorter name")
      ?? characterProblem(name)
  }

  private static func lengthProblem(_ text: String, maximum: Int, what: String, fix: String) -> (message: String, fix: String)? {
    let length = text.unicodeScalars.count
    guard length > maximum else { return nil }
    return ("the \(what) is \(length) characters long; the response file keeps at most \(maximum)", fix)
  }

  /// A character that XML 1.0 cannot carry: a C0 control other than tab, LF and CR, or U+FFFE,
  /// U+FFFF (Swift strings hold no lone surrogates).
  private static func characterProblem(_ text: String) -> (message: String, fix: String)? {
    guard let bad = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0.value != 0x09 && $0.value != 0x0A && $0.value != 0x0D) || $0.value == 0xFFFE || $0.value == 0xFFFF })
    else { return nil }
    let code = String(bad.value, radix: 16, uppercase: true)
    return ("the text holds the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code), which a response file cannot keep", "remove it")
  }
}
