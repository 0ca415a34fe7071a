/// The fill and text colours of a heat-map cell: five steps of blue from light to dark, each with a
/// text colour of at least 4.5:1 contrast, and a pattern so that the step reads without colour too.
public enum HeatMapColor {
  /// A cell's step: 0 for nothing met … 4 for all met; nil when nothing applies.
  ///
  /// - Parameter percent: Percent met, or nil.
  public static func step(_ percent: Double?) -> Int? {
    guard let percent else { return nil }
    switch percent {
    case ..<25: return 0
    case ..<50: return 1
    case ..<75: return 2
    case ..<100: return 3
    default: return 4
    }
  }

  /// Fill colours by step.
  public static let fills = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"]
  /// Text colours by step.
  public static let texts = ["#111111", "#111111", "#111111", "#ffffff", "#ffffff"]
}
