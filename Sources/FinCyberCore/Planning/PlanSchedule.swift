/// The calendar quarters (`Quarter`), named so inside `PlanSchedule`, whose own `Quarter` is one
/// quarter of the schedule.
private typealias Periods = Quarter

/// An improvement plan laid out by quarter: when each open initiative runs, what it costs each
/// quarter, and the level each domain is projected to reach as initiatives complete.
///
/// The projection is the scorer's, not a guess: at the end of each quarter, the statements that
/// the initiatives due by then close are taken as met, and the assessment is scored again.
public struct PlanSchedule: Sendable {
  /// An open initiative's quarters.
  public struct Slot: Sendable, Equatable {
    public var initiative: String
    /// The first quarter it runs, `YYYYQn`.
    public var start: String
    /// The quarter it is due.
    public var due: String
    /// Whether start or due came from the plan rather than from the initiative's typical duration.
    public var datesSet: Bool
  }

  /// One quarter of the roadmap.
  public struct Quarter: Sendable, Equatable {
    /// The quarter, `YYYYQn`.
    public var period: String
    /// The initiatives running in it, in plan order.
    public var running: [String]
    /// The initiatives due in it.
    public var completing: [String]
    /// The budget spent in it, by currency (each initiative's budget spread evenly over its quarters).
    public var budget: [String: Double]
    /// Each domain's projected level (a level id, or `below-baseline`) and percent to target once
    /// the initiatives due by the end of this quarter are done, in questionnaire order.
    public var projected: [(domain: String, achieved: String, percentToTarget: Double?)]

    public static func == (lhs: Quarter, rhs: Quarter) -> Bool {
      lhs.period == rhs.period && lhs.running == rhs.running && lhs.completing == rhs.completing && lhs.budget == rhs.budget
        && lhs.projected.map(\.domain) == rhs.projected.map(\.domain) && lhs.projected.map(\.achieved) == rhs.projected.map(\.achieved)
        && lhs.projected.map(\.percentToTarget) == rhs.projected.map(\.percentToTarget)
    }
  }

  /// The open initiatives' quarters, in plan order; rejected ones are left out.
  public var slots: [Slot]
  /// The quarters from the one after the assessment to the last one an initiative is due in.
  public var quarters: [Quarter]

  /// Lays a plan out by quarter.
  ///
  /// An initiative without dates starts in the quarter after the assessment, or after the last of
  /// its prerequisites is due, and runs for its duration; one with only a start or only a due
  /// quarter gets the other from its duration.
  /// - Parameters:
  ///   - plan: The plan.
  ///   - assessment: The assessment the plan was made from.
  public init(_ plan: ImprovementPlan, assessment: Assessment) {
    let questionnaire = assessment.questionnaire
    let first = Periods.adding(1, to: assessment.responses.period) ?? assessment.responses.period
    let requires = Dictionary(questionnaire.initiatives.map { ($0.id, $0.requires) }, uniquingKeysWith: { first, _ in first })
    let open = plan.items.filter { $0.isOpen && $0.decision?.kind != .rejected }
    var slots: [Slot] = []
    var dueOf: [String: String] = [:]
    for item in open {
      let length = max(item.quarters, 1)
      var start = item.start ?? item.due.flatMap { Periods.adding(1 - length, to: $0) } ?? first
      if item.start == nil && item.due == nil {
        for needed in requires[item.initiative] ?? [] {
          if let due = dueOf[needed], let after = Periods.adding(1, to: due), after > start { start = after }
        }
      }
      let due = item.due ?? Periods.adding(length - 1, to: start) ?? start
      dueOf[item.initiative] = due
      slots.append(Slot(initiative: item.initiative, start: start, due: due, datesSet: item.start != nil || item.due != nil))
    }
    self.slots = slots
    let last = slots.map(\.due).max() ?? first
    let count = max((Periods.distance(from: first, to: last) ?? 0) + 1, 0)
    let byID = Dictionary(open.map { ($0.initiative, $0) }, uniquingKeysWith: { first, _ in first })
    var quarters: [Quarter] = []
    for offset in 0..<count {
      guard let period = Periods.adding(offset, to: first) else { break }
      let running = slots.filter { $0.start <= period && period <= $0.due }
      var budget: [String: Double] = [:]
      for slot in running {
        guard let money = byID[slot.initiative]?.budget else { continue }
        let length = (Periods.distance(from: slot.start, to: slot.due) ?? 0) + 1
        budget[money.currency, default: 0] += money.amount / Double(max(length, 1))
      }
      let done = Set(slots.filter { $0.due <= period }.flatMap { byID[$0.initiative]!.closes.map(\.statement) })
      quarters.append(Quarter(
        period: period, running: running.map(\.initiative), completing: slots.filter { $0.due == period }.map(\.initiative),
        budget: budget, projected: Self.projection(assessment, metStatements: done)))
    }
    self.quarters = quarters
  }

  /// Each domain's level and percent to target with some statements taken as met.
  static func projection(_ assessment: Assessment, metStatements: Set<String>) -> [(domain: String, achieved: String, percentToTarget: Double?)] {
    let scale = assessment.questionnaire.answerScale
    guard let met = scale.meanings.first(where: { $0.meets && $0.requirement == .none }) ?? scale.meanings.first(where: \.meets) else { return [] }
    var responses = assessment.responses
    for id in metStatements {
      var answer = responses.answers[id] ?? Answer(statementID: id, value: met.value)
      answer.value = met.value
      responses.answers[id] = answer
    }
    return Scorer.score(responses, against: assessment.questionnaire).domains.map {
      ($0.domain.id, RecordValue.levelID($0.score.achieved), $0.percentToTarget)
    }
  }
}
