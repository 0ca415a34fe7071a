import FinCyberCore

/// Renders the cohort report and the per-institution position reports.
public struct CohortPage: Sendable {
  private let templates: ReportTemplates

  /// Uses the given templates, the bundled ones by default.
  ///
  /// - Parameter templates: The templates; they must include `cohort.mustache` and `position.mustache`.
  /// - Throws: `FinCyberError.invalidInput` when a bundled template does not parse.
  public init(templates: ReportTemplates? = nil) throws { self.templates = try templates ?? ReportTemplates() }

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
  var label: String
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

  /// A row of the achieved-level box plot: levels are spaced evenly, below baseline at the left end.
  ///
  /// - Parameters:
  ///   - label: The pillar.
  ///   - summary: The levels' summary.
  ///   - levels: How many levels the questionnaire has.
  ///   - names: The level names by rank + 1 (index 0: below baseline).
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
      "label": label, "y": y, "textY": textY, "minX": minX, "q1X": q1X, "medianX": medianX, "q3X": q3X, "maxX": maxX,
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

  /// The axis: one tick a level, below baseline first.
  static func axis(_ names: [String]) -> [LevelTick] {
    names.enumerated().map { index, name in
      LevelTick(x: ChartNumber.text(BoxRow.scale.x(Double(index) * 100 / Double(max(names.count - 1, 1)))), name: name)
    }
  }
}

/// The values the cohort template shows.
struct CohortView {
  struct GroupView {
    var chartID: String
    var title: String
    var members: Int
    var passRate: String
    var rows: [BoxRow]
    var height: String
    var achieved: [AchievedRow]
    var levelRows: [BoxRow]
    var levelChartID: String
  }
  struct AchievedRow {
    var pillar: String
    var counts: [Int]
  }
  struct UnmetRow {
    var id: String
    var text: String
    var count: String
  }
  struct IndicatorRow {
    var name: String
    var values: [String]
  }
  struct MemberRow {
    var name: String
    var sector: String
    var tier: String
    var period: String
  }

  var lang: String
  var labels: [String: String]
  var questionnaire: String
  var institutions: Int
  var levelHeaders: [String]
  var levelTicks: [LevelTick]
  var overall: GroupView
  var sectors: [GroupView]
  var tiers: [GroupView]
  var unmet: [UnmetRow]
  var indicators: [IndicatorRow]
  var named: Bool
  var members: [MemberRow]

  init(_ cohort: Cohort, named: Bool, language: Language) {
    let questionnaire = cohort.questionnaire
    lang = language.rawValue
    labels = Labels.all(language)
    self.questionnaire = "\(questionnaire.title.text(language)) (\(questionnaire.id) \(questionnaire.version))"
    institutions = cohort.members.count
    let headers = [Labels.text("belowBaseline", language)] + questionnaire.levels.map { $0.name.text(language) }
    levelHeaders = headers
    levelTicks = LevelTick.axis(headers)
    let pillarName = { (id: String) in questionnaire.domains.first { $0.id == id }.map { "\(id) \($0.name.text(language))" } ?? id }
    func view(_ group: Cohort.Group, title: String) -> GroupView {
      GroupView(
        chartID: "\(group.kind)-\(group.id)", title: title, members: group.members, passRate: Formatting.percent(group.baselinePassRate),
        rows: group.pillars.enumerated().map { BoxRow(label: pillarName($0.element.domain), $0.element.percentToTarget, row: $0.offset) },
        height: BoxRow.height(group.pillars.count),
        achieved: group.pillars.map { AchievedRow(pillar: pillarName($0.domain), counts: $0.achievedCounts) },
        levelRows: group.pillars.enumerated().map {
          BoxRow(
            label: pillarName($0.element.domain), levels: LevelSummary(counts: $0.element.achievedCounts),
            levelCount: questionnaire.levels.count, names: headers, row: $0.offset)
        },
        levelChartID: "\(group.kind)-\(group.id)-levels")
    }
    overall = view(cohort.overall, title: Labels.text("overallCohort", language))
    sectors = cohort.sectors.map { group in
      view(group, title: questionnaire.sectors.first { $0.id == group.id }?.name.text(language) ?? group.id)
    }
    tiers = cohort.tiers.map { group in
      view(group, title: questionnaire.tiers.first { $0.id == group.id }?.name.text(language) ?? group.id)
    }
    unmet = cohort.mostOftenUnmet.map { UnmetRow(id: $0.statement.id, text: $0.statement.text.text(language), count: "\($0.unmet) / \($0.applicable)") }
    indicators = cohort.indicators.map { distribution in
      let unit = distribution.indicator.unit.text(language)
      let values = distribution.values.map { summary in
        [summary.minimum, summary.lowerQuartile, summary.median, summary.upperQuartile, summary.maximum].map { Localized.value($0, unit: unit) }
          + [String(summary.count)]
      } ?? Array(repeating: "—", count: 5) + ["0"]
      return IndicatorRow(name: "\(distribution.indicator.domainID) · \(distribution.indicator.name.text(language))", values: values)
    }
    self.named = named
    members = named
      ? cohort.members.map { MemberRow(name: $0.name, sector: $0.sector, tier: $0.tier, period: $0.period) } : []
  }
}

