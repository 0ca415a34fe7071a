import FinCyberCore
import FinCyberReports
import Testing
import FinCyberTestSupport

/// Trend deltas, worked out by hand from the mini bank's fixtures.
///
/// 2026Q1 → 2026Q2: D1.GV.RM.B.1 went from yes to no; D2.PR.ZT.E.1 from no to yes. Targets are
/// advanced in both domains both times, so the gaps were BO.Int.1, BO.A.1, ZT.E.1, ZT.Int.1, ZT.A.1
/// in 2026Q1 and RM.B.1, BO.Int.1, BO.A.1, ZT.Int.1, ZT.A.1 in 2026Q2.
@Suite struct TrendTests {
  static func records() throws -> [GapAnalysis] {
    try ["2026Q2", "2026Q1"].map { GapAnalysis(try GoldenReportTests.input($0).0) }
  }

  @Test func assessmentsAreOrderedByPeriod() throws {
    let trend = try Trend(try Self.records(), sources: ["q2.xml", "q1.xml"])
    #expect(trend.records.map(\.period) == ["2026Q1", "2026Q2"])
    #expect(trend.domains.map(\.id) == ["D1", "D2"])
    #expect(trend.domains[1].points.map(\.achieved) == ["baseline", "evolving"])
    // 2026Q1: BO stops at evolving (Int.1 is no), RM reaches advanced: D1 is evolving.
    #expect(trend.domains[0].points.map(\.achieved) == ["evolving", "below-baseline"])
  }

  @Test func closedOpenedAndRegressed() throws {
    let trend = try Trend(try Self.records(), sources: ["q2.xml", "q1.xml"])
    let step = try #require(trend.steps.first)
    #expect(step.closed == ["D2.PR.ZT.E.1"])
    #expect(step.opened == ["D1.GV.RM.B.1"])
    #expect(step.regressions == ["D1.GV.RM.B.1"])
    #expect(step.compared == 16)
    #expect(!step.acrossVersions)
  }

  @Test func mostImprovedComponents() throws {
    // ZT: 1 of 5 met (20%) → 2 of 5 (40%). RM fell (3 of 4 → 2 of 4); BO did not move.
    let trend = try Trend(try Self.records(), sources: ["q2.xml", "q1.xml"])
    #expect(trend.mostImproved.map(\.id) == ["D2.PR.ZT"])
    #expect(trend.mostImproved.first?.firstPercent == 20)
    #expect(trend.mostImproved.first?.lastPercent == 40)
  }

  @Test func outcomesOverTime() throws {
    let trend = try Trend(try Self.records(), sources: ["q2.xml", "q1.xml"])
    #expect(trend.indicators.map(\.id) == ["OI.D1.BOARD", "OI.D2.PATCH"])
    #expect(trend.indicators[1].values.map(\.value) == ["21.5", "21.5"])
    #expect(trend.indicators[1].values.map(\.reached) == ["baseline", "baseline"])
  }

  @Test func anotherInstitutionIsRefusedUnlessAllowed() throws {
    var records = try Self.records()
    records[1].institutionID = "another-bank"
    records[1].institutionName = "Another Bank"
    let error = #expect(throws: FinCyberError.self) { try Trend(records, sources: ["q2.xml", "other.xml"]) }
    #expect(error?.diagnostics.first?.file == "other.xml")
    #expect(error?.diagnostics.first?.message.contains("this assessment is of 'Another Bank'") == true)
    #expect(throws: Never.self) { try Trend(records, sources: ["q2.xml", "other.xml"], allowMixed: true) }
  }

  @Test func twoFilesForOnePeriodAreRefused() throws {
    let records = try Self.records()
    #expect(throws: FinCyberError.self) { try Trend([records[0], records[0]], sources: ["a.xml", "b.xml"]) }
  }

  @Test func oneAssessmentIsNotATrend() throws {
    #expect(throws: FinCyberError.self) { try Trend([try Self.records()[0]], sources: ["a.xml"]) }
  }
}

