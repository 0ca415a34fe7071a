/// Which initiatives the board sees first: the most urgent, spread across domains.
extension PlanOrder {
  /// The domain an initiative mainly serves: the one most of its gaps are in (the first in
  /// questionnaire order on a tie), or nil when it closes none.
  ///
  /// - Parameters:
  ///   - item: The plan's item.
  ///   - questionnaire: The questionnaire its gaps are statements of.
  public static func mainDomain(of item: ImprovementPlan.Item, in questionnaire: Questionnaire) -> Domain? {
    let domainOf = Dictionary(questionnaire.statements.map { ($0.id, $0.domainID) }, uniquingKeysWith: { first, _ in first })
    var counts: [String: Int] = [:]
    for closure in item.closes { if let domain = domainOf[closure.statement] { counts[domain, default: 0] += 1 } }
    let most = counts.values.max() ?? 0
    return questionnaire.domains.first { most > 0 && counts[$0.id] == most }
  }

  /// The most urgent open initiatives, spread across domains.
  ///
  /// Open initiatives the board has not rejected are taken in plan order (``ordered(_:by:)``),
  /// first one for each domain they mainly serve (``mainDomain(of:in:)``), then, while fewer than
  /// `count` are taken, the rest in plan order; the result is in plan order.
  /// - Parameters:
  ///   - plan: The plan, in plan order.
  ///   - count: How many at most.
  ///   - questionnaire: The questionnaire its gaps are statements of.
  public static func mostUrgent(_ plan: ImprovementPlan, count: Int, in questionnaire: Questionnaire) -> [ImprovementPlan.Item] {
    let open = plan.items.filter { $0.isOpen && $0.decision?.kind != .rejected }
    var taken: Set<Int> = []
    var domains: Set<String> = []
    for (index, item) in open.enumerated() where taken.count < count {
      guard let domain = mainDomain(of: item, in: questionnaire), domains.insert(domain.id).inserted else { continue }
      taken.insert(index)
    }
    for index in open.indices where taken.count < count { taken.insert(index) }
    return open.indices.filter(taken.contains).map { open[$0] }
  }
}
