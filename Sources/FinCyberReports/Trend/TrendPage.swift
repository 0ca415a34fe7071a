import FinCyberCore

/// Renders the trend report as one self-contained HTML page.
public struct TrendPage {
  private let templates: ReportTemplates

  /// Uses the given templates, the bundled ones by default.
  ///
  /// - Parameter templates: The templates; they must include `trend.mustache`.
  /// - Throws: `FinCyberError.invalidInput` when a bundled template does not parse.
  public init(templates: ReportTemplates? = nil) throws { self.templates = try templates ?? ReportTemplates(bundled: ["trend"]) }

  /// The trend as HTML.
  ///
  /// - Parameters:
  ///   - trend: The trend.
  ///   - questionnaire: The questionnaire of the latest assessment, for names and statement texts.
  ///   - language: The page's language.
  /// - Throws: `FinCyberError.invalidInput` when the template is missing.
  public func html(_ trend: Trend, questionnaire: Questionnaire?, language: Language) throws -> String {
    try templates.render(TrendView(trend, questionnaire: questionnaire, language: language), "trend")
  }
}

/// The values the trend template shows.
struct TrendView {
  struct Series {
    var name: String
    var points: String
    var dash: String
    var marker: String
    var markerName: String
    var markers: [ChartPoint]
    var cells: [String]
  }
  struct StepView {
    var from: String
    var to: String
    var compared: Int
    var acrossVersions: Bool
    var regressions: [Line]
    var closed: [Line]
    var opened: [Line]
    var hasRegressions: Bool
    var hasClosed: Bool
    var hasOpened: Bool
    var addedCount: Int
    var addedNotMet: [Line]
    var hasAddedNotMet: Bool
    /// Each domain's level, percent to target and gaps closed and opened, then and now.
    var change: ChangeView?
  }
  /// A statement named with its text.
  typealias Line = ChangeView.Line
  struct Improved {
    var id: String
    var name: String
    var first: String
    var last: String
    var firstPercent: String
    var lastPercent: String
  }
  struct IndicatorRow {
    var name: String
    var values: [String]
  }
  struct Tick {
    var x: String
    var label: String
  }
  struct YTick {
    var y: String
    var label: String
  }

  var lang: String
  var labels: [String: String]
  /// What the assessments were made against: the target document, or else the model.
  var subtitle: String?
  var institution: String
  var mixed: Bool
  var periods: [String]
  var series: [Series]
  var xTicks: [Tick]
  var yTicks: [YTick]
  var steps: [StepView]
  var improved: [Improved]
  var hasImproved: Bool
  var indicators: [IndicatorRow]
  var hasIndicators: Bool
  /// Whether there are outcome indicators to show at all: none for a model without them.
  var showsIndicators: Bool

  static let dashes = ["", "8 4", "3 3", "10 3 2 3"]
  static let markers = ["circle", "square", "triangle", "diamond"]

  /// A series' line pattern and marker: the first four differ in both, and up to sixteen series
  /// each have a pair of their own (the marker shifts by one for every four series).
  ///
  /// - Parameter index: The series, 0 for the first.
  static func style(_ index: Int) -> (dash: String, marker: String) {
    (dashes[index % dashes.count], markers[(index + index / dashes.count) % markers.count])
  }

  init(_ trend: Trend, questionnaire: Questionnaire?, language: Language) {
    let words = Localizer(language: language, questionnaire: questionnaire)
    lang = language.rawValue
    labels = words.labels
    subtitle = words.first(["assessedAgainst", "assessedAgainstModel"])
    let last = trend.records.last!
    let identities = Set(trend.records.map { $0.institutionID ?? $0.institutionName })
    mixed = identities.count > 1
    institution = mixed ? trend.records.map(\.institutionName).uniqued().joined(separator: " · ") : last.institutionName
    let periods = trend.records.map(\.period)
    self.periods = periods
    let level = { (id: String) -> String in
      id == RecordValue.belowLowestLevel ? words.text("belowLowest") : (questionnaire?.level(id).map { words.name($0.name) } ?? id)
    }
    let statementText = Dictionary(uniqueKeysWithValues: (questionnaire?.statements ?? []).map { ($0.id, words.name($0.text)) })
    let domainName = { (id: String) in questionnaire?.domains.first { $0.id == id }.map { "\(id) \(words.name($0.name))" } ?? id }

    let chart = LineChart(left: 50, top: 16, width: 560, height: 200, periods: periods.count)
    xTicks = periods.enumerated().map { Tick(x: ChartNumber.text(chart.x($0.offset)), label: $0.element) }
    yTicks = [0, 25, 50, 75, 100].map { YTick(y: ChartNumber.text(chart.y(Double($0))), label: "\($0)%") }
    series = trend.domains.enumerated().map { index, domain in
      let style = Self.style(index)
      let plotted = domain.points.compactMap { point -> ChartPoint? in
        guard let percent = point.percentToTarget, let at = periods.firstIndex(of: point.period) else { return nil }
        return chart.point(at, percent)
      }
      return Series(
        name: domainName(domain.id), points: plotted.map(\.svg).joined(separator: " "), dash: style.dash,
        marker: style.marker, markerName: words.text(style.marker), markers: plotted,
        cells: periods.map { period in
          guard let point = domain.points.first(where: { $0.period == period }) else { return "—" }
          return "\(level(point.achieved)) / \(level(point.target)) · \(Formatting.percent(point.percentToTarget))"
        })
    }
    let line = { (id: String) in Line(id: id, text: statementText[id] ?? "") }
    steps = trend.steps.map { step in
      StepView(
        from: step.from, to: step.to, compared: step.compared, acrossVersions: step.acrossVersions,
        regressions: step.regressions.map(line), closed: step.closed.map(line), opened: step.opened.map(line),
        hasRegressions: !step.regressions.isEmpty, hasClosed: !step.closed.isEmpty, hasOpened: !step.opened.isEmpty,
        addedCount: step.added.count, addedNotMet: step.addedNotMet.map(line), hasAddedNotMet: !step.addedNotMet.isEmpty,
        change: step.change.map { ChangeView($0, questionnaire, words) })
    }
    let componentName = Dictionary(
      uniqueKeysWithValues: (questionnaire?.domains.flatMap { $0.factors.flatMap(\.components) } ?? []).map { ($0.id, words.name($0.name)) })
    improved = trend.mostImproved.map {
      Improved(
        id: $0.id, name: componentName[$0.id] ?? "", first: level($0.firstAchieved), last: level($0.lastAchieved),
        firstPercent: Formatting.percent($0.firstPercent), lastPercent: Formatting.percent($0.lastPercent))
    }
    hasImproved = !improved.isEmpty
    indicators = trend.indicators.map { history in
      let indicator = questionnaire?.indicators.first { $0.id == history.id }
      let unit = indicator.map { words.name($0.unit) } ?? ""
      return IndicatorRow(
        name: indicator.map { "\(history.domain) · \(words.name($0.name))" } ?? history.id,
        values: history.values.map { value in
          guard let text = value.value, let number = Double(text) else { return words.text("notMeasured") }
          return Formatting.value(number, unit: unit) + " (" + level(value.reached ?? RecordValue.belowLowestLevel) + ")"
        })
    }
    hasIndicators = !indicators.isEmpty
    showsIndicators = hasIndicators || questionnaire?.indicators.isEmpty == false
  }
}
