import FinCyberCore

/// Formats numbers and levels for people, the same way in every report.
enum Formatting {
  /// A percentage for people: `72.5%`, or an em dash when nothing applies.
  static func percent(_ value: Double?) -> String {
    guard let value else { return "—" }
    return RecordValue.decimal(value) + "%"
  }

  /// A level's name in a language, or the words for below baseline.
  static func levelName(_ level: MaturityLevel?, _ language: Language) -> String {
    level?.name.text(language) ?? Labels.text("belowBaseline", language)
  }
}
