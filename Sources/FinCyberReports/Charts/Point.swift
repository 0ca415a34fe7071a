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
    // In whole hundredths, as printf's "%.2f" rounds. Near a tie the product may have been
    // rounded across it, so printf decides there; elsewhere integer arithmetic gives the same
    // digits at a fraction of the cost (a cohort writes a hundred thousand of them).
    let scaled = value * 100
    guard scaled.isFinite, abs(scaled) < 1e15, abs(abs(scaled - scaled.rounded(.towardZero)) - 0.5) > 1e-6 else {
      return printed(value)
    }
    let hundredths = Int64(scaled.rounded())
    let magnitude = hundredths.magnitude
    let whole = magnitude / 100
    let fraction = magnitude % 100
    let sign = hundredths < 0 ? "-" : ""
    if fraction == 0 { return sign + String(whole) }
    if fraction % 10 == 0 { return sign + String(whole) + "." + String(fraction / 10) }
    return sign + String(whole) + (fraction < 10 ? ".0" : ".") + String(fraction)
  }

  /// The same, through printf: the reference the fast path is tested against.
  static func printed(_ value: Double) -> String {
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }
}
