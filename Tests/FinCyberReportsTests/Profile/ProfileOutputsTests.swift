import FinCyberCore
@testable import FinCyberReports
import Foundation
import Testing

/// The crosswalk profile's files and report section (issue 17): counts checked by hand, ids
/// checked against NIST's own catalogue, the XML against its schema, nothing for a model without a
/// crosswalk, and both languages.
@Suite struct ProfileOutputsTests {
  /// The three sample institutions, one per sector.
  static let samples = ["formosa-bank-2026Q4.xml", "cuifeng-securities-2026Q4.xml", "anping-insurance-2026Q4.xml"]

  /// The files `assess` writes for a sample, by name.
  static func files(_ sample: String, _ language: Language = .traditionalChinese) throws -> [String: [UInt8]] {
    let files = try ReportSet.files(SampleOutputsTests.input(sample), language: language, page: GapReportPage())
    return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
  }

  /// A zh-TW CSV file's rows (none of its fields holds a comma, a quote or a line break), without
  /// the byte-order mark.
  static func rows(_ bytes: [UInt8]) -> [[String]] {
    String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
      .map { $0.components(separatedBy: ",") }
  }

  /// XML with the whitespace between elements taken out, for comparing fragments.
  static func compact(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: ">\\s+<", with: "><", options: .regularExpression)
  }

  /// The active subcategories of NIST's CSF 2.0 catalogue, read from NIST's file: a subcategory
  /// control with at least one implementation example (the file also carries CSF 1.1's withdrawn
  /// subcategories, which have none).
  static let nistSubcategories: (active: Set<String>, all: Set<String>) = {
    let path = ExternalTools.sharedReference.appendingPathComponent("nist-csf-2.0/NIST_CSF_v2.0_catalog.xml").path
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    var active: Set<String> = [], all: Set<String> = []
    // A subcategory holds no control of its own, so its text runs to the next control.
    for chunk in text.components(separatedBy: "<control id=\"").dropFirst() {
      guard let quote = chunk.firstIndex(of: "\""), chunk[quote...].hasPrefix("\" class=\"subcategory\"") else { continue }
      let id = String(chunk[..<quote])
      all.insert(id)
      if chunk.contains("name=\"example\"") { active.insert(id) }
    }
    return (active, all)
  }()

  /// Anping Insurance's 2026Q4 answers, counted by hand from `Questionnaires/fsc-resilience-roadmap-2.0.xml`
  /// (the statements with a `<ref framework="csf" id="DE.AE-…"/>`) and
  /// `Questionnaires/samples/anping-insurance-2026Q4.xml` (their answers):
  /// - DE.AE-02: P2.SD.AP.Inn.2 no, P2.CM.SO.B.4 yes, P2.CM.SO.E.1 yes, P2.CM.SO.E.5 yes, P2.CM.SO.A.2 no,
  ///   P2.CM.EP.Int.1 no, P2.CM.EV.Int.3 no, P2.CM.EV.A.2 no, P3.TI.CA.A.1 yes, P3.CD.FR.A.1 no,
  ///   P3.CD.FR.Inn.1 no: 11 citing, 11 applicable, 4 met (36%): partially implemented.
  /// - DE.AE-03: P2.CM.SO.Int.2 no, P3.TI.CA.Int.2 no, P3.TI.AC.Inn.1 no, P3.CD.FR.A.1 no,
  ///   P3.IC.EW.Int.1 not applicable, P3.IC.EW.Inn.2 no: 6 citing, 5 applicable, none met: not implemented.
  /// - DE.AE-04: P4.IR.RP.E.3 not applicable (no high-severity incident in the period): 1 citing,
  ///   none applicable: not applicable.
  /// - DE.AE-06: P1.TK.AW.E.2 no, P3.TI.CA.E.2 yes, P3.CD.JS.Int.3 yes, P3.CD.JS.A.1 no, P3.CD.JS.Inn.2 no:
  ///   5 citing, 5 applicable, 2 met (40%): partially implemented.
  /// - DE.AE-08: P4.IR.RP.B.3 yes: 1 of 1: fully implemented.
  /// - DE.AE as a whole: 29 statements cite one of its subcategories (each counted once), two are not
  ///   applicable, 9 of the other 27 are met (P2.CM.SO.B.4, P2.CM.SO.E.1, P2.CM.SO.E.5, P3.TI.CA.E.2,
  ///   P3.TI.CA.A.1, P3.TI.AC.E.1, P3.CD.JS.Int.3, P3.IC.EW.E.2, P4.IR.RP.B.3; 33%): partially implemented.
  @Test func oneSamplesCountsByHand() throws {
    let files = try Self.files("anping-insurance-2026Q4.xml")
    let rows = Self.rows(try #require(files["profile-csf.csv"]))
    #expect(rows.first == ProfileCSV.columns)
    let bySubcategory = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[2], $0) })
    let handCounted: [String: (statements: String, met: String, applicable: String, status: String)] = [
      "DE.AE-02": (
        "P2.SD.AP.Inn.2 P2.CM.SO.B.4 P2.CM.SO.E.1 P2.CM.SO.E.5 P2.CM.SO.A.2 P2.CM.EP.Int.1 P2.CM.EV.Int.3 P2.CM.EV.A.2 P3.TI.CA.A.1 P3.CD.FR.A.1 P3.CD.FR.Inn.1",
        "4", "11", "partially-implemented"),
      "DE.AE-03": ("P2.CM.SO.Int.2 P3.TI.CA.Int.2 P3.TI.AC.Inn.1 P3.CD.FR.A.1 P3.IC.EW.Int.1 P3.IC.EW.Inn.2", "0", "5", "not-implemented"),
      "DE.AE-04": ("P4.IR.RP.E.3", "0", "0", "not-applicable"),
      "DE.AE-06": ("P1.TK.AW.E.2 P3.TI.CA.E.2 P3.CD.JS.Int.3 P3.CD.JS.A.1 P3.CD.JS.Inn.2", "2", "5", "partially-implemented"),
      "DE.AE-08": ("P4.IR.RP.B.3", "1", "1", "fully-implemented"),
    ]
    for (id, expected) in handCounted {
      let row = try #require(bySubcategory[id], "\(id) has no row")
      #expect(row[0] == "DE 偵測" && row[1] == "DE.AE 不利事件分析", "\(id)")
      #expect(row[3] == expected.statements && row[4] == expected.met && row[5] == expected.applicable && row[6] == expected.status, "\(id): \(row)")
    }

    let xml = Self.compact(try #require(files["profile-csf.xml"]))
    #expect(xml.contains(#"<category id="DE.AE"><current citing="29" applicable="27" met="9" status="partially-implemented"/>"#))
    #expect(xml.contains(#"<subcategory id="DE.AE-06"><current citing="5" applicable="5" met="2" status="partially-implemented"/>"#))
    #expect(xml.contains(#"<subcategory id="DE.AE-04"><current citing="1" applicable="0" met="0" status="not-applicable"/>"#))
    #expect(xml.contains(#"<institution id="anping-insurance" sector="insurance" tier="insurance-3">"#))
    #expect(xml.contains(#"<assessment date="#) && xml.contains(#"period="2026Q4"/>"#))
    #expect(xml.contains(#"<rule largely-implemented-at="0.75"/>"#))
  }

  @Test(arguments: samples)
  func everySubcategoryIsNISTs(_ sample: String) throws {
    let nist = Self.nistSubcategories
    #expect(nist.active.count == 106 && nist.all.count > nist.active.count, "the catalogue was not read")
    let files = try Self.files(sample)
    let csvIDs = Self.rows(try #require(files["profile-csf.csv"])).dropFirst().map { $0[2] }
    // One row per subcategory of the catalogue, cited or not, and no other.
    #expect(Set(csvIDs) == nist.active && csvIDs.count == nist.active.count)
    let xml = String(decoding: try #require(files["profile-csf.xml"]), as: UTF8.self)
    let xmlIDs = xml.components(separatedBy: "<subcategory id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    #expect(Set(xmlIDs) == nist.active && xmlIDs.count == nist.active.count)
    let html = String(decoding: try #require(files["gap-report.html"]), as: UTF8.self)
    for id in nist.all.subtracting(nist.active) { #expect(!html.contains("<code>\(id)</code>"), "\(id) is withdrawn") }
    for id in nist.active { #expect(html.contains("<code>\(id)</code>"), "\(id) is not in the report") }
  }

  @Test(arguments: samples)
  func xmlValidatesAgainstItsSchema(_ sample: String) throws {
    let bytes = try #require(try Self.files(sample)["profile-csf.xml"])
    let schema = ReportFixtures.root.appendingPathComponent("Reports/schema/profile.xsd").path
    let result = try ExternalTools.xmllint(bytes, schema: schema)
    #expect(result.status == 0, "\(result.output)")
    // The bundled copy of the schema, which fincyber itself validates with, agrees.
    let loaded = try XMLDocumentLoader.load(bytes, path: "profile-csf.xml", expecting: [.profile])
    #expect(loaded.kind == .profile)
  }

  @Test func aModelWithoutCrosswalksHasNoProfile() throws {
    let input = try BareModel.input(domains: 2, languages: ["en", "zh-TW"])
    #expect(input.assessment.questionnaire.crosswalks.isEmpty)
    for language in Language.allCases {
      let files = try ReportSet.files(input, language: language, page: GapReportPage())
      #expect(!files.contains { $0.name.hasPrefix("profile") }, "\(files.map(\.name))")
      let html = String(decoding: try #require(files.first { $0.name == "gap-report.html" }).bytes, as: UTF8.self)
      #expect(!html.contains("class=\"page profile\"") && !html.contains("pf-status"))
    }
  }

  @Test(arguments: Language.allCases)
  func bothLanguagesRenderTheSection(_ language: Language) throws {
    let input = try SampleOutputsTests.input("formosa-bank-2026Q4.xml")
    let words = Localizer(language: language, questionnaire: input.assessment.questionnaire)
    for key in ProfileTerms.table.keys.sorted() { #expect(words.has(key), "\(key)") }
    let html = try GapReportPage().html(input, language: language)
    let section = try #require(html.range(of: "<section id=\"profile-csf\"").map { String(html[$0.lowerBound...]) }?.components(separatedBy: "</section>").first)
    let text = section.replacingOccurrences(of: "<style>[\\s\\S]*</style>", with: "", options: .regularExpression)
    #expect(!text.contains("{") && !text.contains("}"), "an unfilled placeholder")
    #expect(text.contains(words.text("profileHonesty", ["framework": "NIST CSF 2.0"])))
    // Every category of the grid, with its name, and the statuses in the page's language.
    for category in NISTCSF2.categories {
      #expect(text.contains("\(category) " + words.text(ProfileTerms.catalogueKey(NISTCSF2.catalogueName, category))), "\(category)")
    }
    // 2.0.0 cites every subcategory, so the bank's statuses are all measured ones.
    #expect(text.contains(">\(words.text("statusFullyImplemented"))</span>"))
    #expect(!text.contains(">\(words.text("statusNotAssessed"))</span>"))
    #expect(text.contains("<details>"))
  }
}
