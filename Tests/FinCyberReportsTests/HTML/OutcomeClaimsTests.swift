import FinCyberCore
import FinCyberReports
import Testing

/// What the executive summary says of outcomes: support is claimed only where outcomes are
/// measured, and a model without outcome indicators gets no word on them.
@Suite struct OutcomeClaimsTests {
  /// The mini bank's 2026Q2 report with only the given outcomes measured, patching (lower is
  /// better) down to 10 days, which supports the level D2 claims.
  static func html(measuring kept: Set<String>) throws -> String {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    var responses = input.assessment.responses
    responses.outcomes = responses.outcomes.filter { kept.contains($0.key) }
    responses.outcomes["OI.D2.PATCH"]?.value = 10
    let scored = ReportInput(
      assessment: Scorer.score(responses, against: ReportFixtures.mini), questionnaireSHA256: input.questionnaireSHA256,
      responsesSHA256: input.responsesSHA256)
    return try GapReportPage().html(scored, language: .english)
  }

  @Test func anOutcomeShortOfItsClaimIsFlagged() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let html = try GapReportPage().html(input, language: .english)
    #expect(html.contains("D2 · Days to patch critical vulnerabilities: 21.5 days → Baseline &lt; Evolving"))
    #expect(!html.contains("support the level"))
  }

  @Test func everyDomainMeasuredAndNoneShortOfItsClaim() throws {
    let html = try Self.html(measuring: ["OI.D1.BOARD", "OI.D2.PATCH"])
    #expect(html.contains("<p>Every pillar&#39;s measured outcomes support the level its statements claim.</p>"))
  }

  @Test func nothingMeasuredClaimsNoSupport() throws {
    let html = try Self.html(measuring: [])
    #expect(!html.contains("support the level"))
    #expect(html.contains("<p>No outcome indicator is measured, so no claimed level is checked against an outcome.</p>"))
  }

  @Test func aDomainWithoutAMeasuredOutcomeIsNamed() throws {
    let html = try Self.html(measuring: ["OI.D2.PATCH"])
    #expect(!html.contains("Every pillar&#39;s measured outcomes"))
    #expect(html.contains("<p>Where outcomes are measured, they support the level the statements claim; none is measured for D1 Governance.</p>"))
  }

  @Test func aModelWithoutIndicatorsGetsNoWordOnOutcomes() throws {
    let html = try GapReportPage().html(try BareModel.input(domains: 3), language: .english)
    #expect(!html.contains("Claims versus outcomes") && !html.contains("outcome"))
  }
}
