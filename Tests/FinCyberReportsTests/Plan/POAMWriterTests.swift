import FinCyberCore
@testable import FinCyberReports
import FinCyberTestSupport
import Foundation
import Testing

/// The plan of action and milestones against NIST's official POA&M schema (read from ../shared,
/// never copied), and what it says of the plan.
@Suite struct POAMWriterTests {
  static let schema = ExternalTools.sharedReference.appendingPathComponent("oscal-1.0.6/oscal_poam_schema.xsd").path

  /// Every sample's plan, with an owner, a budget and an approval on the first initiative and the
  /// last one rejected, so that every part of the document is written.
  @Test(arguments: MiniInitiatives.samples, Language.allCases)
  func everySamplesPlanValidatesAgainstTheOfficialSchema(_ sample: String, _ language: Language) throws {
    var (input, plan, sha256) = try PlanFixtures.planned(sample)
    #expect(plan.items.count == 3, "each sample has gaps in the three initiatives")
    plan.items[0].owner = "CISO & <team>"
    plan.items[0].budget = ImprovementPlan.Budget(amount: 1_500_000, currency: "TWD")
    plan.items[0].decision = ImprovementPlan.Decision(kind: .approved, date: "2026-12-15", by: "Board")
    plan.items[2].decision = ImprovementPlan.Decision(kind: .rejected, date: "2026-12-15", by: "Board")
    let bytes = try #require(try POAMWriter.xml(input, plan: plan, planSHA256: sha256, language: language))
    let result = try ExternalTools.xmllint(bytes, schema: Self.schema)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func risksDeadlinesAndMilestonesFollowTheSchedule() throws {
    let (input, plan, sha256) = try PlanFixtures.editedBankPlan()
    let text = String(decoding: try #require(try POAMWriter.xml(input, plan: plan, planSHA256: sha256, language: .english)), as: UTF8.self)
    // Three open initiatives: three risks and three items, and one item for the ten gaps no
    // initiative covers.
    #expect(text.components(separatedBy: "<risk ").count - 1 == 3)
    #expect(text.components(separatedBy: "<poam-item ").count - 1 == 4)
    #expect(text.contains("<p>These gaps are in no initiative and need a plan of their own: P2.SD.SB.A.1, P2.SD.MA.A.1, P2.ZT.IA.A.3, P2.ZT.ZA.A.1, P2.VA.DP.A.1, P2.CM.EP.A.1, P3.SC.CO.A.1, P3.SC.CL.A.1, P3.CD.VR.A.2 and P3.IC.EW.A.2.</p>"))
    // Board metrics: 2027Q1, in progress, approved, owned. Risk register: after it, 2027Q2 to
    // 2027Q3. Zero trust: 2027Q1 to 2027Q3. Times in the questionnaire's +08:00.
    #expect(text.contains("<title>Board security metrics</title>\n    <description>\n      <p>Security metrics and a reporting rhythm the board approves</p>"))
    #expect(text.contains("<status>remediating</status>"))
    #expect(text.contains("<deadline>2027-03-31T23:59:59+08:00</deadline>\n    <response uuid=\"") && text.contains("lifecycle=\"planned\""))
    #expect(text.components(separatedBy: "<deadline>2027-09-30T23:59:59+08:00</deadline>").count - 1 == 2)
    #expect(text.contains("<on-date date=\"2027-04-01T00:00:00+08:00\"/>"), "the risk register starts after the board metrics")
    #expect(text.components(separatedBy: "lifecycle=\"recommendation\"").count - 1 == 2, "no decision yet")
    #expect(text.contains("<p>The gaps it closes: P2.CM.HC.A.1 and P2.CM.HC.A.2.</p>"))
    #expect(text.contains("<prop name=\"closes\" ns=\"urn:fincyber:oscal\" class=\"target\" value=\"P2.ET.PQ.A.1\"/>"))
    #expect(text.contains("<name>資安長 CISO</name>") && text.contains("<actor type=\"party\" actor-uuid="))
    #expect(text.contains("<p>Board decision: Approved (2026-12-15, 董事會 Board)</p>"))
    #expect(text.contains("<last-modified>2026-11-30T00:00:00+08:00</last-modified>"))
    #expect(text.contains("<rlink href=\"urn:fincyber:plan:\(sha256)\">"))
  }

  @Test func aRejectedInitiativeIsAnAcceptedRiskWithoutDeadline() throws {
    var (input, plan, sha256) = try PlanFixtures.editedBankPlan()
    let index = try #require(plan.items.firstIndex { $0.initiative == "INI.ZT" })
    plan.items[index].decision = ImprovementPlan.Decision(kind: .rejected, date: "2026-12-15", by: "Board")
    let text = String(decoding: try #require(try POAMWriter.xml(input, plan: plan, planSHA256: sha256, language: .english)), as: UTF8.self)
    let zeroTrust = try #require(text.components(separatedBy: "</risk>").first { $0.contains("<title>Zero trust architecture</title>") })
    #expect(zeroTrust.contains("<status>deviation-approved</status>"))
    #expect(!zeroTrust.contains("<deadline>") && !zeroTrust.contains("<task "))
    #expect(text.components(separatedBy: "<deadline>").count - 1 == 2)
  }

  @Test func timesAreInTheQuestionnairesTimeZone() throws {
    var (input, plan, sha256) = try PlanFixtures.editedBankPlan()
    input.assessment.questionnaire.timeZone = "Z"
    plan.items = plan.items.filter { $0.initiative == "INI.BOARD" }
    let text = String(decoding: try #require(try POAMWriter.xml(input, plan: plan, planSHA256: sha256, language: .english)), as: UTF8.self)
    #expect(text.contains("<last-modified>2026-11-30T00:00:00Z</last-modified>"))
    #expect(text.contains("<deadline>2027-03-31T23:59:59Z</deadline>"))
  }

  @Test func idsAreStableAndTheDocumentsFollowsThePlanFile() throws {
    let (input, plan, sha256) = try PlanFixtures.editedBankPlan()
    let first = String(decoding: try #require(try POAMWriter.xml(input, plan: plan, planSHA256: sha256, language: .english)), as: UTF8.self)
    let again = String(decoding: try #require(try POAMWriter.xml(input, plan: plan, planSHA256: sha256, language: .english)), as: UTF8.self)
    #expect(first == again)
    let edited = String(decoding: try #require(try POAMWriter.xml(input, plan: plan, planSHA256: String(repeating: "0", count: 64), language: .english)), as: UTF8.self)
    let risks = { (text: String) in text.components(separatedBy: "<risk uuid=\"").dropFirst().map { $0.prefix(36) } }
    #expect(risks(first) == risks(edited) && risks(first).count == 3, "a risk keeps its id when the plan file changes")
    #expect(first.prefix(200) != edited.prefix(200), "the document's own id follows the plan file")
  }

  @Test func aPlanWithNothingOpenHasNoDocument() throws {
    var (input, plan, sha256) = try PlanFixtures.editedBankPlan()
    for index in plan.items.indices { plan.items[index].status = .done }
    #expect(try POAMWriter.xml(input, plan: plan, planSHA256: sha256, language: .english) != nil, "the uncovered gaps are still open")
    plan.uncovered = []
    #expect(try POAMWriter.xml(input, plan: plan, planSHA256: sha256, language: .english) == nil)
  }

  @Test func theLastDayOfAQuarter() {
    #expect(POAMWriter.lastDay(of: "2027Q1") == "2027-03-31" && POAMWriter.lastDay(of: "2027Q2") == "2027-06-30")
    #expect(POAMWriter.lastDay(of: "2027Q3") == "2027-09-30" && POAMWriter.lastDay(of: "2027Q4") == "2027-12-31")
  }
}
