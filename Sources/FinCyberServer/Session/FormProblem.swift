import FinCyberCore
import FinCyberReports
import Foundation

/// A problem with what a form sent, tied to the field it concerns, said in the language of the
/// page that sent it (a form is read with that page's ``Localizer``).
struct FormProblem: Sendable, Equatable {
  /// The form field's name, so the page can mark it; empty for a problem of the whole file.
  var field: String
  /// What is wrong and how to mend it.
  var message: String

  /// A problem said by a term of the localisation layer.
  ///
  /// - Parameters:
  ///   - field: The form field's name.
  ///   - key: The term (``ServerTerms``).
  ///   - arguments: The text for each of its `{name}` places.
  ///   - words: The page's language and the model's words.
  init(field: String, _ key: String, _ arguments: [String: String] = [:], words: Localizer) {
    self.field = field
    message = words.text(key, arguments)
  }

  /// A problem of the whole file, in the words of the check that found it (the core's, in English).
  ///
  /// - Parameter text: The check's message.
  init(file text: String) {
    field = ""
    message = text
  }
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
  ///   - label: What the field is, in the page's words.
  ///   - words: The page's language and the model's words.
  static func problem(_ text: String?, field: String, label: String, words: Localizer) -> FormProblem? {
    guard let text else { return nil }
    if text.count > maximumLength {
      return FormProblem(field: field, "problemTooLong", ["label": label, "limit": String(maximumLength), "count": String(text.count)], words: words)
    }
    if text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
      return FormProblem(field: field, "problemControlCharacter", ["label": label], words: words)
    }
    return nil
  }
}
