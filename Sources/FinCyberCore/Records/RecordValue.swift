/// How numbers and levels are written in fincyber's data files (the gap analysis, the trend and
/// cohort XML, the CSV): the same everywhere, and independent of any locale.
public enum RecordValue {
  /// A percentage with one decimal and `.` as separator: `72.5`.
  ///
  /// - Parameter value: The value.
  public static func decimal(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths)) % 10
    return "\(tenths < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
  }

  /// A number: integers without a fraction, others in Swift's shortest round-trip form (a valid
  /// `xs:double`).
  ///
  /// - Parameter value: The value.
  public static func number(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// The word the data files use for an achieved level below the model's lowest.
  public static let belowLowestLevel = "below-baseline"

  /// A level's id, or ``belowLowestLevel``.
  ///
  /// - Parameter level: The level, or nil for below the lowest.
  public static func levelID(_ level: MaturityLevel?) -> String { level?.id ?? belowLowestLevel }
}
