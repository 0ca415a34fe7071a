import Foundation

/// A point in an SVG's user space.
public struct ChartPoint: Sendable, Hashable {
  public var x: Double
  public var y: Double

  /// Creates a point.
  ///
  /// - Parameters:
  ///   - x: The horizontal coordinate, growing rightwards.
  ///   - y: The vertical coordinate, growing downwards.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  /// The point as SVG writes it, rounded to two decimals: `12.5,40`.
  public var svg: String { "\(ChartNumber.text(x)),\(ChartNumber.text(y))" }
}

/// Numbers as the charts write them: at most two decimals, no trailing zeros.
enum ChartNumber {
  static func text(_ value: Double) -> String {
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }
}
