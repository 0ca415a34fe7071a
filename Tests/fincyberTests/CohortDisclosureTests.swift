import Foundation
import Testing

/// What `fincyber cohort` publishes about small groups, and which files it lets stand for an
/// institution: run as a coach runs it, on response files written for each case.
@Suite struct CohortDisclosureTests {
  static let mini = Binary.fixture("mini-questionnaire.xml")
  /// The mini questionnaire's statements, in model order.
  static let statements = [
    "D1.GV.BO.B.1", "D1.GV.BO.B.2", "D1.GV.BO.E.1", "D1.GV.BO.Int.1", "D1.GV.BO.A.1", "D1.GV.BO.Inn.1", "D1.GV.RM.B.1", "D1.GV.RM.E.1",
    "D1.GV.RM.Int.1", "D1.GV.RM.A.1", "D1.GV.RM.Inn.1", "D2.PR.ZT.B.1", "D2.PR.ZT.E.1", "D2.PR.ZT.Int.1", "D2.PR.ZT.A.1", "D2.PR.ZT.Inn.1",
  ]

  /// Writes a response file for the mini questionnaire that meets its first `met` statements.
  static func write(
    _ folder: String, _ id: String, sector: String, tier: String, met: Int, date: String = "2026-09-30", period: String = "2026Q3",
    file: String? = nil, outcome: String? = nil
  ) throws {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="mini" questionnaire-version="1">
        <institution id="\(id)" sector="\(sector)" tier="\(tier)"><name>Institution \(id)</name></institution>
        <assessment date="\(date)" period="\(period)"><assessor>CISO</assessor></assessment>
        <answers>

      """
    for (index, statement) in statements.enumerated() {
      xml += "    <answer statement=\"\(statement)\" value=\"\(index < met ? "yes" : "no")\"/>\n"
    }
    xml += "  </answers>\n"
    if let outcome { xml += "  <outcomes><outcome indicator=\"OI.D2.PATCH\" value=\"\(outcome)\"/></outcomes>\n" }
    xml += "</responses>\n"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try xml.write(toFile: folder + "/" + (file ?? id + ".xml"), atomically: true, encoding: .utf8)
  }

  /// A written report's text.
  static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  @Test func groupsOfOneAndTwoAreWithheldAndSoAreGroupsThatWouldGiveThemAway() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Five bank-1 banks, two bank-3 banks, one insurer: the bank-1 tier is large enough, but the
    // bank sector less it would be the two bank-3 banks, and the cohort less the bank sector the insurer.
    for number in 1...5 { try Self.write(folder + "/in", "big-\(number)", sector: "bank", tier: "bank-1", met: 10 + number) }
    for number in 1...2 { try Self.write(folder + "/in", "small-\(number)", sector: "bank", tier: "bank-3", met: number) }
    try Self.write(folder + "/in", "lone-insurer", sector: "insurance", tier: "insurance-1", met: 7, outcome: "3")
    let result = try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "out", "--lang", "en"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("withheld the figures of 5 groups (minimum 5 institutions)"), "\(result.output)")
    let xml = try Self.read(folder + "/out/cohort.xml")
    #expect(try Binary.xmllint(folder + "/out/cohort.xml", schema: "Reports/schema/cohort.xsd") == 0)
    #expect(xml.contains("min-group=\"5\""))
    // Only the whole cohort of eight is published.
    #expect(xml.components(separatedBy: "<group ").count == 2)
    #expect(xml.contains("<group kind=\"cohort\" id=\"all\" institutions=\"8\""))
    #expect(xml.contains("<suppressed-group kind=\"tier\" id=\"insurance-1\" sector=\"insurance\" reason=\"fewer-than-minimum\"/>"))
    #expect(xml.contains("<suppressed-group kind=\"tier\" id=\"bank-3\" sector=\"bank\" reason=\"fewer-than-minimum\"/>"))
    #expect(xml.contains("<suppressed-group kind=\"tier\" id=\"bank-1\" sector=\"bank\" reason=\"protects-smaller-group\"/>"))
    #expect(xml.contains("<suppressed-group kind=\"sector\" id=\"bank\" reason=\"protects-smaller-group\"/>"))
    // One institution measured the outcome: withheld.
    #expect(xml.contains("<suppressed-indicator id=\"OI.D2.PATCH\" reason=\"fewer-than-minimum\"/>"))
    let html = try Self.read(folder + "/out/cohort.html")
    #expect(html.contains("Fewer than 5 institutions: figures withheld."))
    #expect(html.contains("Figures withheld so that those of a group of fewer than 5 institutions cannot be worked out from them."))
    #expect(html.contains("Measured by fewer than 5 institutions: withheld"))
    #expect(!html.contains("Institutions: 1,") && !html.contains("Institutions: 2,") && !html.contains("Institutions: 5,"))
    // The insurer's position report compares it with the whole cohort and says why.
    let position = try Self.read(folder + "/out/position-lone-insurer.html")
    #expect(position.contains("Compared with: the whole cohort · Peers (this institution included): 8"))
    #expect(position.contains("Your tier has fewer than 5 institutions, so its figures are withheld."))
    #expect(position.contains("Your sector has fewer than 5 institutions, so its figures are withheld."))
  }

  @Test func aGroupOfExactlyTheMinimumIsPublished() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for number in 1...5 { try Self.write(folder + "/in", "bank-\(number)", sector: "bank", tier: "bank-1", met: 10 + number, outcome: String(number)) }
    let result = try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "out", "--lang", "en"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let xml = try Self.read(folder + "/out/cohort.xml")
    #expect(try Binary.xmllint(folder + "/out/cohort.xml", schema: "Reports/schema/cohort.xsd") == 0)
    for group in ["kind=\"cohort\" id=\"all\"", "kind=\"sector\" id=\"bank\"", "kind=\"tier\" id=\"bank-1\" sector=\"bank\""] {
      #expect(xml.contains("<group \(group) institutions=\"5\""), "\(group)")
    }
    #expect(!xml.contains("suppressed-group") && !xml.contains("suppressed-unmet"))
    #expect(xml.contains("<values count=\"5\" minimum=\"1\""))
    #expect(xml.contains("<unmet "))
    let position = try Self.read(folder + "/out/position-bank-3.html")
    #expect(position.contains("Compared with: the institutions of the same sector and tier (Large bank) · Peers (this institution included): 5"))
  }

  @Test func aPositionReportInAGroupOfTwoRevealsNothingOfTheOther() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.write(folder + "/in", "insurer-a", sector: "insurance", tier: "insurance-1", met: 12)
    try Self.write(folder + "/in", "insurer-b", sector: "insurance", tier: "insurance-1", met: 3)
    #expect(try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "first", "--lang", "en"], in: folder).status == 0)
    // The other insurer's answers change: not one byte of A's report may change with them.
    try Self.write(folder + "/in", "insurer-b", sector: "insurance", tier: "insurance-1", met: 16)
    #expect(try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "second", "--lang", "en"], in: folder).status == 0)
    let first = try Self.read(folder + "/first/position-insurer-a.html")
    #expect(first == (try Self.read(folder + "/second/position-insurer-a.html")))
    #expect(first.contains("The whole cohort has fewer than 5 institutions, so no peer figures are given."))
    #expect(!first.contains("Peers (this institution included)"))
    // Asked for groups of two, the coach gets them.
    let two = try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "two", "--lang", "en", "--min-group", "2"], in: folder)
    #expect(two.status == 0)
    #expect(try Self.read(folder + "/two/position-insurer-a.html").contains("Peers (this institution included): 2"))
  }

  @Test func theMinimumGroupSizeIsTwoOrMore() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.write(folder + "/in", "bank", sector: "bank", tier: "bank-1", met: 3)
    let result = try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "out", "--min-group", "1"], in: folder)
    #expect(result.status == 2)
    #expect(result.error.contains("--min-group takes 2 or more"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    let badDay = try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "out", "--today", "2026-12-3"], in: folder)
    #expect(badDay.status == 2)
    #expect(badDay.error.contains("--today takes a date as YYYY-MM-DD"))
  }

  @Test func aFileCannotTakeOverAnotherInstitutionWithAFuturePeriod() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.write(folder + "/in", "formosa-bank", sector: "bank", tier: "bank-1", met: 14)
    // The same id, a far later period: its date is the genuine one's quarter, or itself in the future.
    try Self.write(folder + "/in", "formosa-bank", sector: "bank", tier: "bank-1", met: 0, date: "2026-12-31", period: "2099Q4", file: "zz-fake.xml")
    try Self.write(folder + "/in", "formosa-bank", sector: "bank", tier: "bank-1", met: 0, date: "2099-12-31", period: "2099Q4", file: "zz-future.xml")
    let result = try Binary.run(
      ["cohort", "in", "--questionnaire", Self.mini, "--out", "out", "--lang", "en", "--named", "--today", "2026-12-03"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("scored 1 institutions, skipped 2 files"), "\(result.output)")
    #expect(result.error.contains("in/zz-fake.xml:4:33: the period 2099Q4 begins on 2099-10-01, after the assessment date 2026-12-31"))
    #expect(result.error.contains("in/zz-future.xml:4:15: the assessment date 2099-12-31 is after today, 2026-12-03"))
    let xml = try Self.read(folder + "/out/cohort.xml")
    #expect(xml.contains("<institution id=\"formosa-bank\" name=\"Institution formosa-bank\" sector=\"bank\" tier=\"bank-1\" period=\"2026Q3\"/>"))
  }

  @Test func bothFilesOfOneInstitutionAreNamedInTheNamedReport() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.write(folder + "/in", "formosa-bank", sector: "bank", tier: "bank-1", met: 14, file: "genuine.xml")
    try Self.write(
      folder + "/in", "formosa-bank", sector: "bank", tier: "bank-1", met: 0, date: "2026-11-30", period: "2026Q4", file: "claims-formosa.xml")
    let named = try Binary.run(
      ["cohort", "in", "--questionnaire", Self.mini, "--out", "named", "--lang", "en", "--named", "--today", "2026-12-03"], in: folder)
    #expect(named.status == 0, "\(named.error)")
    #expect(named.error.contains("set aside in/genuine.xml: period 2026Q3 of an institution whose 2026Q4 assessment (in/claims-formosa.xml) is counted"))
    let xml = try Self.read(folder + "/named/cohort.xml")
    #expect(xml.contains("set-aside=\"1\""))
    #expect(xml.contains("<set-aside file=\"in/genuine.xml\" period=\"2026Q3\" kept-file=\"in/claims-formosa.xml\" kept-period=\"2026Q4\"/>"))
    #expect(try Binary.xmllint(folder + "/named/cohort.xml", schema: "Reports/schema/cohort.xsd") == 0)
    let html = try Self.read(folder + "/named/cohort.html")
    #expect(html.contains("<tr><td><code>in/genuine.xml</code></td><td>2026Q3</td><td><code>in/claims-formosa.xml</code></td><td>2026Q4</td></tr>"))
    // Without --named the files are counted, not named: their names can identify institutions.
    let anonymous = try Binary.run(
      ["cohort", "in", "--questionnaire", Self.mini, "--out", "anonymous", "--lang", "en", "--today", "2026-12-03"], in: folder)
    #expect(anonymous.status == 0)
    let anonymousHTML = try Self.read(folder + "/anonymous/cohort.html")
    #expect(anonymousHTML.contains("Assessments set aside because another file of the same institution is counted: 1."))
    #expect(!anonymousHTML.contains("genuine.xml") && !anonymousHTML.contains("claims-formosa.xml"))
    let anonymousXML = try Self.read(folder + "/anonymous/cohort.xml")
    #expect(anonymousXML.contains("set-aside=\"1\"") && !anonymousXML.contains("genuine.xml"))
  }
}
