import FinCyberCore

/// What changed since the previous assessment, as the board reads it: the regressions named first,
/// then per domain the level and percent to target then and now and the gaps closed and opened.
/// Renders the core's ``AssessmentChange``; the summary and the trend page show it alike
/// (`change.mustache`).
struct ChangeView {
  /// One domain's line.
  struct Row {
    var domain: String
    var levels: String
    var percents: String
    var closed: Int
    var opened: Int
    /// Whether the domain's level fell.
    var fell: Bool
  }
  /// A statement named with its text.
  struct Line {
    var id: String
    var text: String
  }

  var title: String
  var intro: String
  var rows: [Row]
  var regressions: [Line]
  var hasRegressions: Bool
  /// The regressions' lead, or the words for none.
  var regressionsNote: String
  var totals: String

  /// - Parameters:
  ///   - change: The core's comparison of the two assessments.
  ///   - questionnaire: The later assessment's questionnaire, for names, levels and texts.
  ///   - words: The page's words.
  init(_ change: AssessmentChange, _ questionnaire: Questionnaire?, _ words: Localizer) {
    let level = { (id: String?) -> String in
      guard let id else { return words.text("changeNoPrevious") }
      return id == RecordValue.belowLowestLevel ? words.text("belowLowest") : (questionnaire?.level(id).map { words.name($0.name) } ?? id)
    }
    let rank = { (id: String?) -> Int in id.flatMap { questionnaire?.level($0)?.rank } ?? -1 }
    let texts = Dictionary(uniqueKeysWithValues: (questionnaire?.statements ?? []).map { ($0.id, words.name($0.text)) })
    title = words.text("changeTitle", ["from": change.from])
    intro = words.text("changeIntro", ["n": String(change.compared)])
    rows = change.domains.map { domain in
      let name = questionnaire?.domains.first { $0.id == domain.id }.map { "\(domain.id) \(words.name($0.name))" } ?? domain.id
      return Row(
        domain: name,
        levels: Self.thenNow(level(domain.achievedBefore), level(domain.achievedNow)),
        percents: Self.thenNow(
          domain.achievedBefore == nil ? words.text("changeNoPrevious") : Formatting.percent(domain.percentBefore),
          Formatting.percent(domain.percentNow)),
        closed: domain.closed.count, opened: domain.opened.count,
        fell: domain.achievedBefore != nil && rank(domain.achievedNow) < rank(domain.achievedBefore))
    }
    regressions = change.regressions.map { Line(id: $0, text: texts[$0] ?? "") }
    hasRegressions = !regressions.isEmpty
    regressionsNote = words.text(hasRegressions ? "changeRegressionsLead" : "changeRegressionsNone")
    totals = words.text("changeTotals", [
      "closed": words.text("changeGapsClosed", count: change.closed.count), "opened": words.text("changeGapsOpened", count: change.opened.count),
    ])
  }

  /// A value then and now, joined by an arrow (the same in every language).
  static func thenNow(_ then: String, _ now: String) -> String { then + " → " + now }
}
