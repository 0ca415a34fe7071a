import FinCyberCore
import Foundation
import Testing

/// The instructions at the top of a new response file speak the model's languages and words:
/// its name for a statement, and its answer scale, each value with its name and what it requires.
@Suite struct AnsweringInstructionsTests {
  /// A model in English only, with its own vocabulary and answer scale and no sectors, tiers,
  /// risk profile or outcome indicators (Fixtures/english-only-questionnaire.xml).
  static let englishOnly = try! Loader.questionnaire(at: Fixtures.path("english-only-questionnaire.xml"))

  static func template(_ model: Questionnaire, _ institution: Institution, language: Language) throws -> String {
    let template = ResponseTemplate(
      questionnaire: model, institution: institution, date: "2026-03-31", period: "2026Q1", assessor: "CISO", language: language)
    return String(decoding: try template.xml(), as: UTF8.self)
  }

  /// The comments of a document, in order.
  static func comments(_ xml: String) -> [String] {
    xml.components(separatedBy: "<!--").dropFirst().map { String($0.components(separatedBy: "-->")[0]).trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  @Test func aBilingualModelGetsTheInstructionsInBothLanguagesWhateverTheCommentsLanguage() throws {
    let institution = Institution(id: nil, name: "Bank", sectorID: "bank", tierID: "bank-1")
    for language in Language.allCases {
      let comments = Self.comments(try Self.template(Fixtures.mini, institution, language: language))
      #expect(comments[0] == """
        填寫說明：請將每一題目的 value 設為下列其中一值。
            yes：是
            yes-compensating：是（以補償性控制達成）；須於 <compensating-control> 說明補償性控制
            no：否
            not-applicable：不適用；須於 <justification> 說明理由
            unanswered：未作答
        """)
      #expect(comments[1] == """
        How to answer: set the value of each statement to one of these.
            yes: Yes
            yes-compensating: Yes, with a compensating control; describe the compensating control in <compensating-control>
            no: No
            not-applicable: Not applicable; give the reason in <justification>
            unanswered: Unanswered
        """)
    }
  }

  @Test func aModelInEnglishOnlyGetsItsOwnWordsAndScaleInEnglishOnly() throws {
    let model = Self.englishOnly
    let xml = try Self.template(model, Institution(id: nil, name: "Bank", sectorID: nil, tierID: nil), language: .english)
    let instructions = Self.comments(xml).filter { $0.contains("value") }
    #expect(instructions == [
      """
      How to answer: set the value of each declarative statement to one of these.
          in-place: In place
          in-place-otherwise: In place by other means; describe the compensating control in <compensating-control>
          partly: Partly in place
          absent: Not in place
          out-of-scope: Out of scope; give the reason in <justification>
          open: Not yet answered
      """
    ])
    #expect(!xml.contains("填寫") && !xml.contains("\"yes\"") && !xml.contains("unanswered"))
    #expect(xml.contains("<answer statement=\"A1.T1.G1.F1\" value=\"open\"/>"))
    // The model has no sectors, tiers, risk profile or outcome indicators: the file names none.
    #expect(xml.contains("<institution>") && !xml.contains("sector=") && !xml.contains("tier="))
    #expect(!xml.contains("inherent-risk") && !xml.contains("outcomes"))
    let loaded = try Loader.responses(Array(xml.utf8), path: "new.xml", for: model)
    #expect(loaded.answers.count == 6 && loaded.answers.values.allSatisfy { $0.value.rawValue == "open" })
  }

  @Test func aNameNotYetKnownIsSaidInTheModelsLanguages() {
    #expect(ResponseTemplate.toBeCompleted(in: Fixtures.mini) == "待填寫 To be completed")
    #expect(ResponseTemplate.toBeCompleted(in: Self.englishOnly) == "To be completed")
  }
}
