import FinCyberCore
import FinCyberTestSupport
import Foundation
import Testing

/// `fincyber plan` round-trips: made, edited by hand, updated from the next quarter, and no edit
/// is lost; a broken plan file is refused and left as it was.
@Suite struct PlanCommandTests {
  /// A folder with the mini questionnaire with initiatives and two quarters of a bank's answers:
  /// in 2026Q2 D1.GV.RM.B.1 (baseline) and D1.GV.BO.Int.1 are no; in 2026Q3 RM.B.1 is yes.
  func folder() throws -> String {
    let folder = try Binary.temporaryFolder()
    try Data(try MiniInitiatives.questionnaire().utf8).write(to: URL(fileURLWithPath: folder + "/model.xml"))
    let answers = { (period: String, date: String, rm: String) in
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="mini" questionnaire-version="1">
        <institution id="mini-bank" sector="bank" tier="bank-1"><name>Mini Bank</name></institution>
        <assessment date="\(date)" period="\(period)"><assessor>CISO</assessor></assessment>
        <answers>
          <answer statement="D1.GV.BO.B.1" value="yes"/><answer statement="D1.GV.BO.B.2" value="yes"/>
          <answer statement="D1.GV.BO.E.1" value="yes"/><answer statement="D1.GV.BO.Int.1" value="no"/>
          <answer statement="D1.GV.RM.B.1" value="\(rm)"/><answer statement="D1.GV.RM.E.1" value="yes"/><answer statement="D1.GV.RM.Int.1" value="yes"/>
          <answer statement="D2.PR.ZT.B.1" value="yes"/><answer statement="D2.PR.ZT.E.1" value="yes"/>
        </answers>
      </responses>
      """
    }
    try Data(answers("2026Q2", "2026-06-30", "no").utf8).write(to: URL(fileURLWithPath: folder + "/q2.xml"))
    try Data(answers("2026Q3", "2026-09-30", "yes").utf8).write(to: URL(fileURLWithPath: folder + "/q3.xml"))
    return folder
  }

  @Test func everyHandEditSurvivesTheNextQuarter() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let made = try Binary.run(["plan", "--questionnaire", "model.xml", "--responses", "q2.xml", "--out", "plan.xml"], in: folder)
    #expect(made.status == 0, "\(made.error)")
    #expect(made.output.contains("wrote plan.xml"))
    #expect(try Binary.xmllint(folder + "/plan.xml", schema: "Reports/schema/plan.xsd") == 0)
    // The CISO edits the file by hand: an owner, a budget, the board's decision, a note.
    var text = try String(contentsOfFile: folder + "/plan.xml", encoding: .utf8)
    text = text.replacingOccurrences(
      of: #"<initiative id="INI.RISK" effort="m" cost="low" quarters="2" status="planned">"#,
      with: #"<initiative id="INI.RISK" effort="l" cost="low" quarters="3" overrides="effort quarters" status="in-progress" start="2026Q4">"#
        + "\n    <owner>資安長 CISO</owner>\n    <budget amount=\"1200000\" currency=\"TWD\"/>"
        + "\n    <decision kind=\"approved\" date=\"2026-07-20\" by=\"董事會 Board\">With the Q3 budget</decision>\n    <note>Vendor chosen</note>")
    #expect(text.contains("<owner>資安長 CISO</owner>"), "the edit found its place")
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/plan.xml"))
    let updated = try Binary.run(["plan", "--questionnaire", "model.xml", "--responses", "q3.xml", "--out", "plan.xml"], in: folder)
    #expect(updated.status == 0, "\(updated.error)")
    #expect(updated.output.contains("updated plan.xml"))
    let plan = try PlanReader.read(try InputFile.read(folder + "/plan.xml"), path: "plan.xml")
    let risk = try #require(plan.items.first { $0.initiative == "INI.RISK" })
    #expect(risk.owner == "資安長 CISO" && risk.budget?.amount == 1_200_000 && risk.decision?.by == "董事會 Board")
    #expect(risk.note == "Vendor chosen" && risk.status == .inProgress && risk.start == "2026Q4")
    #expect(risk.effort == "l" && risk.quarters == 3 && risk.overrides == ["effort", "quarters"])
    #expect(risk.closes.isEmpty && risk.allClosedIn == "2026Q3", "closed, and kept")
    #expect(plan.period == "2026Q3")
  }

  @Test func aBrokenOrForeignPlanIsRefusedAndLeftAsItWas() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["plan", "--questionnaire", "model.xml", "--responses", "q2.xml", "--out", "plan.xml"], in: folder).status == 0)
    let good = try String(contentsOfFile: folder + "/plan.xml", encoding: .utf8)
    for (broken, message) in [
      (good.replacingOccurrences(of: "status=\"planned\"", with: "status=\"someday\""), "plan.xml:"),
      (good.replacingOccurrences(of: "<plan xmlns", with: "<!DOCTYPE plan [<!ENTITY x \"y\">]>\n<plan xmlns"), "a DOCTYPE declaration is not allowed"),
      (good.replacingOccurrences(of: "id=\"mini-bank\"", with: "id=\"another-bank\""), "this plan is for 'another-bank' (Mini Bank), the answers are of 'mini-bank' (Mini Bank)"),
    ] {
      try Data(broken.utf8).write(to: URL(fileURLWithPath: folder + "/plan.xml"))
      let result = try Binary.run(["plan", "--questionnaire", "model.xml", "--responses", "q3.xml", "--out", "plan.xml"], in: folder)
      #expect(result.status == 1)
      #expect(result.error.contains(message), "\(result.error)")
      #expect(try String(contentsOfFile: folder + "/plan.xml", encoding: .utf8) == broken, "nothing written")
    }
  }

  @Test func aModelWithoutInitiativesSaysSo() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Version 1.1.0 of the Roadmap model predates its initiatives (2.0.0 added them).
    let root = Binary.packageRoot.path
    let result = try Binary.run(
      [
        "plan", "--questionnaire", root + "/Questionnaires/fsc-resilience-roadmap-1.1.xml",
        "--responses", root + "/Questionnaires/samples/formosa-bank-2026Q4-v1.1.xml", "--out", "plan.xml",
      ], in: folder)
    #expect(result.status == 1)
    #expect(result.error.contains("defines no remediation initiatives"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/plan.xml"))
  }
}
