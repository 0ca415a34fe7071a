@testable import FinCyberCore
import Foundation
import Testing

/// Which defined terms a statement uses (`Questionnaire.glossaryTerms(usedIn:language:)`): the one
/// rule that decides the definitions shown beside a statement in `serve`.
@Suite struct GlossaryTermsTests {
  static let roadmap = try! Loader.questionnaire(at: Fixtures.packageRoot.appendingPathComponent("Questionnaires/fsc-resilience-roadmap-2.0.xml").path)

  /// A questionnaire with the Roadmap's glossary and one statement of the given texts.
  static func statement(en: String, zh: String, condition: LocalizedText = LocalizedText()) -> Statement {
    var statement = roadmap.statements[0]
    statement.text = LocalizedText(["en": en, "zh-TW": zh])
    statement.condition = condition
    return statement
  }

  static func names(_ statement: Statement, _ language: Language) -> [String] {
    roadmap.glossaryTerms(usedIn: statement, language: language).map { $0.name.text(language) }
  }

  @Test func englishNamesMatchAsWholeWordsInAnyCaseWithTheirPlural() {
    let statement = Self.statement(
      en: "Critical services are restored within the RTO; the portion of core systems tested is reported.",
      zh: "關鍵服務於 RTO 內恢復。")
    #expect(Self.names(statement, .english) == ["critical service", "core system", "RTO"])
    // `RTO` is not found inside `portion`, `reported` or `Toronto`.
    let inside = Self.statement(en: "A portion of the report goes to Toronto.", zh: "報告之一部分。")
    #expect(Self.names(inside, .english).isEmpty)
  }

  @Test func chineseNamesMatchAnywhereAndTheConditionCounts() {
    let statement = Self.statement(
      en: "The board is told.", zh: "董事會獲告知。",
      condition: LocalizedText(["en": "If no major security incident happened, answer not applicable.", "zh-TW": "期間內未發生重大資安事件者，答「不適用」。"]))
    #expect(Self.names(statement, .traditionalChinese) == ["重大資安事件"])
    #expect(Self.names(statement, .english) == ["major security incident"])
  }

  @Test func aModelWithoutAGlossaryDefinesNothing() {
    #expect(Fixtures.mini.glossary.isEmpty)
    #expect(Fixtures.mini.glossaryTerms(usedIn: Fixtures.mini.statements[0], language: .english).isEmpty)
  }
}
