/// Minimum, quartiles, median and maximum of achieved levels, which are ordered but not numbers.
///
/// Each is a level that some institution reached (nearest rank: the p-quantile of n sorted levels
/// is the ⌈p·n⌉-th, the first for p = 0), so the summary never names a level between two levels.
/// Levels are ranks: −1 below baseline, then the questionnaire's ranks.
public struct LevelSummary: Sendable, Equatable {
  public var minimum: Int
  public var lowerQuartile: Int
  public var median: Int
  public var upperQuartile: Int
  public var maximum: Int

  /// The summary of counts per level, or nil when there are none.
  ///
  /// - Parameter counts: Institutions per level: index 0 below baseline, index i rank i − 1.
  public init?(counts: [Int]) {
    let ranks = counts.enumerated().flatMap { Array(repeating: $0.offset - 1, count: $0.element) }
    guard !ranks.isEmpty else { return nil }
    func quantile(_ p: Double) -> Int {
      let position = Int((p * Double(ranks.count)).rounded(.up))
      return ranks[max(position, 1) - 1]
    }
    minimum = ranks.first!
    lowerQuartile = quantile(0.25)
    median = quantile(0.5)
    upperQuartile = quantile(0.75)
    maximum = ranks.last!
  }

  /// The five levels, lowest first.
  public var all: [Int] { [minimum, lowerQuartile, median, upperQuartile, maximum] }
}
