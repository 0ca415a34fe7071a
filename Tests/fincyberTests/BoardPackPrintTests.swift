import Foundation
import Testing

/// The board pack printed as a board member gets it: `Scripts/print-pack.sh` (headless Chromium)
/// on the sample bank (with its previous quarter) and the sample insurer, in both languages. The
/// bank's pack is at most 12 A4 pages and the insurer's at most 20 with the full gap list as its
/// appendix; every page carries the running header (institution, period, draft) and its page
/// number of the count; no page before the last holds next to nothing (text per page read with
/// poppler's `pdftotext`). Skipped, with the reason, only where Chromium or poppler is missing
/// (`.ci/run` installs both).
@Suite(.enabled(if: Tools.chromium != nil && Tools.pdfinfo != nil && Tools.pdftotext != nil,
                "Chromium or poppler-utils is missing: apt-get install -y chromium poppler-utils"))
struct BoardPackPrintTests {
  /// A sample, the arguments that assess it, its institution's name as printed and its page limit.
  struct Sample: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var institution: String
    var limit: Int
    /// Whether the pack carries an improvement plan made by `fincyber plan` from the sample's answers.
    var planned: Bool = false
    var testDescription: String { name }
  }

  static let bank = Sample(
    name: "bank", arguments: ["--previous", Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q3.xml").path],
    institution: "Formosa Commercial Bank", limit: 12)
  static let insurer = Sample(
    name: "insurer", arguments: ["--responses", Binary.packageRoot.appendingPathComponent("Questionnaires/samples/anping-insurance-2026Q4.xml").path],
    institution: "Anping Property Insurance", limit: 20)
  /// The bank with the plan its CISO edited (owners, budgets, one initiative approved, one deferred).
  static let bankWithPlan = Sample(
    name: "bank with its plan",
    arguments: bank.arguments + ["--plan", Binary.packageRoot.appendingPathComponent("Questionnaires/samples/plans/formosa-bank-2026Q4.xml").path],
    institution: "Formosa Commercial Bank", limit: 12)
  /// The insurer with the plan `fincyber plan` makes from its answers, as made.
  static let insurerWithPlan = Sample(
    name: "insurer with a plan", arguments: insurer.arguments, institution: "Anping Property Insurance", limit: 20, planned: true)

  /// The fewest characters (not counting white space, the running header and the page number) a
  /// page before the last must hold: a page with a heading and "No gaps." holds about 40.
  static let fewest = 200

  /// Assesses a sample and prints its pack; returns the text of each page.
  static func pages(_ sample: Sample, language: String, extra: [String] = []) throws -> [String] {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var arguments = sample.arguments
    if sample.planned {
      let made = try Binary.run(["plan", "--out", "plan.xml"] + sample.arguments, in: folder)
      #expect(made.status == 0, "\(made.error)")
      arguments += ["--plan", "plan.xml"]
    }
    let assess = try Binary.run(["assess", "--lang", language, "--out", "out"] + arguments + extra, in: folder)
    #expect(assess.status == 0, "\(assess.error)")
    let pdf = folder + "/pack.pdf"
    let script = Binary.packageRoot.appendingPathComponent("Scripts/print-pack.sh").path
    let printed = try Tools.run(Tools.find("bash")!, [script, folder + "/out/gap-report.html", pdf])
    #expect(printed.status == 0, "\(printed.error)")
    let info = try Tools.run(Tools.pdfinfo!, [pdf])
    #expect(info.output.contains("(A4)"), "\(info.output)")
    let count = try #require(info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) })
    return try (1...count).map { page in try Tools.run(Tools.pdftotext!, ["-f", String(page), "-l", String(page), pdf, "-"]).output }
  }

  /// What a page holds besides its margins, without white space, in Unicode scalars.
  static func body(_ text: String, header: String, footer: String) -> Int {
    text.split(separator: "\n").map(String.init).filter { !$0.contains(header) && $0 != footer }
      .joined().unicodeScalars.filter { !$0.properties.isWhitespace }.count
  }

  @Test(arguments: [bank, insurer, bankWithPlan, insurerWithPlan], ["zh-TW", "en"])
  func thePackFitsItsPagesAndEveryPageIsNumberedAndHeaded(_ sample: Sample, _ language: String) throws {
    let pages = try Self.pages(sample, language: language)
    #expect(pages.count <= sample.limit, "\(sample.name) \(language): \(pages.count) pages")
    let draft = language == "en" ? "Draft" : "草稿"
    for (index, text) in pages.enumerated() {
      let footer = language == "en" ? "Page \(index + 1) of \(pages.count)" : "第 \(index + 1) 頁，共 \(pages.count) 頁"
      #expect(text.split(separator: "\n").contains { $0 == footer }, "page \(index + 1) has no number: \(text.suffix(200))")
      let header = try #require(text.split(separator: "\n").first.map(String.init))
      #expect(header.contains(sample.institution) && header.contains("2026Q4") && header.contains(draft), "page \(index + 1) header: \(header)")
      if index < pages.count - 1 {
        let held = Self.body(text, header: sample.institution, footer: footer)
        #expect(held >= Self.fewest, "page \(index + 1) of \(sample.name) \(language) is near empty (\(held)): \(text)")
      }
    }
    // The gap list closes the pack as its appendix; the cover lists the contents.
    let appendix = language == "en" ? "Appendix: Gap to target" : "附錄："
    #expect(pages.dropFirst(2).contains { $0.contains(appendix) })
    #expect(pages[0].contains(language == "en" ? "Contents" : "目次"))
  }

  /// With a plan, the pack asks the board for its decisions and shows the roadmap quarter by quarter.
  @Test(arguments: [bankWithPlan, insurerWithPlan], ["zh-TW", "en"])
  func aPlannedPackShowsTheDecisionsAndTheRoadmap(_ sample: Sample, _ language: String) throws {
    let text = try Self.pages(sample, language: language).joined(separator: "\n")
    let decisions = language == "en" ? "Decisions requested" : "請董事會決議事項"
    #expect(text.contains(decisions), "\(sample.name) \(language)")
    #expect(text.contains("2027Q1"), "the roadmap's first quarter")
  }

  @Test func aFinalPackSaysSoOnEveryPage() throws {
    let pages = try Self.pages(Self.bank, language: "en", extra: ["--final"])
    #expect(pages.allSatisfy { $0.split(separator: "\n").first?.contains("2026Q4 · Final") == true })
    #expect(!pages.contains { $0.contains("Draft") })
  }
}
