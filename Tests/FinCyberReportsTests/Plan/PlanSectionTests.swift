import FinCyberCore
import FinCyberReports
import FinCyberTestSupport
import Foundation
import Testing

/// The roadmap section of the board report, checked by hand against the bank's plan.
///
/// The bank (2026Q4, questionnaire 2.0.0) has, with the test initiatives, eleven P2 gaps out of 135
/// applicable statements up to its target (124 met, 91.9%) and seven P3 gaps out of 102 (95 met,
/// 93.1%; P3.SC.MO.Int.3 holds P3 at Evolving). Its edited plan (``PlanFixtures/editedBankPlan()``):
/// board metrics (P3.SC.MO.Int.3, A.1, A.2; 1 quarter) approved, 2027Q1, TWD 800,000; risk register
/// (P2.CM.HC.A.1, A.2; 2 quarters, after board metrics) 2027Q2–2027Q3, TWD 1,200,000, so 600,000 a
/// quarter; zero trust (P2.ET.AI.A.1, A.2, P2.ET.PQ.A.1; 3 quarters) 2027Q1–2027Q3, no budget.
/// So P3 reaches Intermediate, 98/102 = 96.1%, after 2027Q1, P2 129/135 = 95.6% after 2027Q3;
/// neither reaches its target, since ten gaps are in no initiative.
@Suite struct PlanSectionTests {
  func section(_ language: Language) throws -> String {
    let (input, plan, _) = try PlanFixtures.editedBankPlan()
    let html = try GapReportPage().html(input, language: language, plan: plan)
    let start = try #require(html.range(of: "<section id=\"plan\""))
    return String(html[start.lowerBound..<html.range(of: "</section>", range: start.upperBound..<html.endIndex)!.upperBound])
  }

