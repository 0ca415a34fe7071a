/// A language in which fincyber writes questionnaires and reports.
public enum Language: String, Sendable, CaseIterable, Hashable {
  /// Traditional Chinese as written in Taiwan.
  case traditionalChinese = "zh-TW"
  /// English.
  case english = "en"
}

/// A text given in several languages.
public struct LocalizedText: Sendable, Hashable {
  /// The text by language tag.
  public var values: [String: String]

  /// Creates a localised text.
  ///
  /// - Parameter values: The text by language tag (`zh-TW`, `en`).
  public init(_ values: [String: String] = [:]) {
    self.values = values
  }

  /// Whether the text is given in no language (an optional text the model leaves out).
  public var isEmpty: Bool { values.isEmpty }

  /// The text in a language, falling back to the other language, then to any.
  ///
  /// - Parameter language: The language wanted.
  public func text(_ language: Language) -> String {
    if let value = values[language.rawValue] { return value }
    for other in Language.allCases where values[other.rawValue] != nil { return values[other.rawValue]! }
    return values.values.sorted().first ?? ""
  }
}
