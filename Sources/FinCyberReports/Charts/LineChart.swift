/// A line chart's geometry: periods evenly spaced left to right, 0–100 % bottom to top.
public struct LineChart: Sendable {
  /// The plotting area's left edge, top edge, width and height.
  public var left: Double
  public var top: Double
  public var width: Double
  public var height: Double
  /// How many periods the x axis holds.
  public var periods: Int

  /// Creates a line chart.
  ///
  /// - Parameters:
  ///   - left: The plotting area's left edge.
  ///   - top: Its top edge.
  ///   - width: Its width.
  ///   - height: Its height.
  ///   - periods: The number of periods (one or more).
  public init(left: Double, top: Double, width: Double, height: Double, periods: Int) {
    self.left = left
    self.top = top
    self.width = width
    self.height = height
    self.periods = max(periods, 1)
  }

  /// The x of a period; a single period sits in the middle.
  ///
  /// - Parameter index: The period, 0 for the first.
  public func x(_ index: Int) -> Double {
    periods == 1 ? left + width / 2 : left + width * Double(index) / Double(periods - 1)
  }

  /// The y of a percentage, clamped to 0–100: 50 % lies halfway up.
  ///
  /// - Parameter percent: The value.
  public func y(_ percent: Double) -> Double {
    top + height * (1 - min(max(percent, 0), 100) / 100)
  }

  /// The point of a value at a period.
  ///
  /// - Parameters:
  ///   - index: The period.
  ///   - percent: The value.
  public func point(_ index: Int, _ percent: Double) -> ChartPoint { ChartPoint(x: x(index), y: y(percent)) }
}
