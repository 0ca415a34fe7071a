import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// The gap report names the rule behind each gap that cites one (for a compliance-baseline gap,
/// the rule that makes it one) and lists the model's defined terms in its method section.
@Suite struct RulesAndGlossaryTests {
  /// The insurer's one compliance-baseline gap: late patches (P2.VA.VM.B.2), resting on two
  /// self-regulatory rules the model names.
  @Test func aComplianceBaselineGapNamesItsRules() throws {
    let input = try SampleOutputsTests.input("anping-insurance-2026Q4.xml")
    let english = try GapReportPage().html(input, language: .english)
    let baseline = try #require(english.range(of: "<article class=\"gap baseline\">"))
    let card = english[baseline.lowerBound...].split(separator: "</article>", maxSplits: 1)[0]
    #expect(card.contains("<code>P2.VA.VM.B.2</code>"))
    #expect(card.contains(
      "<dt>Rules it rests on</dt><dd>Cybersecurity protection baseline for financial institutions (The financial industry associations); "
        + "Self-regulatory rules on information security protection for insurers (The financial industry associations)</dd>"))
    let chinese = try GapReportPage().html(input, language: .traditionalChinese)
    #expect(chinese.contains("<dt>所依規定</dt><dd>金融機構資通安全防護基準（"))
  }

  /// A gap whose statement cites no rule shows no rule line.
  @Test func aGapWithoutARuleShowsNone() throws {
    let input = try SampleOutputsTests.input("cuifeng-securities-2026Q4.xml")
    let html = try GapReportPage().html(input, language: .english)
    let start = try #require(html.range(of: "<code>P4.BC.MS.Int.3</code>"))
    let card = html[start.lowerBound...].split(separator: "</article>", maxSplits: 1)[0]
    #expect(!card.contains("Rules it rests on"))
  }

  @Test func theMethodSectionDefinesTheModelsTerms() throws {
    let input = try SampleOutputsTests.input("formosa-bank-2026Q4.xml")
    let html = try GapReportPage().html(input, language: .english)
    let method = try #require(html.range(of: "<section id=\"method\""))
    let section = html[method.lowerBound...].split(separator: "</section>", maxSplits: 1)[0]
    #expect(section.contains("<h3>Defined terms</h3>"))
    #expect(section.components(separatedBy: "<dt>").count - 1 == input.assessment.questionnaire.glossary.count)
    #expect(section.contains("<dt>critical service</dt>"))
    let zh = try GapReportPage().html(input, language: .traditionalChinese)
    #expect(zh.contains("<h3>名詞定義</h3>") && zh.contains("<dt>關鍵服務</dt>"))
  }

  /// A model without a glossary gets no empty list.
  @Test func noGlossaryNoList() throws {
    let html = try GapReportPage().html(try ReportFixtures.hostileInput(), language: .english)
    #expect(!html.contains("Defined terms"))
  }
}
