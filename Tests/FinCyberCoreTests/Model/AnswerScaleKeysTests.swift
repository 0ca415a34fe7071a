import FinCyberCore
import Testing

/// The keyboard keys of an answer scale follow one rule, from the values in the model's order.
@Suite struct AnswerScaleKeysTests {
  @Test func theRoadmapScaleGetsYCNAU() {
    let keys = Fixtures.mini.answerScale.keys
    #expect(keys.map(\.value.rawValue) == ["yes", "yes-compensating", "no", "not-applicable", "unanswered"])
    #expect(keys.map(\.key) == ["y", "c", "n", "a", "u"])
  }

  @Test func aValueWhoseInitialsAreAllTakenGetsNoKey() {
    let keys = Fixtures.catLike.answerScale.keys
    #expect(keys.map(\.key) == ["y", "a", "p", "n", "o", nil], "pending's p is partially's")
  }
}
