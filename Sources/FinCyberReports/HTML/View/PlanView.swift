import FinCyberCore

/// The roadmap section of the board report, when a plan is given: the decisions the board is asked
/// to take now, the initiatives and budget quarter by quarter with each domain's projected level
/// (``PlanSchedule``), the most urgent initiatives (``PlanOrder/mostUrgent(_:count:in:)``), and
/// the statements each initiative closes in a folded appendix. Every word is the ``Localizer``'s.
struct PlanView {
  /// An initiative the board is asked to approve.
  struct Decision {
    var name: String
    var delivers: String?
    var effort: String
    var cost: String
    var budget: String
    var hasBudget: Bool
    var owner: String?
    var start: String
    var due: String
  }

  /// One quarter of the roadmap.
  struct QuarterRow {
    var period: String
    /// The initiatives under way, in plan order, or a dash.
    var running: String
    /// The initiatives due in it, or a dash.
    var completing: String
    /// What it costs, or a dash; and how many of its initiatives have no budget yet.
    var budget: String
    var unbudgeted: String?
  }

  /// A cell of the projection table: a level and its percent to target.
  struct Cell {
    var text: String
    /// Whether the domain is at its target or above.
    var meets: Bool
  }

  /// One domain's projected level, now and after each quarter.
  struct ProjectionRow {
    var domain: String
    var now: Cell
    var quarters: [Cell]
    var target: String
  }

  /// One of the most urgent initiatives.
  struct Urgent {
    var name: String
    /// Its domain, the gaps it closes, when it is due and what it delivers, in one phrase.
    var facts: String
  }

  /// The statements an initiative closes, for the appendix.
  struct AppendixEntry {
    var name: String
    var state: String
    var statements: [ClosedStatement]
  }

  /// A statement in the appendix.
  struct ClosedStatement {
    var id: String
    var text: String
    var isBaseline: Bool
  }

  var labels: [String: String]
  var intro: String
  var decisionsIntro: String
  var decisions: [Decision]
  var hasDecisions: Bool
  var quarters: [QuarterRow]
  var hasQuarters: Bool
  var quarterHeaders: [String]
  var projection: [ProjectionRow]
  var outlook: String?
  var urgentTitle: String
  var urgent: [Urgent]
  var hasUrgent: Bool
  var appendixTitle: String
  var appendix: [AppendixEntry]
  var uncovered: [ClosedStatement]
  var hasUncovered: Bool