  @Test func decisionsRequestedComeFirst() throws {
    let html = try section(.english)
    let decisions = try #require(html.components(separatedBy: "<table class=\"decisions\">").last?.components(separatedBy: "</table>").first)
    #expect(html.range(of: "Decisions requested")!.lowerBound < html.range(of: "Quarter by quarter")!.lowerBound)
    // The board metrics are approved: only the other two are asked for.
    #expect(!decisions.contains("Board security metrics"))
    #expect(decisions.contains(
      "<tr><th scope=\"row\">Security risk register<br><span class=\"note\">A risk register that covers every subsidiary</span></th><td>Low (up to NT$1 million)<br><span class=\"note\">Effort band: Medium (three to twelve person-months)</span></td><td>TWD 1,200,000</td><td>2027Q2</td><td><strong>2027Q3</strong></td></tr>"))
    #expect(decisions.contains("<td class=\"note\">not set yet</td><td>2027Q1</td><td><strong>2027Q3</strong></td>"))
  }

  @Test func quartersBudgetsAndProjections() throws {
    let html = try section(.english)
    #expect(html.contains("<tr><th scope=\"row\">2027Q1</th><td>Board security metrics and Zero trust architecture</td><td>Board security metrics</td><td class=\"number\">TWD 800,000<br><span class=\"note\">1 more initiative has no budget yet</span></td></tr>"))
    #expect(html.contains("<tr><th scope=\"row\">2027Q2</th><td>Security risk register and Zero trust architecture</td><td>—</td><td class=\"number\">TWD 600,000<br>"))
    #expect(html.contains("<tr><th scope=\"row\">2027Q3</th><td>Security risk register and Zero trust architecture</td><td>Security risk register and Zero trust architecture</td><td class=\"number\">TWD 600,000<br>"))
    #expect(!html.contains("2027Q4"), "the roadmap ends with the last initiative due")
    #expect(html.contains("<tr><th scope=\"row\">P2 Holistic protection</th><td>Intermediate (91.9%)</td><td>Intermediate (91.9%)</td><td>Intermediate (91.9%)</td><td>Intermediate (95.6%)</td><td><strong>Advanced</strong></td></tr>"))
    #expect(html.contains("<tr><th scope=\"row\">P3 Ecosystem joint defence</th><td>Evolving (93.1%)</td><td>Intermediate (96.1%)</td><td>Intermediate (96.1%)</td><td>Intermediate (96.1%)</td>"))
    #expect(html.contains("<td>Advanced (100.0%) ✔</td>"))
    #expect(html.contains("When the plan is done, P2 Holistic protection and P3 Ecosystem joint defence will still be below target"))
  }

  @Test func theMostUrgentInitiativesAreNamedInWordsAcrossDomains() throws {
    let html = try section(.english)
    #expect(html.contains("<h3 id=\"plan-urgent\">The three most urgent initiatives</h3>"))
    #expect(html.contains("<li><strong>Board security metrics</strong> (P3 Ecosystem joint defence; closes 3 gaps; due 2027Q1): Security metrics and a reporting rhythm the board approves</li>"))
    #expect(html.contains("<li><strong>Zero trust architecture</strong> (P2 Holistic protection; closes 3 gaps; due 2027Q3)"))
    // Statement ids only in the folded appendix.
    let (body, appendix) = (html.components(separatedBy: "<details")[0], html.components(separatedBy: "<details")[1])
    for id in ["P3.SC.MO.A.1", "P2.CM.HC.A.2", "P2.ET.PQ.A.1", "P2.SD.SB.A.1"] {
      #expect(!body.contains(id) && appendix.contains("<code>\(id)</code>"), "\(id)")
    }
    #expect(appendix.contains("<h4>Board security metrics <span class=\"note\">In progress · Approved</span></h4>"))
    #expect(appendix.contains("<h4>Gaps in no initiative</h4>"))
  }

  @Test func inTraditionalChinese() throws {
    let html = try section(.traditionalChinese)
    #expect(html.contains("<h3 id=\"plan-decisions\">請董事會決議事項</h3>"))
    #expect(html.contains("<td>低（新臺幣一百萬元以下）<br><span class=\"note\">工作量級距：中（三至十二人月）</span></td><td>TWD 1,200,000</td>"))
    #expect(html.contains("<td class=\"note\">尚未編列</td>"))
    #expect(html.contains("<td class=\"number\">TWD 800,000<br><span class=\"note\">另有 1 項專案尚未編列預算</span></td>"))
    #expect(html.contains("<tr><th scope=\"row\">P2 全域防護</th><td>中階（91.9%）</td>"))
    #expect(html.contains("<h3 id=\"plan-urgent\">最優先之三項改善專案</h3>"))
    #expect(html.contains("<li><strong>董事會資安指標</strong>（P3 生態聯防；補足 3 項缺口；2027Q1 完成）：董事會核定之資安指標與報告節奏</li>"))
    #expect(!html.contains("Decisions requested") && !html.contains("not set yet"))
  }

  /// With the ten uncovered gaps added to the board metrics (six of P2, four of P3), P3 has none
  /// left after 2027Q1, P2 130/135 = 96.3% then, and none after 2027Q3.
  @Test func theQuarterEveryDomainReachesItsTarget() throws {
    var (input, plan, _) = try PlanFixtures.editedBankPlan()
    let index = try #require(plan.items.firstIndex { $0.initiative == "INI.BOARD" })
    plan.items[index].closes += plan.uncovered
    let html = try GapReportPage().html(input, language: .english, plan: plan)
    #expect(html.contains("<tr><th scope=\"row\">P3 Ecosystem joint defence</th><td>Evolving (93.1%)</td><td>Advanced (100.0%) ✔</td>"))
    #expect(html.contains("<td>Intermediate (91.9%)</td><td>Intermediate (96.3%)</td><td>Intermediate (96.3%)</td><td>Advanced (100.0%) ✔</td><td><strong>Advanced</strong></td>"))
    #expect(html.contains("On this plan every pillar reaches its target by the end of 2027Q3."))
  }

  @Test(arguments: Language.allCases)
  func noSectionWithoutAPlan(_ language: Language) throws {
    let (input, plan, _) = try PlanFixtures.editedBankPlan()
    let page = try GapReportPage()
    #expect(!page.html(input, language: language).contains("id=\"plan\""))
    #expect(page.html(input, language: language, plan: plan).contains("<section id=\"plan\""))
  }

  @Test func everyInitiativeDecidedAndNothingDue() throws {
    var (input, plan, _) = try PlanFixtures.editedBankPlan()
    for index in plan.items.indices { plan.items[index].decision = ImprovementPlan.Decision(kind: .approved, date: "2026-12-15", by: "Board") }
    #expect(try GapReportPage().html(input, language: .english, plan: plan).contains("No decision is requested: every open initiative has the board&#39;s decision."))
    for index in plan.items.indices { plan.items[index].status = .done }
    let html = try GapReportPage().html(input, language: .english, plan: plan)
    #expect(html.contains("The improvement plan (2026Q4) has no initiative left to finish."))
    #expect(!html.contains("Quarter by quarter") && !html.contains("most urgent initiative"))
  }
}
