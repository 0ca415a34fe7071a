import FinCyberCore
import Testing

/// Rules 4 and 5: inherent risk, and the target level from risk, tier and override.
@Suite struct TargetTests {
  @Test func inherentRiskTiesGoToTheHigherLevel() throws {
    // TC: least, moderate (TC.03 unrated) → a tie → moderate.
    // ET: least, moderate, significant → a three-way tie → significant.
    // Overall: least ×2, moderate ×2, significant ×1 → tie of least and moderate → moderate.
    let result = try Fixtures.score(Fixtures.responsesXML(
      answers: Fixtures.allYes(),
      ratings: [("TC.01", "least"), ("TC.02", "moderate"), ("ET.01", "least"), ("ET.02", "moderate"), ("ET.03", "significant")]))
    #expect(result.inherentRisk.categories[0].computed?.id == "moderate")
    #expect(result.inherentRisk.categories[0].rated == 2)
    #expect(result.inherentRisk.categories[1].computed?.id == "significant")
    #expect(result.inherentRisk.computed.computed?.id == "moderate")
    #expect(result.inherentRisk.overall?.id == "moderate")
  }

  @Test func theMostFrequentRatingWinsOverall() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(
      answers: Fixtures.allYes(),
      ratings: [("TC.01", "minimal"), ("TC.02", "minimal"), ("TC.03", "most"), ("ET.01", "minimal")]))
    #expect(result.inherentRisk.overall?.id == "minimal")
  }

  @Test func riskOverrideWinsOverTheComputedLevel() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(
      answers: Fixtures.allYes(), ratings: [("TC.01", "least"), ("TC.02", "least")], riskOverride: "most"))
    #expect(result.inherentRisk.computed.computed?.id == "least")
    #expect(result.inherentRisk.overall?.id == "most")
    #expect(result.inherentRisk.overrideReason == "Board decision")
    // most → innovative in the risk table, above every tier minimum.
    #expect(result.domain("D1").target.level.id == "innovative")
    #expect(result.domain("D1").target.sources == [.inherentRisk])
  }

  @Test func tierMinimumWinsWhenRiskAsksForLess() throws {
    // bank-1 sets D1 ≥ intermediate and D2 ≥ evolving; minimal risk calls for evolving.
    let result = try Fixtures.score(Fixtures.responsesXML(
      tier: "bank-1", answers: Fixtures.allYes(), ratings: [("TC.01", "minimal")]))
    #expect(result.domain("D1").target.level.id == "intermediate")
    #expect(result.domain("D1").target.sources == [.tier])
    #expect(result.domain("D1").target.fromRisk?.id == "evolving")
    #expect(result.domain("D2").target.level.id == "evolving")
    #expect(result.domain("D2").target.sources == [.inherentRisk, .tier])
  }

  @Test func riskWinsWhenItAsksForMoreThanTheTier() throws {
    // significant → advanced, above bank-1's intermediate for D1.
    let result = try Fixtures.score(Fixtures.responsesXML(
      tier: "bank-1", answers: Fixtures.allYes(), ratings: [("ET.03", "significant")]))
    #expect(result.domain("D1").target.level.id == "advanced")
    #expect(result.domain("D1").target.fromTier?.id == "intermediate")
    #expect(result.domain("D1").target.sources == [.inherentRisk])
  }

  @Test func targetOverrideRaisesTheTarget() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(
      tier: "bank-1", answers: Fixtures.allYes(), ratings: [("TC.01", "least")], targetOverrides: [("D2", "advanced")]))
    #expect(result.domain("D2").target.level.id == "advanced")
    #expect(result.domain("D2").target.sources == [.override])
    #expect(result.domain("D2").target.overrideReason == "Strategy")
  }

  @Test func targetOverrideBelowTheOthersDoesNotLowerIt() throws {
    let result = try Fixtures.score(Fixtures.responsesXML(
      tier: "bank-1", answers: Fixtures.allYes(), targetOverrides: [("D1", "baseline")]))
    #expect(result.domain("D1").target.level.id == "intermediate")
  }

  @Test func withNothingToSetATargetTheLowestLevelApplies() throws {
    // bank-3 sets no minimum for D2, and nothing is rated.
    let result = try Fixtures.score(Fixtures.responsesXML(tier: "bank-3", answers: Fixtures.allYes()))
    #expect(result.domain("D2").target.level.id == "baseline")
    #expect(result.domain("D2").target.sources == [.lowestLevel])
    #expect(result.inherentRisk.overall == nil)
  }
}
