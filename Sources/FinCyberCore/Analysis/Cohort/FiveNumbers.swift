/// Minimum, quartiles, median and maximum of a set of values.
///
/// Quartiles are interpolated linearly between order statistics (Hyndman and Fan's type 7, the
/// default of R and NumPy): the p-quantile of n sorted values x₀ … xₙ₋₁ lies at h = (n − 1)·p,
/// between x⌊h⌋ and x⌊h⌋₊₁.
public struct FiveNumbers: Sendable, Equatable {
  public var minimum: Double
  public var lowerQuartile: Double
  public var median: Double
  public var upperQuartile: Double
  public var maximum: Double
  public var count: Int

  /// The summary of some values, or nil when there are none.
  ///
  /// - Parameter values: The values, in any order.
  public init?(_ values: [Double]) {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    func quantile(_ p: Double) -> Double {
      let h = Double(sorted.count - 1) * p
      let lower = Int(h.rounded(.down))
      let upper = min(lower + 1, sorted.count - 1)
      return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
    minimum = sorted.first!
    lowerQuartile = quantile(0.25)
    median = quantile(0.5)
    upperQuartile = quantile(0.75)
    maximum = sorted.last!
    count = sorted.count
  }
}
