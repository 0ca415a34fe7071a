import FinCyberCore

/// The bars of percent to target by factor: a label column of 300 (a name too long for it is
/// shortened, in full in the data table), bars up to 320 long, rows 26 high.
struct BarsView {
  /// One factor's bar, placed.
  struct Bar {
    var y: String
    var textY: String
    /// The factor in full, for the data table.
    var label: String
    /// The factor as the drawing has room for it.
    var shortLabel: String
    var width: String
    var valueX: String
    var value: String
  }

  /// The labels' font size.
  static let fontSize = 11.0
  /// Where the labels end (right-aligned) and the bars begin.
  static let labelEnd = 294.0

  var bars: [Bar]
  var height: String

  init(_ assessment: Assessment, _ words: Localizer) {
    let domains = assessment.domains
    let factors = domains.flatMap { domain in domain.score.children.map { (domain, $0) } }
    bars = factors.enumerated().map { index, pair in
      let (domain, factor) = pair
      let percent = factor.percentMet(upTo: domain.target.level)
      let name = domain.domain.factors.first { $0.id == factor.id }.map { words.name($0.name) } ?? factor.id
      let width = 320 * (percent ?? 0) / 100
      let label = "\(factor.id) \(name)"
      return Bar(
        y: String(8 + 26 * index), textY: String(8 + 26 * index + 14), label: label,
        shortLabel: ChartText.fit(label, width: Self.labelEnd - 4, fontSize: Self.fontSize),
        width: ChartNumber.text(width), valueX: ChartNumber.text(300 + width + 6), value: Formatting.percent(percent))
    }
    height = String(16 + 26 * factors.count)
  }
}
