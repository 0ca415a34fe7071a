import FinCyberCore
import FinCyberReports

/// The workbook's words, from the product's one localisation layer (`WorkbookTerms` and `Terms` in
/// FinCyberReports, read through its ``Localizer``). A key here is the workbook's short name for a
/// term: `title`, `col.statement`; the report's own terms (`institution`, `period`) are used as
/// they are.
enum WorkbookLabels {
  /// The keys the workbook shares with the reports' term table.
  static let shared: Set<String> = ["institution", "period"]

  /// The term key for a workbook label: `col.statement` is `workbookColStatement`.
  static func termKey(_ key: String) -> String {
    if shared.contains(key) { return key }
    return "workbook" + key.split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// A label in a language, its `{name}` places filled in (the model's places with generic words).
  ///
  /// - Parameters:
  ///   - key: The label.
  ///   - language: The language.
  ///   - values: The text for each place, by name.
  static func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
    Localizer(language: language, questionnaire: nil).text(termKey(key), values)
  }

  /// A label in a language with the model's words for its parts filled in (`{statement}`,
  /// `{component}`, `{components}`).
  ///
  /// - Parameters:
  ///   - key: The label.
  ///   - language: The language.
  ///   - questionnaire: The model whose words are used.
  ///   - values: Further places, by name.
  static func text(_ key: String, _ language: Language, model questionnaire: Questionnaire, _ values: [String: String] = [:]) -> String {
    Localizer(language: language, questionnaire: questionnaire).text(termKey(key), values)
  }
}
