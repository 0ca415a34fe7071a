import FinCyberCore

/// Formats numbers and levels the same way in every output.
enum Formatting {
  /// A percentage with one decimal, `.` as separator, as the XML and CSV outputs use.
  static func decimal(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths)) % 10
    return "\(tenths < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
  }

  /// A number as the XML writes it: integers without a fraction, others in Swift's shortest
  /// round-trip form (a valid `xs:double`).
  static func number(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A percentage for people: `72.5%`, or an em dash when nothing applies.
  static func percent(_ value: Double?) -> String {
    guard let value else { return "—" }
    return decimal(value) + "%"
  }

  /// A level's id, or `below-baseline`.
  static func levelID(_ level: MaturityLevel?) -> String { level?.id ?? "below-baseline" }

  /// A level's name in a language, or the words for below baseline.
  static func levelName(_ level: MaturityLevel?, _ language: Language) -> String {
    level?.name.text(language) ?? Labels.text("belowBaseline", language)
  }
}
