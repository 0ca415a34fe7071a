import FinCyberCore
import FinCyberReports
import Testing

/// What the executive summary says of outcomes: each domain's measured outcomes against its target
/// level (below target, not measured) as findings of their own; support is claimed only where every
/// indicator is measured and none is below its target; a model without outcome indicators gets no
/// word on them. The mini bank's targets are advanced in both domains (board meetings ≥ 6 a year,
/// patching ≤ 3 days).
@Suite struct OutcomeClaimsTests {
  /// The mini bank's 2026Q2 report with only the given outcomes measured, at the given values.
  static func html(measuring values: [String: Double]) throws -> String {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    var responses = input.assessment.responses
    responses.outcomes = responses.outcomes.filter { values[$0.key] != nil }
    for (id, value) in values { responses.outcomes[id]?.value = value }
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

  @Test func everyOutcomeMeasuredAndAtTargetIsSupport() throws {
    let html = try Self.html(measuring: ["OI.D1.BOARD": 6, "OI.D2.PATCH": 3])
    #expect(html.contains("<p>Every pillar&#39;s measured outcomes support the level its statements claim.</p>"))
    #expect(html.contains("<li>D1 Governance: every measured outcome meets the target level.</li>"))
  }

  @Test func anOutcomeBelowTargetIsAFindingAndNeverSupport() throws {
    // 4 meetings reach intermediate, short of advanced; 10 days to patch reach evolving, which D2's
    // statements claim: no claim is contradicted, yet both are below target.
    let html = try Self.html(measuring: ["OI.D1.BOARD": 4, "OI.D2.PATCH": 10])
    #expect(!html.contains("support the level"))
    #expect(html.contains(
      "D1 Governance: 1 outcome below target: Board meetings with security on the agenda (measured 4 per year, needed ≥ 6 per year)."))
    #expect(html.contains("D2 Protection: 1 outcome below target: Days to patch critical vulnerabilities (measured 10 days, needed ≤ 3 days)."))
    #expect(html.contains("<p>No measured outcome is below the level its pillar&#39;s statements claim; this says nothing of the target"))
  }

  @Test func nothingMeasuredClaimsNoSupport() throws {
    let html = try Self.html(measuring: [:])
    #expect(!html.contains("support the level"))
    #expect(html.contains("<p>No outcome indicator is measured, so no claimed level is checked against an outcome.</p>"))
    #expect(html.contains("D1 Governance: 1 outcome not measured: Board meetings with security on the agenda."))
  }

  @Test func aDomainWithoutAMeasuredOutcomeIsAFinding() throws {
    let html = try Self.html(measuring: ["OI.D2.PATCH": 3])
    #expect(!html.contains("support the level"))
    #expect(html.contains("D1 Governance: 1 outcome not measured: Board meetings with security on the agenda."))
    #expect(html.contains("<li>D2 Protection: every measured outcome meets the target level.</li>"))
  }

  @Test func aModelWithoutIndicatorsGetsNoWordOnOutcomes() throws {
    let html = try GapReportPage().html(try BareModel.input(domains: 3), language: .english)
    #expect(!html.contains("Claims versus outcomes") && !html.contains("outcome"))
  }
}
