import FinCyberCore

/// A short fingerprint of one statement's answer as the response file held it when the workbook
/// was written, kept in the row's hidden `fingerprint` cell.
///
/// On import it tells apart the two changes that can meet: the row changed in the workbook (its
/// cells no longer give the fingerprint) and the answer changed in the response file since (the
/// file's answer no longer gives it). Texts are taken as the response file keeps them
/// (``AnswerText/clean(_:)``), and no answer counts as the scale's unanswered value, so a row
/// returned untouched always gives the fingerprint it was written with.
enum AnswerFingerprint {
  /// 16 hex digits of the SHA-256 of the statement id, the value and the four texts.
  ///
  /// - Parameters:
  ///   - statementID: The statement.
  ///   - answer: Its answer, if any.
  ///   - scale: The questionnaire's answer scale.
  static func of(_ statementID: String, _ answer: Answer?, _ scale: AnswerScale) -> String {
    let parts: [String?] = [
      statementID, scale.meaning(of: answer).value.rawValue, AnswerText.clean(answer?.comment), AnswerText.clean(answer?.evidence),
      AnswerText.clean(answer?.compensatingControl), AnswerText.clean(answer?.justification),
    ]
    // Each part is prefixed with its length in scalars, so no text can pass for two parts.
    let joined = parts.map { part in part.map { "\($0.unicodeScalars.count):" + $0 } ?? "-" }.joined(separator: ";")
    return String(SHA256.hex(Array(joined.utf8)).prefix(16))
  }

  /// Whether a text has the form of a fingerprint: 16 lower-case hex digits.
  ///
  /// - Parameter text: The cell's text.
  static func isWellFormed(_ text: String) -> Bool {
    text.utf8.count == 16 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}
