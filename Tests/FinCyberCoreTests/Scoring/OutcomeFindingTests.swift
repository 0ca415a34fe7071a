import FinCyberCore
import Testing

/// Rule 9: a measured outcome below its domain's target is a finding, and so is an indicator not
/// measured, whatever the statements claim. Bank tier 1 with no ratings: targets D1 intermediate,
/// D2 evolving.
@Suite struct OutcomeFindingTests {
  static func domains(_ outcomes: [(String, String)]) throws -> [DomainResult] {
    let xml = Fixtures.responsesXML(answers: [:], outcomes: outcomes)
    return Scorer.score(try Loader.responses(Array(xml.utf8), path: "r.xml", for: Fixtures.mini), against: Fixtures.mini).domains
  }

  @Test func anOutcomeBelowTheTargetIsAFindingEvenWhenNoClaimIsMade() throws {
    // 3 board reports reach evolving (2), not the intermediate target (4); 10 days to patch reach
    // evolving (≤ 14), which is D2's target. Nothing is answered, so nothing is claimed.
    let domains = try Self.domains([("OI.D1.BOARD", "3"), ("OI.D2.PATCH", "10")])
    #expect(domains[0].outcomesBelowTarget.map(\.indicator.id) == ["OI.D1.BOARD"])
    #expect(!domains[0].claimsExceedOutcomes, "no level is claimed, so no claim is contradicted")
    #expect(domains[1].outcomesBelowTarget.isEmpty)
    #expect(domains.allSatisfy { $0.outcomesNotMeasured.isEmpty })
  }

  @Test func aValueThatMeetsNoThresholdIsBelowTargetAndAMissingOneIsNotMeasured() throws {
    // 40 days to patch meets not even the baseline threshold (30); the board indicator is not given.
    let domains = try Self.domains([("OI.D2.PATCH", "40")])
    #expect(domains[1].outcomesBelowTarget.map(\.indicator.id) == ["OI.D2.PATCH"])
    #expect(domains[1].outcomes[0].reached == nil)
    #expect(domains[0].outcomesNotMeasured.map(\.indicator.id) == ["OI.D1.BOARD"])
    #expect(domains[0].outcomesBelowTarget.isEmpty, "not measured is its own finding, not below target")
  }
}
