import FinCyberCore
@testable import FinCyberReports
import Testing

/// The board pack's terms: a table of the one localisation layer, read by the same ``Localizer``,
/// every term in both languages and none naming a model's own words.
@Suite struct BoardPackTermsTests {
  @Test func theLocalizerReadsTheBoardPacksTerms() {
    #expect(BoardPackTerms.table.keys.allSatisfy { TermText.all[.english]?[$0] != nil && TermText.all[.traditionalChinese]?[$0] != nil })
    let english = Localizer(language: .english, questionnaire: nil)
    #expect(english.text("changeGapsClosed", count: 1) == "1 gap closed")
    #expect(english.text("printPageOf", ["page": "2", "pages": "9"]) == "Page 2 of 9")
  }

  @Test(arguments: BoardPackTerms.table.keys.sorted())
  func everyTermIsInBothLanguagesAndNamesNoModelsWords(_ key: String) throws {
    let term = try #require(BoardPackTerms.table[key])
    #expect(!term.zh.isEmpty && !term.en.isEmpty)
    #expect(term.zh != term.en || term.zh.allSatisfy { !$0.isLetter }, "\(key) is not translated")
    for written in [term.zh, term.en] {
      let literal = TermText(written).segments.map { if case .literal(let text) = $0 { text } else { "·" } }.joined().lowercased()
      #expect(!TermsTests.modelWords.contains { literal.contains($0) }, "\(key): \(written)")
    }
  }
}
