import FinCyberCore
import Foundation
import Testing

/// The roadmap by quarter, and the projected levels the scorer gives as initiatives complete.
@Suite struct PlanScheduleTests {
  @Test func quartersBudgetsAndProjectedLevelsByHand() throws {
    let assessment = try PlanFixtures.assessment()
    var plan = PlanBuilder.plan(for: assessment)
    plan.items[2].budget = .init(amount: 3_000_000, currency: "TWD")
    let schedule = PlanSchedule(plan, assessment: assessment)
    // From 2026Q3: INI.BOARD for one quarter; INI.RISK after it, for two; INI.ZT for three.
    #expect(schedule.slots.map { [$0.initiative, $0.start, $0.due] } == [
      ["INI.BOARD", "2026Q3", "2026Q3"], ["INI.RISK", "2026Q4", "2027Q1"], ["INI.ZT", "2026Q3", "2027Q1"],
    ])
    #expect(schedule.quarters.map(\.period) == ["2026Q3", "2026Q4", "2027Q1"])
    #expect(schedule.quarters.map { $0.budget["TWD"] } == [1_000_000, 1_000_000, 1_000_000])
    #expect(schedule.quarters[0].completing == ["INI.BOARD"])
    // After 2026Q3, BO.Int.1 and BO.A.1 are met: D1 still below baseline (RM.B.1), 7 of 8 met.
    let q3 = schedule.quarters[0].projected
    #expect(q3.map(\.achieved) == ["below-baseline", "evolving"])
    #expect(q3.map(\.percentToTarget) == [87.5, 50])
    // After 2027Q1 every gap is closed: both domains advanced, 100%.
    let q1 = schedule.quarters[2].projected
    #expect(q1.map(\.achieved) == ["advanced", "advanced"])
    #expect(q1.map(\.percentToTarget) == [100, 100])
  }

  @Test func datesTheCISOSetAreKeptAndRejectedInitiativesLeftOut() throws {
    let assessment = try PlanFixtures.assessment()
    var plan = PlanBuilder.plan(for: assessment)
    plan.items[2].due = "2027Q4"
    plan.items[0].decision = .init(kind: .rejected, date: "2026-07-15", by: "Board")
    let schedule = PlanSchedule(plan, assessment: assessment)
    #expect(schedule.slots.map(\.initiative) == ["INI.RISK", "INI.ZT"])
    let zt = try #require(schedule.slots.last)
    #expect((zt.start, zt.due, zt.datesSet) == ("2027Q2", "2027Q4", true))
  }
}
