import FinCyberCore
import Testing
import FinCyberTestSupport

/// Rules 6–8: gaps, percent to target, and outcome indicators against claims.
@Suite struct GapTests {
  /// bank-1 with least risk: D1's target is intermediate (from the tier).
  /// BO: B.1 yes, B.2 no, E.1 no, Int.1 yes, A.1 no, Inn.1 no. RM: B.1 yes, E.1 yes, Int.1 no, A.1 no, Inn.1 no.
  static let mixed = Fixtures.responsesXML(
    tier: "bank-1",
    answers: Fixtures.allYes(except: [
      "D1.GV.BO.B.2": "no", "D1.GV.BO.E.1": "no", "D1.GV.BO.A.1": "no", "D1.GV.BO.Inn.1": "no",
      "D1.GV.RM.Int.1": "no", "D1.GV.RM.A.1": "no", "D1.GV.RM.Inn.1": "no",
    ]),
    ratings: [("TC.01", "least")])

  @Test func targetGapsAreOrderedByLevelThenModelPosition() throws {
    let result = try Fixtures.score(Self.mixed)
    // At or below intermediate and not met: BO.B.2 (baseline), BO.E.1 (evolving), RM.Int.1 (intermediate).
    #expect(result.domain("D1").targetGaps.map(\.statement.id) == ["D1.GV.BO.B.2", "D1.GV.BO.E.1", "D1.GV.RM.Int.1"])
    #expect(result.domain("D1").targetGaps.allSatisfy { $0.kind == .target && $0.answer.value == .no })
  }

  @Test func baselineGapsAreOnlyFlaggedStatements() throws {
    // BO.B.2 is a baseline-level statement but not flagged as compliance baseline.
    let result = try Fixtures.score(Self.mixed)
    #expect(result.baselineGaps.isEmpty)
    #expect(result.meetsComplianceBaseline)
    #expect(result.domain("D1").score.achieved == nil)
  }

  @Test func percentToTargetCountsLevelsUpToTheTarget() throws {
    let result = try Fixtures.score(Self.mixed)
    // Up to intermediate D1 has 7 applicable statements (BO: B.1 B.2 E.1 Int.1; RM: B.1 E.1 Int.1);
    // 4 are met (BO.B.1, BO.Int.1, RM.B.1, RM.E.1): 4 ÷ 7.
    let percent = try #require(result.domain("D1").percentToTarget)
    #expect(abs(percent - 400.0 / 7.0) < 1e-9)
    // D2's target is evolving (tier); ZT's baseline and evolving are met: 100%.
    #expect(result.domain("D2").percentToTarget == 100)
  }

  @Test func outcomeReachesTheHighestThresholdItMeets() throws {
    // D1 board meetings (higher is better: 1, 2, 4, 6, 12): 5 reaches intermediate.
    // D2 days to patch (lower is better: 30, 14, 7, 3, 1): 10 reaches evolving.
    let result = try Fixtures.score(Fixtures.responsesXML(
      answers: Fixtures.allYes(), outcomes: [("OI.D1.BOARD", "5"), ("OI.D2.PATCH", "10")]))
    let board = try #require(result.domain("D1").outcomes.first)
    let patch = try #require(result.domain("D2").outcomes.first)
    #expect(board.reached?.id == "intermediate")
    #expect(patch.reached?.id == "evolving")
    // Every statement is met, so both domains claim innovative: both outcomes contradict the claim.
    #expect(board.contradictsClaim)
    #expect(result.domain("D1").claimsExceedOutcomes)
    #expect(patch.contradictsClaim)
  }

  @Test func outcomeAtTheClaimedLevelDoesNotContradictIt() throws {
    // ZT stops at evolving; 10 days to patch reaches evolving.
    let result = try Fixtures.score(Fixtures.responsesXML(
      answers: Fixtures.allYes(except: ["D2.PR.ZT.Int.1": "no"]), outcomes: [("OI.D2.PATCH", "10")]))
    #expect(result.domain("D2").score.achieved?.id == "evolving")
    #expect(result.domain("D2").outcomes[0].contradictsClaim == false)
    #expect(!result.domain("D2").claimsExceedOutcomes)
  }

  @Test func outcomeMeetingNoThresholdIsBelowBaseline() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes(), outcomes: [("OI.D2.PATCH", "45")]))
    #expect(result.domain("D2").outcomes[0].reached == nil)
    #expect(result.domain("D2").outcomes[0].contradictsClaim)
  }

  @Test func unmeasuredOutcomeContradictsNothing() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(answers: Fixtures.allYes()))
    #expect(result.domain("D1").outcomes[0].value == nil)
    #expect(!result.domain("D1").claimsExceedOutcomes)
  }
}
