@testable import FinCyberReports
import Testing

/// The plan's own term table: read by the one Localizer with ``Terms``, no key in both, every term
/// in both languages and none naming any one model.
@Suite struct PlanTermsTests {
  @Test func noKeyIsInTwoTables() {
    var seen: [String: Int] = [:]
    for table in TermText.tables { for key in table.keys { seen[key, default: 0] += 1 } }
    #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
    #expect(PlanTerms.table.keys.allSatisfy { TermText.all[.english]?[$0] != nil }, "the Localizer reads the plan's table")
  }

  @Test func theLocalizerReadsThePlansTerms() {
    let localizer = Localizer(language: .traditionalChinese, questionnaire: nil)
    #expect(localizer.text("planDecisions") == "請董事會決議事項")
    #expect(localizer.labels["planTitle"] == "改善計畫與逐季時程")
    #expect(Localizer(language: .english, questionnaire: nil).text("planUrgent", count: 1) == "The most urgent initiative")
  }

  @Test(arguments: PlanTerms.table.keys.sorted())
  func everyTermHasBothLanguagesAndNoModelsWords(_ key: String) throws {
    let term = try #require(PlanTerms.table[key])
    #expect(!term.zh.isEmpty && !term.en.isEmpty)
    #expect(term.zh != term.en || term.zh.allSatisfy { !$0.isLetter }, "\(key) is not translated")
    #expect(TermText(term.zh).placeholders == TermText(term.en).placeholders, "\(key) fills different places in each language")
    for written in [term.zh, term.en] {
      let text = TermText(written).segments.map { if case .literal(let text) = $0 { text } else { "·" } }.joined().lowercased()
      #expect(!TermsTests.modelWords.contains { text.contains($0) }, "\(key): \(written)")
    }
  }
}
