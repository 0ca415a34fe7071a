import FinCyberCore

/// Section 3: the radar, the heat map and the factor bars, with the data behind each.
struct ChartsView {
  struct Axis {
    var x2: String
    var y2: String
    var labelX: String
    var labelY: String
    var anchor: String
    var label: String
  }
  struct Ring {
    var points: String
    var label: String
    var labelX: String
    var labelY: String
  }
  struct RadarRow {
    var pillar: String
    var achieved: String
    var target: String
  }
  struct HeatCell {
    var x: String
    var fill: String
    var textColor: String
    var label: String
    var step: String
  }
  struct HeatRow {
    var y: String
    var textY: String
    var label: String
    var cells: [HeatCell]
  }
  struct HeatHeader {
    var x: String
    var label: String
  }
  struct Bar {
    var y: String
    var textY: String
    var label: String
    var width: String
    var valueX: String
    var value: String
  }

  // Radar geometry: a 420 × 380 drawing, centre (210, 190), axes 140 long.
  static let radar = RadarChart(center: ChartPoint(x: 210, y: 190), radius: 140, axes: 4)
  var axes: [Axis] = []
  var rings: [Ring] = []
  var achievedPoints: String
  var targetPoints: String
  var radarRows: [RadarRow]
  var centerX = "210"
  var centerY = "190"

  // Heat map: a label column of 220, then one 92-wide column per level, rows 36 high.
  var heatHeaders: [HeatHeader]
  var heatRows: [HeatRow]
  var heatHeight: String
  var heatWidth: String

  // Bars: a label column of 300, bars up to 320 long, rows 26 high.
  var bars: [Bar]
  var barsHeight: String

  /// A level as a fraction of the scale: Baseline is 1/5, Innovative 5/5, below baseline 0.
  static func fraction(_ level: MaturityLevel?, levels: Int) -> Double {
    level.map { Double($0.rank + 1) / Double(levels) } ?? 0
  }

  init(_ assessment: Assessment, _ language: Language) {
    let levels = assessment.questionnaire.levels
    let domains = assessment.domains
    let chart = RadarChart(center: Self.radar.center, radius: Self.radar.radius, axes: max(domains.count, 3))
    for (index, domain) in domains.enumerated() {
      let end = chart.point(axis: index, fraction: 1)
      let label = chart.point(axis: index, fraction: 1.13)
      let anchor = abs(label.x - chart.center.x) < 1 ? "middle" : (label.x > chart.center.x ? "start" : "end")
      axes.append(
        Axis(
          x2: ChartNumber.text(end.x), y2: ChartNumber.text(end.y), labelX: ChartNumber.text(label.x),
          labelY: ChartNumber.text(label.y + (label.y > chart.center.y ? 12 : 0)), anchor: anchor,
          label: "\(domain.domain.id) \(domain.domain.name.text(language))"))
    }
    rings = levels.map { level in
      let fraction = Self.fraction(level, levels: levels.count)
      let labelPoint = chart.point(axis: 0, fraction: fraction)
      return Ring(
        points: chart.polygon(Array(repeating: fraction, count: chart.axes)), label: level.name.text(language),
        labelX: ChartNumber.text(labelPoint.x + 4), labelY: ChartNumber.text(labelPoint.y - 3))
    }
    achievedPoints = chart.polygon(domains.map { Self.fraction($0.score.achieved, levels: levels.count) })
    targetPoints = chart.polygon(domains.map { Self.fraction($0.target.level, levels: levels.count) })
    radarRows = domains.map {
      RadarRow(
        pillar: "\($0.domain.id) \($0.domain.name.text(language))", achieved: Formatting.levelName($0.score.achieved, language),
        target: $0.target.level.name.text(language))
    }

    heatHeaders = levels.enumerated().map { HeatHeader(x: String(220 + 92 * $0.offset + 46), label: $0.element.name.text(language)) }
    heatRows = domains.enumerated().map { row, domain in
      HeatRow(
        y: String(30 + 36 * row), textY: String(30 + 36 * row + 23), label: "\(domain.domain.id) \(domain.domain.name.text(language))",
        cells: domain.score.tallies.enumerated().map { column, tally in
          let step = HeatMapColor.step(tally.percentMet)
          return HeatCell(
            x: String(220 + 92 * column), fill: step.map { HeatMapColor.fills[$0] } ?? "#ffffff",
            textColor: step.map { HeatMapColor.texts[$0] } ?? "#111111",
            label: tally.percentMet.map(Formatting.percent) ?? Labels.text("notApplicableShort", language),
            step: step.map(String.init) ?? "none")
        })
    }
    heatHeight = String(30 + 36 * domains.count + 4)
    heatWidth = String(220 + 92 * levels.count + 4)

    let factors = domains.flatMap { domain in domain.score.children.map { (domain, $0) } }
    bars = factors.enumerated().map { index, pair in
      let (domain, factor) = pair
      let percent = factor.percentMet(upTo: domain.target.level)
      let name = domain.domain.factors.first { $0.id == factor.id }?.name.text(language) ?? factor.id
      let width = 320 * (percent ?? 0) / 100
      return Bar(
        y: String(8 + 26 * index), textY: String(8 + 26 * index + 14), label: "\(factor.id) \(name)",
        width: ChartNumber.text(width), valueX: ChartNumber.text(300 + width + 6), value: Formatting.percent(percent))
    }
    barsHeight = String(16 + 26 * factors.count)
  }
}
