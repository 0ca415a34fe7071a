import FinCyberCore
@testable import FinCyberReports
import Testing

/// The answering pages' terms: a table of their own beside the reports', read by the same
/// ``Localizer`` under the same rules (``TermsTests``): no key in both tables, every term in both
/// languages, none naming a model's own words, the model's words filled in from the questionnaire.
@Suite struct ServerTermsTests {
  @Test func noKeyIsInBothTables() {
    let both = Set(Terms.table.keys).intersection(ServerTerms.table.keys)
    #expect(both.isEmpty, "in both tables: \(both.sorted())")
    #expect(ServerTerms.table.keys.allSatisfy { TermText.all[.english]?[$0] != nil }, "the Localizer reads the server's table")
  }

  @Test(arguments: ServerTerms.table.keys.sorted())
  func everyTermIsInBothLanguagesAndNamesNoModelsWords(_ key: String) throws {
    let term = try #require(ServerTerms.table[key])
    #expect(!term.zh.isEmpty && !term.en.isEmpty)
    #expect(term.zh != term.en || term.zh.hasPrefix("{"), "\(key) is not translated")
    // The placeholders are the model's words, filled in; the term's own words are the rest.
    let literal = { (text: String) in TermText(text).segments.map { if case .literal(let text) = $0 { text } else { "·" } }.joined() }
    for written in [term.zh, term.en] {
      let lower = literal(written).lowercased()
      #expect(!TermsTests.modelWords.contains { lower.contains($0) }, "\(key): \(written)")
      // "Baseline" (基準) is a level of the Roadmap model: a term says it only of the compliance baseline.
      #expect(lower.replacingOccurrences(of: "compliance baseline", with: "").range(of: "baseline") == nil, "\(key): \(written)")
      #expect(literal(written).replacingOccurrences(of: "合規基準", with: "").range(of: "基準") == nil, "\(key): \(written)")
    }
    #expect(TermText(term.zh).placeholders == TermText(term.en).placeholders, "\(key) needs other parts or arguments in one language")
  }

  @Test func thePagesTermsAreFilledWithTheModelsWords() {
    let roadmapLike = Localizer(language: .traditionalChinese, questionnaire: ReportFixtures.mini)
    #expect(roadmapLike.text("domainsHeading", ["count": roadmapLike.number(4)]) == "四大支柱")
    #expect(roadmapLike.labels["nextUnanswered"] == "下一個未作答題目")
    #expect(roadmapLike.labels["appTitle"] == "測試用小型問卷")
    let bare = Localizer(language: .english, questionnaire: try! BareModel.load(domains: 3).model)
    #expect(bare.text("domainsHeading", ["count": bare.number(3)]) == "The three areas")
    #expect(bare.labels["targets"] == "Target level per area")
    #expect(bare.labels["noneShown"] == "No declarative statement matches this filter.")
  }
}
