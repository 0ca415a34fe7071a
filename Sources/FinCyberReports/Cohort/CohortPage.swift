import FinCyberCore

/// Renders the cohort report and the per-institution position reports.
public struct CohortPage: Sendable {
  private let templates: ReportTemplates

  /// Uses the given templates, the bundled ones by default.
  ///
  /// - Parameter templates: The templates; they must include `cohort.mustache` and `position.mustache`.
  /// - Throws: `FinCyberError.invalidInput` when a bundled template does not parse.
  public init(templates: ReportTemplates? = nil) throws { self.templates = try templates ?? ReportTemplates(bundled: ["cohort", "position"]) }

  /// The cohort report as HTML.
  ///
  /// - Parameters:
  ///   - cohort: The cohort.
  ///   - named: Whether to list the institutions by name.
  ///   - language: The page's language.
  /// - Throws: `FinCyberError.invalidInput` when the template is missing.
  public func html(_ cohort: Cohort, named: Bool, language: Language) throws -> String {
    try templates.render(CohortView(cohort, named: named, language: language), "cohort")
  }

  /// One institution's position among its peers, naming no other institution.
  ///
  /// - Parameters:
  ///   - member: The institution.
  ///   - cohort: The cohort it belongs to.
  ///   - language: The page's language.
  /// - Throws: `FinCyberError.invalidInput` when the template is missing.
  public func position(_ member: CohortMember, in cohort: Cohort, language: Language) throws -> String {
    // As a plain dictionary: 2,000 position reports would otherwise each be reflected field by field.
    try templates.render(plain: PositionView(member, cohort: cohort, language: language).dictionary, "position")
  }
}

/// A row of a box-plot chart and of its data table.
struct BoxRow {
  /// The domain in full, for the data table.
  var label: String
  /// The domain as the drawing has room for it, left of the scale.
  var shortLabel: String
  var y: String
  var textY: String
  var minX: String
  var q1X: String
  var medianX: String
  var q3X: String
  var maxX: String
  var boxWidth: String
  var values: [String]
  var markerX: String?

  static let scale = BoxPlot(left: 230, width: 300)

  init(label: String, _ summary: FiveNumbers?, row: Int, marker: Double? = nil) {
    self.label = label
    shortLabel = ChartText.fit(label, width: Self.scale.left - 16, fontSize: 11)
    let y = 22 + 30 * row
    self.y = String(y)
    textY = String(y + 15)
    let s = summary
    let x = { (value: Double?) in ChartNumber.text(Self.scale.x(value ?? 0)) }
    minX = x(s?.minimum)
    q1X = x(s?.lowerQuartile)
    medianX = x(s?.median)
    q3X = x(s?.upperQuartile)
    maxX = x(s?.maximum)
    boxWidth = ChartNumber.text(Self.scale.x(s?.upperQuartile ?? 0) - Self.scale.x(s?.lowerQuartile ?? 0))
    values = s.map { [$0.minimum, $0.lowerQuartile, $0.median, $0.upperQuartile, $0.maximum].map(Formatting.percent) } ?? Array(repeating: "—", count: 5)
    markerX = marker.map { ChartNumber.text(Self.scale.x($0)) }
  }

  /// A row of the achieved-level box plot: levels are spaced evenly, below the lowest level at the
  /// left end.
  ///
  /// - Parameters:
  ///   - label: The domain.
  ///   - summary: The levels' summary.
  ///   - levels: How many levels the questionnaire has.
  ///   - names: The level names by rank + 1 (index 0: below the lowest level).
  ///   - row: The row's index.
  init(label: String, levels summary: LevelSummary?, levelCount levels: Int, names: [String], row: Int) {
    let percent = { (rank: Int) in Double(rank + 1) * 100 / Double(max(levels, 1)) }
    let five = summary.map { FiveNumbers($0.all.map(percent)) } ?? nil
    self.init(label: label, five, row: row)
    values = summary.map { $0.all.map { names[$0 + 1] } } ?? Array(repeating: "—", count: 5)
  }

  static func height(_ rows: Int) -> String { String(32 + 30 * rows) }

  /// The row as the template reads it.
  var dictionary: [String: Any] {
    var row: [String: Any] = [
      "label": label, "shortLabel": shortLabel, "y": y, "textY": textY, "minX": minX, "q1X": q1X, "medianX": medianX, "q3X": q3X, "maxX": maxX,
      "boxWidth": boxWidth, "values": values,
    ]
    if let markerX { row["markerX"] = markerX }
    return row
  }
}

/// A tick of the achieved-level box plot's axis.
struct LevelTick {
  var x: String
  var name: String

  /// The axis: one tick a level, below the lowest level first. Two neighbouring names share the
  /// space between their ticks (a short name leaves the rest to its neighbour), the last one only
  /// what is left of the drawing; a name with too little room is shortened.
  static func axis(_ names: [String]) -> [LevelTick] {
    let fontSize = 9.0
    let spacing = BoxRow.scale.width / Double(max(names.count - 1, 1)) - 4
    // Half of each name's width, then cut down pair by pair, the wider name first.
    var half = names.map { ChartText.width($0, fontSize: fontSize) / 2 }
    if let last = half.indices.last { half[last] = min(half[last], 560 - BoxRow.scale.left - BoxRow.scale.width - 2) }
    for index in half.indices.dropLast().reversed() where half[index] + half[index + 1] > spacing {
      let (wider, other) = half[index] >= half[index + 1] ? (index, index + 1) : (index + 1, index)
      half[wider] = max(spacing - half[other], spacing / 2)
      half[other] = min(half[other], spacing - half[wider])
    }
    return names.enumerated().map { index, name in
      LevelTick(
        x: ChartNumber.text(BoxRow.scale.x(Double(index) * 100 / Double(max(names.count - 1, 1)))),
        name: ChartText.fit(name, width: 2 * half[index], fontSize: fontSize))
    }
  }
}