@Suite struct TrendOutputTests {
  @Test func trendXMLIsValidAgainstItsSchema() throws {
    let trend = try Trend(try TrendTests.records(), sources: ["q2.xml", "q1.xml"])
    let bytes = try TrendWriter.xml(trend)
    let schema = ReportFixtures.root.appendingPathComponent("Reports/schema/trend.xsd").path
    let result = try ExternalTools.xmllint(bytes, schema: schema)
    #expect(result.status == 0, "\(result.output)")
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("<regression statement=\"D1.GV.RM.B.1\"/>"))
    #expect(text.contains("format-version=\"2\"") && text.contains("<domain id=\"D1\">") && !text.contains("pillar"))
    #expect(try TrendWriter.xml(trend) == bytes)
  }

  @Test func trendPageEscapesAndNamesRegressionsFirst() throws {
    var records = try TrendTests.records()
    records[0].institutionName = "<b>Bank</b> & \"Co\""
    records[1].institutionName = "<b>Bank</b> & \"Co\""
    let html = try TrendPage().html(try Trend(records, sources: ["a", "b"]), questionnaire: ReportFixtures.mini, language: .english)
    #expect(html.contains("&lt;b&gt;Bank&lt;/b&gt; &amp; &quot;Co&quot;"))
    let regressions = try #require(html.range(of: "Regressions (met before, not met now)"))
    let closed = try #require(html.range(of: "Gaps closed"))
    #expect(regressions.lowerBound < closed.lowerBound)
  }

  @Test func eachStepShowsEveryDomainThenAndNowAfterItsRegressions() throws {
    let html = try TrendPage().html(try Trend(try TrendTests.records(), sources: ["a", "b"]), questionnaire: ReportFixtures.mini, language: .english)
    #expect(html.contains(
      "<tr><th scope=\"row\">D1 Governance</th><td><strong><span aria-hidden=\"true\">▼</span> Evolving → Below Baseline</strong></td><td class=\"number\">75.0% → 62.5%</td><td class=\"number\">0</td><td class=\"number\">1</td></tr>"))
    #expect(html.contains(
      "<tr><th scope=\"row\">D2 Protection</th><td>Baseline → Evolving</td><td class=\"number\">25.0% → 50.0%</td><td class=\"number\">1</td><td class=\"number\">0</td></tr>"))
    #expect(html.contains("<p>In all: 1 gap closed, 1 opened.</p>"))
    let regressions = try #require(html.range(of: "Regressions (met before, not met now)"))
    let table = try #require(html.range(of: "<table class=\"change\">"))
    #expect(regressions.lowerBound < table.lowerBound)
  }
}

/// A trend across a questionnaire version change compares only what is shared or mapped.
@Suite struct TrendAcrossVersionsTests {
  @Test func theRevisionMapLinksReplacedAndSplitStatements() throws {
    let core = ReportFixtures.root.appendingPathComponent("Tests/FinCyberCoreTests/Fixtures")
    let v2 = try Loader.questionnaire(at: core.appendingPathComponent("mini-questionnaire-v2.xml").path)
    let (q2, _) = try GoldenReportTests.input("2026Q2")
    var migrated = try Migration.migrate(q2.assessment.responses, from: ReportFixtures.mini, to: v2, newPath: "v2.xml").responses
    migrated.period = "2026Q3"
    migrated.date = "2026-09-30"
    // In 2026Q3 the bank fixes RM.B.1 and no longer meets the reworded BO.E.2.
    migrated.answers["D1.GV.RM.B.1"]?.value = .yes
    migrated.answers["D1.GV.BO.E.2"] = Answer(statementID: "D1.GV.BO.E.2", value: .no)
    let q3 = GapAnalysis(ReportInput(assessment: Scorer.score(migrated, against: v2), questionnaireSHA256: q2.questionnaireSHA256, responsesSHA256: q2.responsesSHA256))
    let trend = try Trend([GapAnalysis(q2), q3], sources: ["q2.xml", "q3.xml"], revisions: [v2.revision!])
    let step = try #require(trend.steps.first)
    #expect(step.acrossVersions)
    // v1 had 16 statements, v2 17: BO.E.1 → BO.E.2, RM.Int.1 → Int.2 and Int.3, ZT.Inn.1 retired, ZT.A.2 new.
    // Comparable in v2: 13 unchanged + BO.E.2 + RM.Int.2 + RM.Int.3 = 16 (ZT.A.2 has no predecessor).
    #expect(step.compared == 16)
    // BO.E.1 was met by a compensating control; its replacement is now `no`: a regression through the map.
    #expect(step.regressions == ["D1.GV.BO.E.2"])
    #expect(step.closed.contains("D1.GV.RM.B.1"))
    // ZT.A.2 is new in v2 and the migrated file leaves it unanswered: it counts in 2026Q3 only, as not met.
    #expect(step.added == ["D2.PR.ZT.A.2"])
    #expect(step.addedNotMet == ["D2.PR.ZT.A.2"])
    let xml = String(decoding: try TrendWriter.xml(trend), as: UTF8.self)
    #expect(xml.contains(#"<added statement="D2.PR.ZT.A.2" met="false"/>"#))
    let html = try TrendPage().html(trend, questionnaire: v2, language: .english)
    #expect(html.contains("New statements not yet met (they lower levels)"))
  }
}
