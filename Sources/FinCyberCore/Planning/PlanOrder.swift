/// The prioritisation rule of an improvement plan, in one place.
///
/// Initiatives are ordered by, in turn:
/// 1. whether they close a **compliance-baseline** gap (those first: a rule in force requires it);
/// 2. how far the **domains** of their gaps are from target: the lowest percent to target among
///    those domains first;
/// 3. **prerequisites**: an initiative comes after every initiative it requires (applied last, so
///    that a prerequisite moves up to just before the first initiative that needs it);
/// 4. **size**: the smaller effort band first, then the shorter duration, then the id.
/// Initiatives that close no gap any more (done, dropped, or all closed) follow, in the same order.
public enum PlanOrder {
  /// The items in plan order.
  ///
  /// - Parameters:
  ///   - items: The plan's items, in any order.
  ///   - assessment: The assessment whose gaps and percents to target decide.
  public static func ordered(_ items: [ImprovementPlan.Item], by assessment: Assessment) -> [ImprovementPlan.Item] {
    let questionnaire = assessment.questionnaire
    let percent = Dictionary(uniqueKeysWithValues: assessment.domains.map { ($0.domain.id, $0.percentToTarget ?? 100) })
    let domainOf = Dictionary(uniqueKeysWithValues: questionnaire.statements.map { ($0.id, $0.domainID) })
    let effortRank = Dictionary(uniqueKeysWithValues: questionnaire.effortBands.map { ($0.id, $0.rank) })
    func key(_ item: ImprovementPlan.Item) -> (Int, Int, Double, Int, Int, String) {
      let baseline = item.closes.contains { $0.kind == .baseline }
      let farthest = item.closes.compactMap { domainOf[$0.statement].flatMap { percent[$0] } }.min() ?? 100
      return (item.isOpen ? 0 : 1, baseline ? 0 : 1, farthest, effortRank[item.effort] ?? Int.max, item.quarters, item.initiative)
    }
    let sorted = items.sorted { key($0) < key($1) }
    // Prerequisites before the initiatives that need them, keeping the order otherwise.
    let requires = Dictionary(questionnaire.initiatives.map { ($0.id, $0.requires) }, uniquingKeysWith: { first, _ in first })
    let present = Set(sorted.map(\.initiative))
    var placed: Set<String> = []
    var result: [ImprovementPlan.Item] = []
    let byID = Dictionary(sorted.map { ($0.initiative, $0) }, uniquingKeysWith: { first, _ in first })
    func place(_ id: String, visiting: Set<String>) {
      guard !placed.contains(id), !visiting.contains(id), let item = byID[id] else { return }
      for needed in requires[id] ?? [] where present.contains(needed) { place(needed, visiting: visiting.union([id])) }
      placed.insert(id)
      result.append(item)
    }
    for item in sorted { place(item.initiative, visiting: []) }
    return result
  }
}
