import FinCyberCore
import Testing

/// The most urgent initiatives: one per domain first, in plan order.
@Suite struct PlanUrgencyTests {
  /// In 2026Q2 the plan is INI.BOARD (D1), INI.RISK (D1, the baseline gap, after INI.BOARD),
  /// INI.ZT (D2).
  @Test func oneForEachDomainFirst() throws {
    let assessment = try PlanFixtures.assessment()
    var plan = PlanBuilder.plan(for: assessment)
    #expect(plan.items.map(\.initiative) == ["INI.BOARD", "INI.RISK", "INI.ZT"])
    #expect(plan.items.map { PlanOrder.mainDomain(of: $0, in: assessment.questionnaire)?.id } == ["D1", "D1", "D2"])
    let ids = { (count: Int) in PlanOrder.mostUrgent(plan, count: count, in: assessment.questionnaire).map(\.initiative) }
    #expect(ids(2) == ["INI.BOARD", "INI.ZT"], "the second D1 initiative waits for D2's first")
    #expect(ids(3) == ["INI.BOARD", "INI.RISK", "INI.ZT"])
    #expect(ids(1) == ["INI.BOARD"])
    plan.items[2].decision = .init(kind: .rejected, date: "2026-07-15", by: "Board")
    plan.items[0].status = .done
    #expect(ids(5) == ["INI.RISK"], "neither a rejected nor a finished initiative is urgent")
  }
}
