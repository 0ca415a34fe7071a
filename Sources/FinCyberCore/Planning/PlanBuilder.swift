/// Makes an improvement plan from an assessment, or brings an existing plan up to date with the
/// next assessment, never dropping what the CISO wrote.
///
/// - Every initiative of the model that covers at least one of the assessment's gaps (baseline or
///   target) is in the plan, with the gaps it closes.
/// - An initiative already in the plan keeps its owner, budget, quarters, status, decision, note
///   and the effort, cost and duration the institution set; its gaps are brought up to date. One
///   whose gaps are all closed stays in the plan, with the period that closed them.
/// - An initiative the model no longer has stays in the plan as it was.
/// - Gaps that no initiative covers are listed on their own.
public enum PlanBuilder {
  /// The plan for an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - previous: The plan to bring up to date, if there is one.
  /// - Returns: The plan, in ``PlanOrder``.
  public static func plan(for assessment: Assessment, updating previous: ImprovementPlan? = nil) -> ImprovementPlan {
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    // Every gap once: a baseline statement that is also below the target counts as baseline.
    var kinds: [String: Gap.Kind] = [:]
    for gap in assessment.targetGaps { kinds[gap.statement.id] = .target }
    for gap in assessment.baselineGaps { kinds[gap.statement.id] = .baseline }
    let gaps = questionnaire.statements.compactMap { statement in kinds[statement.id].map { ImprovementPlan.Closure(statement: statement.id, kind: $0) } }
    let kept = Dictionary((previous?.items ?? []).map { ($0.initiative, $0) }, uniquingKeysWith: { first, _ in first })
    var items: [ImprovementPlan.Item] = []
    var covered: Set<String> = []
    for initiative in questionnaire.initiatives {
      let members = Set(initiative.statements)
      let closes = gaps.filter { members.contains($0.statement) }
      covered.formUnion(members)
      if var item = kept[initiative.id] {
        if closes.isEmpty && !item.closes.isEmpty { item.allClosedIn = responses.period }
        if !closes.isEmpty { item.allClosedIn = nil }
        item.closes = closes
        if !item.overrides.contains("effort") { item.effort = initiative.effort }
        if !item.overrides.contains("cost") { item.cost = initiative.cost }
        if !item.overrides.contains("quarters") { item.quarters = initiative.quarters }
        items.append(item)
      } else if !closes.isEmpty {
        items.append(ImprovementPlan.Item(
          initiative: initiative.id, closes: closes, effort: initiative.effort, cost: initiative.cost, quarters: initiative.quarters))
      }
    }
    // Items of initiatives this version of the model no longer has are kept as they were.
    let modelled = Set(questionnaire.initiatives.map(\.id))
    items += (previous?.items ?? []).filter { !modelled.contains($0.initiative) }
    return ImprovementPlan(
      questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version, institutionID: responses.institution.id,
      institutionName: responses.institution.name, period: responses.period, date: responses.date,
      items: PlanOrder.ordered(items, by: assessment), uncovered: gaps.filter { !covered.contains($0.statement) })
  }
}
