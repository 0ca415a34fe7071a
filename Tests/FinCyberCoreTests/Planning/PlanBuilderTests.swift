import FinCyberCore
import FinCyberTestSupport
import Foundation
import Testing

/// The plan: which initiatives, in what order, and what survives an update.
@Suite struct PlanBuilderTests {
  @Test func initiativesThatCloseGapsInTheRulesOrder() throws {
    let plan = PlanBuilder.plan(for: try PlanFixtures.assessment())
    // INI.RISK closes the baseline gap and would come first, but it requires INI.BOARD, which moves
    // up before it; INI.ZT's domain (50%) is farther from target than D1's (62.5%), but comes after
    // the baseline gap's initiative and its prerequisite.
    #expect(plan.items.map(\.initiative) == ["INI.BOARD", "INI.RISK", "INI.ZT"])
    #expect(plan.items[0].closes == [.init(statement: "D1.GV.BO.Int.1", kind: .target), .init(statement: "D1.GV.BO.A.1", kind: .target)])
    #expect(plan.items[1].closes == [.init(statement: "D1.GV.RM.B.1", kind: .baseline)])
    #expect(plan.items[2].closes.map(\.statement) == ["D2.PR.ZT.Int.1", "D2.PR.ZT.A.1"])
    #expect(plan.uncovered.isEmpty)
    #expect(plan.decisionsRequested.count == 3)
    #expect((plan.period, plan.date) == ("2026Q2", "2026-06-30"))
  }

  @Test func withoutPrerequisitesTheFarthestDomainComesFirst() throws {
    // The same initiatives, INI.RISK needing nothing: baseline first, then D2 (50%) before D1 (62.5%).
    let text = try PlanFixtures.questionnaireText(
      adding: MiniInitiatives.xml.replacingOccurrences(of: "<requires initiative=\"INI.BOARD\"/>", with: ""))
    let questionnaire = try Loader.questionnaire(Array(text.utf8), path: "mini-plan.xml")
    var assessment = try PlanFixtures.assessment()
    assessment = Scorer.score(assessment.responses, against: questionnaire)
    #expect(PlanBuilder.plan(for: assessment).items.map(\.initiative) == ["INI.RISK", "INI.ZT", "INI.BOARD"])
  }

  @Test func anUpdateKeepsWhatTheCISOWroteAndDropsNothing() throws {
    var plan = PlanBuilder.plan(for: try PlanFixtures.assessment())
    plan.items[1].owner = "IT risk office"
    plan.items[1].decision = .init(kind: .approved, date: "2026-07-15", by: "Board of directors", note: "With the Q3 budget")
    plan.items[1].status = .inProgress
    plan.items[2].budget = .init(amount: 3_000_000, currency: "TWD")
    plan.items[2].effort = "m"
    plan.items[2].overrides = ["effort"]
    plan.items[2].start = "2026Q4"
    // 2026Q3: the risk register is done (RM.B.1 yes); BO.B.2 slips to no.
    let next = PlanBuilder.plan(for: try PlanFixtures.assessment("2026Q3", ["D1.GV.RM.B.1": "yes", "D1.GV.BO.B.2": "no"]), updating: plan)
    let risk = try #require(next.items.first { $0.initiative == "INI.RISK" })
    #expect(risk.closes.isEmpty && risk.allClosedIn == "2026Q3")
    #expect(risk.owner == "IT risk office" && risk.status == .inProgress && risk.decision?.kind == .approved)
    let zt = try #require(next.items.first { $0.initiative == "INI.ZT" })
    #expect(zt.effort == "m" && zt.cost == "high" && zt.budget?.amount == 3_000_000 && zt.start == "2026Q4")
    let board = try #require(next.items.first { $0.initiative == "INI.BOARD" })
    #expect(board.closes.map(\.statement) == ["D1.GV.BO.B.2", "D1.GV.BO.Int.1", "D1.GV.BO.A.1"])
    #expect(next.items.last?.initiative == "INI.RISK", "an initiative with nothing left to close goes last")
    #expect(next.period == "2026Q3")
  }
}
