import FinCyberCore

/// Formats numbers, dates and measured values for people, the same way in every report.
enum Formatting {
  /// A percentage for people: `72.5%`, or an em dash when nothing applies.
  static func percent(_ value: Double?) -> String {
    guard let value else { return "—" }
    return RecordValue.decimal(value) + "%"
  }

  /// The months' names in English.
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  ]

  /// A `YYYY-MM-DD` date: `2026年12月31日` or `31 December 2026`.
  static func date(_ text: String, _ language: Language) -> String {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]) else { return text }
    return language == .traditionalChinese
      ? "\(parts[0])年\(parts[1])月\(parts[2])日"
      : "\(parts[2]) \(englishMonths[parts[1] - 1]) \(parts[0])"
  }

  /// A measured value with its unit: `12.5 小時` / `12.5 hours`; percentages keep the sign close.
  static func value(_ value: Double, unit: String) -> String {
    let number = RecordValue.number(value)
    return unit == "%" ? number + "%" : number + " " + unit
  }
}
