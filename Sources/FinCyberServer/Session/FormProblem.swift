import FinCyberCore
import Foundation

/// A problem with what a form sent, in both languages, tied to the field it concerns.
struct FormProblem: Sendable, Equatable {
  /// The form field's name, so the page can mark it.
  var field: String
  var chinese: String
  var english: String

  /// The message in one language.
  func text(_ language: Language) -> String { language == .traditionalChinese ? chinese : english }
}

/// The rules every free text of a form obeys before it reaches the response file.
enum SubmittedText {
  /// The response file's limit on one text (the schema's `Text` type).
  static let maximumLength = 8000

  /// A submitted text as the file keeps it: line ends made `\n`, outer white space trimmed; nil when empty.
  ///
  /// - Parameter raw: The text as the browser sent it.
  static func clean(_ raw: String?) -> String? {
    guard let raw else { return nil }
    let text = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// The problem with a cleaned text, or nil: too long, or holding a character XML cannot carry.
  ///
  /// - Parameters:
  ///   - text: The cleaned text.
  ///   - field: The field it came from.
  ///   - label: What the field is, in both languages.
  static func problem(_ text: String?, field: String, label: (String, String)) -> FormProblem? {
    guard let text else { return nil }
    if text.count > maximumLength {
      return FormProblem(
        field: field, chinese: "「\(label.0)」超過 \(maximumLength) 字（目前 \(text.count) 字），請精簡或改附文件。",
        english: "\(label.1) is longer than \(maximumLength) characters (\(text.count)); shorten it or refer to a document.")
    }
    if text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
      return FormProblem(
        field: field, chinese: "「\(label.0)」含有無法存入檔案的控制字元，請刪除後再存。",
        english: "\(label.1) holds a control character that the file cannot keep; remove it and save again.")
    }
    return nil
  }
}
