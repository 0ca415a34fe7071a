import FinCyberCore

/// A bullet chart of each domain's achieved level against its target: one bar per domain up to the
/// level achieved, an upright mark at the target, on a scale of the model's levels. Unlike the
/// radar, a target equal to the level achieved stays visible, and a domain's name has a column of
/// its own (shortened there where too long, in full in the data table).
struct TargetBarsView {
  /// One domain's bar and target mark, placed.
  struct Bar {
    var y: String
    var textY: String
    /// The domain in full, for the data table.
    var label: String
    /// The domain as the drawing has room for it.
    var shortLabel: String
    var width: String
    var targetX: String
    var markTop: String
    var markBottom: String
    var achieved: String
    var target: String
  }
  /// One level's place on the scale.
  struct Tick {
    var x: String
    var label: String
  }

  /// The labels' font size, where the labels end (right-aligned) and the bars begin, and the
  /// scale's length; rows are 26 high below a header of 30 for the levels' names.
  static let fontSize = 11.0
  static let labelEnd = 294.0
  static let barsStart = 300.0
  static let scale = 380.0
  static let header = 30.0

  var bars: [Bar]
  var ticks: [Tick]
  var height: String

  init(_ assessment: Assessment, _ words: Localizer) {
    let levels = assessment.questionnaire.levels
    let step = Self.scale / Double(max(levels.count, 1))
    // Below the lowest level is 0; the lowest level one step, the highest the whole scale.
    let length = { (level: MaturityLevel?) in level.map { Double($0.rank + 1) * step } ?? 0 }
    ticks = levels.map { level in
      Tick(x: ChartNumber.text(Self.barsStart + length(level)), label: ChartText.fit(words.name(level.name), width: step - 4, fontSize: 10))
    }
    bars = assessment.domains.enumerated().map { index, domain in
      let top = Self.header + 26 * Double(index)
      let label = ChartsView.name(domain, words)
      let targetX = Self.barsStart + length(domain.target.level)
      return Bar(
        y: ChartNumber.text(top + 4), textY: ChartNumber.text(top + 17), label: label,
        shortLabel: ChartText.fit(label, width: Self.labelEnd - 4, fontSize: Self.fontSize),
        width: ChartNumber.text(length(domain.score.achieved)), targetX: ChartNumber.text(targetX),
        markTop: ChartNumber.text(top), markBottom: ChartNumber.text(top + 26),
        achieved: words.levelName(domain.score.achieved), target: words.levelName(domain.target.level))
    }
    height = ChartNumber.text(Self.header + 26 * Double(assessment.domains.count) + 8)
  }
}