  /// Lays out a plan for the board.
  ///
  /// - Parameters:
  ///   - plan: The improvement plan.
  ///   - assessment: The assessment the report is of.
  ///   - language: The page's language.
  init(_ plan: ImprovementPlan, _ assessment: Assessment, _ language: Language) {
    let questionnaire = assessment.questionnaire
    let words = PlanWords(questionnaire, language)
    let l = words.localizer
    let schedule = PlanSchedule(plan, assessment: assessment)
    // With nothing scheduled there is no quarter to show (the schedule still has its first).
    let scheduled = schedule.slots.isEmpty ? [] : schedule.quarters
    let slots = Dictionary(schedule.slots.map { ($0.initiative, $0) }, uniquingKeysWith: { first, _ in first })
    let items = Dictionary(plan.items.map { ($0.initiative, $0) }, uniquingKeysWith: { first, _ in first })
    let dash = l.text("planNone")
    labels = l.labels
    let open = plan.items.filter(\.isOpen).count
    intro = open == 0 ? l.text("planNothingOpen", ["period": plan.period]) : l.text("planIntro", count: open, ["period": plan.period])

    decisionsIntro = l.text(plan.decisionsRequested.isEmpty ? "planDecisionsNone" : "planDecisionsIntro")
    decisions = plan.decisionsRequested.map { item in
      Decision(
        name: words.name(item), delivers: words.delivers(item), effort: words.labelled("planEffort", words.effort(item)), cost: words.cost(item),
        budget: item.budget.map { PlanWords.money($0.amount, $0.currency) } ?? l.text("planNoBudget"), hasBudget: item.budget != nil,
        owner: item.owner.map { words.labelled("planOwner", $0) }, start: slots[item.initiative]?.start ?? dash, due: slots[item.initiative]?.due ?? dash)
    }
    hasDecisions = !decisions.isEmpty

    let names = { (ids: [String]) in ids.isEmpty ? dash : l.list(ids.compactMap { items[$0].map(words.name) }) }
    quarters = scheduled.map { quarter in
      let unbudgeted = quarter.running.filter { items[$0]?.budget == nil }.count
      return QuarterRow(
        period: quarter.period, running: names(quarter.running), completing: names(quarter.completing),
        budget: quarter.budget.isEmpty ? dash : words.money(quarter.budget),
        unbudgeted: unbudgeted == 0 ? nil : l.text("planUnbudgeted", count: unbudgeted))
    }
    hasQuarters = !quarters.isEmpty
    quarterHeaders = scheduled.map(\.period)

    let levels = questionnaire.levels
    let cell = { (levelID: String, percent: Double?, target: MaturityLevel) -> Cell in
      let level = levels.first { $0.id == levelID }
      return Cell(text: l.text("planLevelPercent", ["level": l.levelName(level), "percent": Formatting.percent(percent)]), meets: level.map { $0 >= target } ?? false)
    }
    let rows = assessment.domains.enumerated().map { index, domain in
      ProjectionRow(
        domain: "\(domain.domain.id) \(l.name(domain.domain.name))",
        now: cell(RecordValue.levelID(domain.score.achieved), domain.percentToTarget, domain.target.level),
        quarters: scheduled.map { cell($0.projected[index].achieved, $0.projected[index].percentToTarget, domain.target.level) },
        target: l.name(domain.target.level.name))
    }
    projection = rows
    if let reached = scheduled.indices.first(where: { q in rows.allSatisfy { $0.quarters[q].meets } }) {
      outlook = l.text("planReachesAll", ["period": scheduled[reached].period])
    } else if !scheduled.isEmpty {
      outlook = l.text("planShortOfTarget", ["list": l.list(rows.filter { !($0.quarters.last?.meets ?? true) }.map(\.domain))])
    }

    let mostUrgent = PlanOrder.mostUrgent(plan, count: 5, in: questionnaire)
    urgentTitle = l.text("planUrgent", count: mostUrgent.count, ["n": l.number(mostUrgent.count)])
    urgent = mostUrgent.map { item in
      let baseline = item.closes.filter { $0.kind == .baseline }.count
      let facts = [
        "domain": PlanOrder.mainDomain(of: item, in: questionnaire).map { "\($0.id) \(l.name($0.name))" } ?? dash,
        "closes": baseline == 0
          ? l.text("planCloses", count: item.closes.count)
          : l.text("planClosesBaseline", ["n": String(item.closes.count), "baselineCount": String(baseline)]),
        "due": slots[item.initiative].map { l.text("planDueIn", ["period": $0.due]) } ?? dash,
      ]
      return Urgent(
        name: words.name(item),
        facts: words.delivers(item).map { l.text("planUrgentFactsDelivers", facts.merging(["delivers": $0]) { $1 }) } ?? l.text("planUrgentFacts", facts))
    }
    hasUrgent = !urgent.isEmpty

    let statements = Dictionary(questionnaire.statements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let closed = { (closures: [ImprovementPlan.Closure]) in
      closures.map { ClosedStatement(id: $0.statement, text: statements[$0.statement].map { l.name($0.text) } ?? "", isBaseline: $0.kind == .baseline) }
    }
    appendixTitle = l.text("planAppendix")
    appendix = plan.items.filter { !$0.closes.isEmpty }.map { item in
      AppendixEntry(name: words.name(item), state: "\(words.status(item)) · \(words.decision(item))", statements: closed(item.closes))
    }
    uncovered = closed(plan.uncovered)
    hasUncovered = !uncovered.isEmpty
  }
}
