/// A horizontal box plot's geometry on a 0–100 % scale.
public struct BoxPlot: Sendable {
  /// The left end of the scale (0 %) and its length (to 100 %).
  public var left: Double
  public var width: Double

  /// Creates a box plot scale.
  ///
  /// - Parameters:
  ///   - left: Where 0 % lies.
  ///   - width: The length from 0 % to 100 %.
  public init(left: Double, width: Double) {
    self.left = left
    self.width = width
  }

  /// The x of a percentage, clamped to 0–100: 50 % lies in the middle of the scale.
  ///
  /// - Parameter percent: The value.
  public func x(_ percent: Double) -> Double { left + width * min(max(percent, 0), 100) / 100 }
}
