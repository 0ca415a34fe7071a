import FinCyberCore
import Foundation

/// The radar of achieved and target levels: one axis per domain, its name wrapped beside the axis'
/// end, and a drawing just large enough to hold every name. Shown on screen only: the bullet chart
/// (``TargetBarsView``) and its data table carry the same levels, in print too.
struct RadarView {
  /// One domain's axis and its label.
  struct Axis {
    var x2: String
    var y2: String
    var anchor: String
    var lines: [ChartsView.Line]
  }
  /// One level's ring and its name.
  struct Ring {
    var points: String
    var label: String
    var labelX: String
    var labelY: String
  }

  /// The length of each axis.
  static let radius = 140.0
  /// The font sizes of the domains' labels and of the levels' names, and the distance between a
  /// label's lines.
  static let fontSize = 12.0
  static let ringFontSize = 10.0
  static let lineHeight = 14.0
  /// The widest a line of an axis label may be, and the most lines it may take.
  static let labelWidth = 150.0
  static let labelLines = 3
  /// The space between an axis' end and its label, and around the whole drawing.
  static let gap = 16.0
  static let margin = 6.0

  var width: String
  var height: String
  var centerX: String
  var centerY: String
  var axes: [Axis] = []
  var rings: [Ring]
  var achievedPoints: String
  var targetPoints: String

  /// A level as a fraction of the scale: the lowest level is 1/n, the highest n/n, below the lowest 0.
  static func fraction(_ level: MaturityLevel?, levels: Int) -> Double {
    level.map { Double($0.rank + 1) / Double(levels) } ?? 0
  }

  init(_ assessment: Assessment, _ words: Localizer) {
    let levels = assessment.questionnaire.levels
    let domains = assessment.domains
    // First drawn around (0, 0); then moved so that the labels' box starts at the margin.
    let chart = RadarChart(center: ChartPoint(x: 0, y: 0), radius: Self.radius, axes: max(domains.count, 3))
    var box = (minX: -Self.radius, minY: -Self.radius, maxX: Self.radius, maxY: Self.radius)
    func include(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
      box = (min(box.minX, x0), min(box.minY, y0), max(box.maxX, x1), max(box.maxY, y1))
    }
    var placed: [(end: ChartPoint, anchor: String, lines: [(x: Double, y: Double, text: String)])] = []
    var labelBoxes: [(minX: Double, minY: Double, maxY: Double)] = []
    for (index, domain) in domains.enumerated() {
      let end = chart.point(axis: index, fraction: 1)
      let (dx, dy) = (sin(chart.angle(index)), -cos(chart.angle(index)))
      let at = ChartPoint(x: dx * (Self.radius + Self.gap), y: dy * (Self.radius + Self.gap))
      let text = ChartText.wrap(ChartsView.name(domain, words), width: Self.labelWidth, fontSize: Self.fontSize, lines: Self.labelLines)
      let widest = text.map { ChartText.width($0, fontSize: Self.fontSize) }.max() ?? 0
      let anchor = abs(dx) < 0.2 ? "middle" : (dx > 0 ? "start" : "end")
      // A line's ink runs from 0.8 of the font size above its baseline to 0.2 below.
      let blockHeight = Double(text.count - 1) * Self.lineHeight + Self.fontSize
      let top = dy < -0.3 ? at.y - blockHeight : dy > 0.3 ? at.y : at.y - blockHeight / 2
      let left = anchor == "start" ? at.x : anchor == "end" ? at.x - widest : at.x - widest / 2
      include(left, top, left + widest, top + blockHeight)
      labelBoxes.append((left, top, top + blockHeight))
      let lines = text.enumerated().map { (x: at.x, y: top + 0.8 * Self.fontSize + Double($0.offset) * Self.lineHeight, text: $0.element) }
      placed.append((end, anchor, lines))
    }
    // Each ring is named just above where it crosses the first axis; a name that would run into
    // a domain's label to its right is shortened to end before it.
    let ringNames = levels.map { level in
      let y = -Self.radius * Self.fraction(level, levels: levels.count)
      let (top, bottom) = (y - 3 - 0.8 * Self.ringFontSize, y - 3 + 0.2 * Self.ringFontSize)
      let room = labelBoxes.filter { $0.minX > 4 && $0.minY < bottom && $0.maxY > top }.map { $0.minX - 4 - 6 }.min() ?? .infinity
      let name = ChartText.width(words.name(level.name), fontSize: Self.ringFontSize) <= room
        ? words.name(level.name) : ChartText.fit(words.name(level.name), width: room, fontSize: Self.ringFontSize)
      include(4, top, 4 + ChartText.width(name, fontSize: Self.ringFontSize), bottom)
      return name
    }
    let offset = ChartPoint(x: Self.margin - box.minX, y: Self.margin - box.minY)
    let number = { (value: Double) in ChartNumber.text(value) }
    width = number((box.maxX - box.minX + 2 * Self.margin).rounded(.up))
    height = number((box.maxY - box.minY + 2 * Self.margin).rounded(.up))
    centerX = number(offset.x)
    centerY = number(offset.y)
    axes = placed.map { axis in
      Axis(
        x2: number(axis.end.x + offset.x), y2: number(axis.end.y + offset.y), anchor: axis.anchor,
        lines: axis.lines.map { ChartsView.Line(x: number($0.x + offset.x), y: number($0.y + offset.y), text: $0.text) })
    }
    let moved = RadarChart(center: offset, radius: Self.radius, axes: chart.axes)
    rings = levels.enumerated().map { index, level in
      let fraction = Self.fraction(level, levels: levels.count)
      let labelPoint = moved.point(axis: 0, fraction: fraction)
      return Ring(
        points: moved.polygon(Array(repeating: fraction, count: moved.axes)), label: ringNames[index],
        labelX: number(labelPoint.x + 4), labelY: number(labelPoint.y - 3))
    }
    achievedPoints = moved.polygon(domains.map { Self.fraction($0.score.achieved, levels: levels.count) })
    targetPoints = moved.polygon(domains.map { Self.fraction($0.target.level, levels: levels.count) })
  }
}
