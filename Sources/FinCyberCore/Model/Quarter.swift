/// Calendar quarters as response files name them (`2026Q4`), and the days they begin on.
///
/// Dates are `YYYY-MM-DD` text, as in the files; dates of that form order as text, so the days
/// these functions give can be compared with `<` and `>`.
public enum Quarter {
  /// The first day of a period: `2026Q4` → `2026-10-01`.
  ///
  /// - Parameter period: A period as the schema writes it, `YYYYQn` with n from 1 to 4.
  /// - Returns: The day, or nil when the text is not a period.
  public static func firstDay(of period: String) -> String? {
    let scalars = Array(period.unicodeScalars)
    guard scalars.count == 6, scalars[4] == "Q", scalars[0..<4].allSatisfy({ ("0"..."9").contains($0) }),
      let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))), let quarter = Int(String(scalars[5])), (1...4).contains(quarter)
    else { return nil }
    return day(year: year, month: (quarter - 1) * 3 + 1)
  }

  /// The first day of the quarter a date falls in: `2026-11-20` → `2026-10-01`.
  ///
  /// - Parameter date: A date, `YYYY-MM-DD`.
  /// - Returns: The day, or nil when the text is not a date of that form.
  public static func firstDay(containing date: String) -> String? {
    let parts = date.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].utf8.count == 4, parts[0].utf8.allSatisfy({ (0x30...0x39).contains($0) }), let year = Int(parts[0]),
      parts[1].utf8.count == 2, let month = Int(parts[1]), (1...12).contains(month)
    else { return nil }
    return day(year: year, month: (month - 1) / 3 * 3 + 1)
  }

  /// The period a date falls in: `2026-11-20` → `2026Q4`.
  ///
  /// - Parameter date: A date, `YYYY-MM-DD`.
  /// - Returns: The period, or nil when the text is not a date of that form.
  public static func period(containing date: String) -> String? {
    guard let first = firstDay(containing: date), let month = Int(first.split(separator: "-")[1]) else { return nil }
    return String(first.prefix(4)) + "Q" + String((month - 1) / 3 + 1)
  }

  /// The period some quarters after (or before, for a negative count) another: `2026Q4` + 1 →
  /// `2027Q1`.
  ///
  /// - Parameters:
  ///   - count: How many quarters to move.
  ///   - period: The period, `YYYYQn`.
  /// - Returns: The period, or nil when the text is not a period or the year leaves 1…9999.
  public static func adding(_ count: Int, to period: String) -> String? {
    guard let index = index(of: period) else { return nil }
    let moved = index + count
    guard moved >= 4, moved < 40_000 else { return nil }
    let year = String(moved / 4)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + "Q" + String(moved % 4 + 1)
  }

  /// How many quarters one period is after another (negative when before); nil when either is not
  /// a period.
  ///
  /// - Parameters:
  ///   - later: The later period.
  ///   - earlier: The earlier period.
  public static func distance(from earlier: String, to later: String) -> Int? {
    guard let a = index(of: earlier), let b = index(of: later) else { return nil }
    return b - a
  }

  /// A period as a count of quarters since year 0.
  private static func index(of period: String) -> Int? {
    guard firstDay(of: period) != nil, let year = Int(period.prefix(4)), let quarter = Int(period.suffix(1)) else { return nil }
    return year * 4 + quarter - 1
  }

  /// `YYYY-MM-01`, the year written with four digits.
  private static func day(year: Int, month: Int) -> String {
    let yearText = String(year)
    return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + (month < 10 ? "-0" : "-") + String(month) + "-01"
  }
}
