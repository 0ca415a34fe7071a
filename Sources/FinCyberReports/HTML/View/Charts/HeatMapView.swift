import FinCyberCore

/// The heat map of percent met by domain and level: a label column as wide as the names need
/// (within bounds, names wrapped to two lines), one column per level, level names wrapped too.
struct HeatMapView {
  /// One level of one domain: its shade and its figure.
  struct Cell {
    var x: String
    var fill: String
    var textColor: String
    var label: String
    var step: String
  }
  /// One domain's row.
  struct Row {
    var y: String
    /// The baseline of the cells' figures.
    var textY: String
    /// The name in full, for the data table.
    var label: String
    var lines: [ChartsView.Line]
    var cells: [Cell]
  }
  /// One level's column heading.
  struct Header {
    var x: String
    /// The level's name in full, for the data table.
    var label: String
    var lines: [ChartsView.Line]
  }

  /// The labels' font size and the distance between their lines.
  static let fontSize = 12.0
  static let lineHeight = 14.0
  /// A row's height and a level column's width.
  static let rowHeight = 36
  static let columnWidth = 92
  /// The label column: at least as wide as before names were measured, at most this wide.
  static let labelColumn = (least: 220.0, most: 300.0)

  var width: String
  var height: String
  var headers: [Header]
  var rows: [Row]

  init(_ assessment: Assessment, _ words: Localizer) {
    let levels = assessment.questionnaire.levels
    let names = assessment.domains.map { ChartsView.name($0, words) }
    let widest = names.map { ChartText.width($0, fontSize: Self.fontSize) }.max() ?? 0
    let labelColumn = Int(min(max(widest + 12, Self.labelColumn.least), Self.labelColumn.most).rounded(.up))
    let levelLines = levels.map { ChartText.wrap(words.name($0.name), width: Double(Self.columnWidth - 6), fontSize: Self.fontSize, lines: 2) }
    let headerHeight = levelLines.contains { $0.count > 1 } ? 44 : 30
    headers = levels.enumerated().map { column, level in
      let x = String(labelColumn + Self.columnWidth * column + Self.columnWidth / 2)
      let lines = levelLines[column]
      return Header(
        x: x, label: words.name(level.name),
        lines: lines.enumerated().map { ChartsView.Line(x: x, y: String(headerHeight - 10 - 14 * (lines.count - 1 - $0.offset)), text: $0.element) })
    }
    rows = assessment.domains.enumerated().map { row, domain in
      let y = headerHeight + Self.rowHeight * row
      let lines = ChartText.wrap(names[row], width: Double(labelColumn - 12), fontSize: Self.fontSize, lines: 2)
      let first = lines.count == 1 ? y + 23 : y + 15
      return Row(
        y: String(y), textY: String(y + 23), label: names[row],
        lines: lines.enumerated().map { ChartsView.Line(x: "4", y: String(first + 14 * $0.offset), text: $0.element) },
        cells: domain.score.tallies.enumerated().map { column, tally in
          let step = HeatMapColor.step(tally.percentMet)
          return Cell(
            x: String(labelColumn + Self.columnWidth * column), fill: step.map { HeatMapColor.fills[$0] } ?? "#ffffff",
            textColor: step.map { HeatMapColor.texts[$0] } ?? "#111111",
            label: tally.percentMet.map(Formatting.percent) ?? words.text("nothingApplies"),
            step: step.map(String.init) ?? "none")
        })
    }
    height = String(headerHeight + Self.rowHeight * assessment.domains.count + 4)
    width = String(labelColumn + Self.columnWidth * levels.count + 4)
  }
}
