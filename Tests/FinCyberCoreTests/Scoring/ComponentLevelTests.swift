import FinCyberCore
import Testing
import FinCyberTestSupport

/// Rules 1–3: what counts as met, how a component climbs, and how parents take the weakest child.
@Suite struct ComponentLevelTests {
  @Test func everyStatementMetReachesInnovative() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes()))
    #expect(result.domain("D1").score.achieved?.id == "innovative")
    #expect(result.domain("D2").score.achieved?.id == "innovative")
    #expect(result.baselineGaps.isEmpty)
    #expect(result.isComplete)
  }

  @Test func notApplicableIsLeftOutOfEveryCount() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes(except: ["D1.GV.BO.B.2": "not-applicable"])))
    let baseline = result.component("D1.GV.BO").tallies[0]
    // BO has two baseline statements; one is excluded, so 1 of 1 applies and is met.
    #expect(baseline.applicable == 1)
    #expect(baseline.met == 1)
    #expect(baseline.excluded == 1)
    #expect(result.component("D1.GV.BO").achieved?.id == "innovative")
    #expect(result.notApplicable.map(\.statement.id) == ["D1.GV.BO.B.2"])
    #expect(result.notApplicable.first?.answer.justification == "No such service")
  }

  @Test func compensatingControlCountsAsMet() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes(except: ["D2.PR.ZT.E.1": "yes-compensating"])))
    #expect(result.component("D2.PR.ZT").achieved?.id == "innovative")
    #expect(result.component("D2.PR.ZT").tallies[1].met == 1)
    #expect(result.compensating.map(\.statement.id) == ["D2.PR.ZT.E.1"])
    #expect(result.compensating.first?.answer.compensatingControl == "Manual daily review")
  }

  @Test func unmetBaselineStatementLeavesComponentBelowBaseline() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes(except: ["D1.GV.RM.B.1": "no"])))
    #expect(result.component("D1.GV.RM").achieved == nil)
    #expect(result.factor("D1.GV").achieved == nil)
    #expect(result.domain("D1").score.achieved == nil)
    #expect(result.component("D1.GV.BO").achieved?.id == "innovative")
    #expect(result.baselineGaps.map(\.statement.id) == ["D1.GV.RM.B.1"])
    #expect(!result.meetsComplianceBaseline)
  }

  @Test func aLevelIsReachedOnlyWhenEveryLowerLevelIsMet() throws {
    // ZT: baseline met, evolving not, intermediate and up met: the climb stops at baseline.
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes(except: ["D2.PR.ZT.E.1": "no"])))
    #expect(result.component("D2.PR.ZT").achieved?.id == "baseline")
  }

  @Test func domainTakesItsWeakestComponent() throws {
    // BO is innovative; RM stops at intermediate because its advanced statement is not met.
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes(except: ["D1.GV.RM.A.1": "no"])))
    #expect(result.component("D1.GV.BO").achieved?.id == "innovative")
    #expect(result.component("D1.GV.RM").achieved?.id == "intermediate")
    #expect(result.factor("D1.GV").achieved?.id == "intermediate")
    #expect(result.domain("D1").score.achieved?.id == "intermediate")
  }

  @Test func unansweredIsNotMetAndMakesTheAssessmentIncomplete() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes(except: ["D2.PR.ZT.Int.1": nil])))
    #expect(result.component("D2.PR.ZT").achieved?.id == "evolving")
    #expect(!result.isComplete)
    #expect(result.unanswered.map(\.id) == ["D2.PR.ZT.Int.1"])
    let intermediate = result.component("D2.PR.ZT").tallies[2]
    #expect(intermediate.applicable == 1)
    #expect(intermediate.unanswered == 1)
    #expect(intermediate.met == 0)
  }

  @Test func parentTalliesAddUpTheirChildren() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes(except: ["D1.GV.BO.B.2": "no"])))
    // D1 baseline: BO has B.1 and B.2, RM has B.1: 3 applicable, 2 met.
    let baseline = result.domain("D1").score.tallies[0]
    #expect(baseline.applicable == 3)
    #expect(baseline.met == 2)
  }
}