/// The values the position template shows: one institution against its peers.
struct PositionView {
  struct Row {
    var pillar: String
    var achieved: String
    var percent: String
    var peers: [String]
  }

  var lang: String
  var labels: [String: String]
  var institution: String
  var period: String
  var sector: String
  var tier: String
  var peerCount: Int
  var chartID = "position"
  var table: [Row]
  var rows: [BoxRow]
  var height: String
  var meetsBaseline: String
  var peerPassRate: String

  init(_ member: CohortMember, cohort: Cohort, language: Language) {
    let questionnaire = cohort.questionnaire
    lang = language.rawValue
    labels = Labels.all(language)
    institution = member.name
    period = member.period
    sector = questionnaire.sectors.first { $0.id == member.sector }?.name.text(language) ?? member.sector
    tier = questionnaire.tiers.first { $0.id == member.tier }?.name.text(language) ?? member.tier
    let peers = cohort.peerGroup(of: member)
    peerCount = peers?.members ?? 0
    let levelName = { (rank: Int) in rank < 0 ? Labels.text("belowBaseline", language) : questionnaire.levels[rank].name.text(language) }
    var table: [Row] = []
    var boxes: [BoxRow] = []
    for (index, domain) in questionnaire.domains.enumerated() {
      let summary = peers?.pillars[index].percentToTarget
      table.append(
        Row(
          pillar: "\(domain.id) \(domain.name.text(language))", achieved: levelName(member.achievedRanks[index]),
          percent: Formatting.percent(member.percentToTarget[index]),
          peers: summary.map { [$0.minimum, $0.lowerQuartile, $0.median, $0.upperQuartile, $0.maximum].map(Formatting.percent) }
            ?? Array(repeating: "—", count: 5)))
      boxes.append(BoxRow(label: "\(domain.id) \(domain.name.text(language))", summary, row: index, marker: member.percentToTarget[index]))
    }
    self.table = table
    rows = boxes
    height = BoxRow.height(questionnaire.domains.count)
    meetsBaseline = Labels.text(member.meetsComplianceBaseline ? "yes" : "no", language)
    peerPassRate = Formatting.percent(peers.flatMap { $0.members == 0 ? nil : $0.baselinePassRate })
  }

  /// The view as the template reads it, the same names as the properties.
  var dictionary: [String: Any] {
    [
      "lang": lang, "labels": labels, "institution": institution, "period": period, "sector": sector, "tier": tier,
      "peerCount": peerCount, "chartID": chartID,
      "table": table.map { ["pillar": $0.pillar, "achieved": $0.achieved, "percent": $0.percent, "peers": $0.peers] as [String: Any] },
      "rows": rows.map(\.dictionary), "height": height, "meetsBaseline": meetsBaseline, "peerPassRate": peerPassRate,
    ]
  }
}
