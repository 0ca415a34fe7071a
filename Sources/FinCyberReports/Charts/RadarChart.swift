import Foundation

/// A radar (spider) chart's geometry: one axis per domain, starting at the top and going clockwise.
public struct RadarChart: Sendable {
  /// The centre.
  public var center: ChartPoint
  /// The length of each axis.
  public var radius: Double
  /// The number of axes.
  public var axes: Int

  /// Creates a radar chart.
  ///
  /// - Parameters:
  ///   - center: The centre.
  ///   - radius: The length of each axis.
  ///   - axes: The number of axes (three or more draw a polygon).
  public init(center: ChartPoint, radius: Double, axes: Int) {
    self.center = center
    self.radius = radius
    self.axes = axes
  }

  /// The angle of an axis in radians, 0 pointing up, growing clockwise.
  public func angle(_ axis: Int) -> Double { 2 * Double.pi * Double(axis) / Double(axes) }

  /// The point at a fraction (0 … 1) of an axis' length: 0.5 lies halfway along it.
  ///
  /// - Parameters:
  ///   - axis: The axis, 0 for the first.
  ///   - fraction: How far along it; clamped to 0 … 1.
  public func point(axis: Int, fraction: Double) -> ChartPoint {
    let length = radius * min(max(fraction, 0), 1)
    return ChartPoint(x: center.x + length * sin(angle(axis)), y: center.y - length * cos(angle(axis)))
  }

  /// The polygon through one fraction per axis, as an SVG `points` value.
  ///
  /// - Parameter fractions: One fraction per axis.
  public func polygon(_ fractions: [Double]) -> String {
    fractions.enumerated().map { point(axis: $0.offset, fraction: $0.element).svg }.joined(separator: " ")
  }
}
