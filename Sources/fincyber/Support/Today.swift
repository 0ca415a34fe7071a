import FinCyberCore
import Foundation

/// Today's date where a questionnaire's dates are read: in its time zone (`+08:00` for the
/// Roadmap model, UTC for a model that declares none), never the machine's.
enum Today {
  /// Today's date (`YYYY-MM-DD`) and quarter (`2026Q1`) in the questionnaire's time zone.
  ///
  /// - Parameter model: The questionnaire.
  static func of(_ model: Questionnaire) -> (date: String, period: String) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone(model.timeZone)
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    let (year, month, day) = (parts.year!, parts.month!, parts.day!)
    let date = String(format: "%04d-%02d-%02d", year, month, day)
    return (date, "\(year)Q\((month - 1) / 3 + 1)")
  }

  /// Now, to the second, as an `xs:dateTime` in the questionnaire's time zone:
  /// `2026-12-03T18:15:07+08:00`, the offset as the model declares it (`Z` by default).
  ///
  /// - Parameter model: The questionnaire.
  static func now(of model: Questionnaire) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone(model.timeZone)
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
    let time = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    return time + model.timeZone
  }

  /// The time zone of a UTC offset as a questionnaire declares it (`+08:00`, `-05:30`, `Z`).
  ///
  /// - Parameter offset: The offset; the schema admits only these forms, and anything else is UTC.
  static func timeZone(_ offset: String) -> TimeZone {
    let utc = TimeZone(secondsFromGMT: 0)!
    let parts = offset.dropFirst().split(separator: ":").compactMap { Int($0) }
    guard parts.count == 2, let sign = offset.first, sign == "+" || sign == "-" else { return utc }
    return TimeZone(secondsFromGMT: (parts[0] * 3600 + parts[1] * 60) * (sign == "-" ? -1 : 1)) ?? utc
  }
}
