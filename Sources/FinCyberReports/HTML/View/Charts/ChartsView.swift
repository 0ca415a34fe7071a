import FinCyberCore

/// Section 3: the achieved and target levels by domain (a bullet chart, and the radar on screen),
/// the heat map and the factor bars, with the data behind each. Every chart
/// sizes itself to its labels, for three to ten domains with long names in either language.
struct ChartsView {
  /// One line of a chart label, placed in the drawing.
  struct Line {
    var x: String
    var y: String
    var text: String
  }

  var levelBars: TargetBarsView
  var radar: RadarView
  var heat: HeatMapView
  var factorBars: BarsView

  init(_ assessment: Assessment, _ words: Localizer) {
    levelBars = TargetBarsView(assessment, words)
    radar = RadarView(assessment, words)
    heat = HeatMapView(assessment, words)
    factorBars = BarsView(assessment, words)
  }

  /// A domain as the charts and their tables name it: `P1 Governance`.
  static func name(_ domain: DomainResult, _ words: Localizer) -> String { "\(domain.domain.id) \(words.name(domain.domain.name))" }
}
