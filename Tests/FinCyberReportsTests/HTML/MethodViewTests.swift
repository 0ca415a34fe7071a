import FinCyberCore
@testable import FinCyberReports
import Testing

/// The method says what each answer of the model's own scale counts as.
@Suite struct MethodViewTests {
  static func meaning(_ value: String, _ counting: AnswerMeaning.Counting, _ en: String, _ zh: String,
                      complete: Bool = true, requires: AnswerMeaning.Requirement = .none) -> AnswerMeaning {
    AnswerMeaning(value: AnswerValue(value), counting: counting, isComplete: complete, requirement: requires, name: LocalizedText(["en": en, "zh-TW": zh]))
  }

  static let scale = AnswerScale([
    meaning("fully", .met, "Fully", "完全"), meaning("largely", .met, "Largely", "大致"),
    meaning("no", .notMet, "No", "否"), meaning("out", .excluded, "Out of scope", "範圍外", requires: .justification),
    meaning("open", .notMet, "Open", "待答", complete: false),
  ])!

  @Test func answersThatCountAlikeAreNamedTogether() {
    let english = MethodView.answers(Self.scale, Localizer(language: .english, questionnaire: ReportFixtures.mini))
    #expect(english.hasPrefix("“Fully” or “Largely” counts as met. “No” counts as not met."))
    #expect(english.contains("“Out of scope” leaves the statement out of every count and needs a justification."))
    #expect(english.hasSuffix("“Open” counts as not met and marks the assessment incomplete."))
    let chinese = MethodView.answers(Self.scale, Localizer(language: .traditionalChinese, questionnaire: ReportFixtures.mini))
    #expect(chinese == "回答「完全」或「大致」視為符合；「否」視為未符合；「範圍外」不列入任何計算，須附理由；「待答」視為未符合，評估亦標示為未完成。")
  }
}
