import FinCyberCore

/// What the reports say of an assessment's completeness, in the words the model's answer scale
/// gives the answer that leaves a statement open, and as the scale counts it.
enum Completeness {
  /// That every statement is answered, or how many are not and how they count.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - words: The report's words.
  static func sentence(_ assessment: Assessment, _ words: Localizer) -> String {
    let answered = assessment.isComplete ? words.text("complete") : incomplete(assessment, words)
    // An answer carried from the previous period and not confirmed is a finding of its own.
    let carried = assessment.carriedUnconfirmed.count
    guard carried > 0 else { return answered }
    return answered + (words.language == .traditionalChinese ? "" : " ") + words.text("carriedUnconfirmedCount", ["n": String(carried)])
  }

  /// How many statements are unanswered and how they count.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment, with statements unanswered.
  ///   - words: The report's words.
  static func incomplete(_ assessment: Assessment, _ words: Localizer) -> String {
    let meaning = assessment.questionnaire.answerScale.unanswered
    let key = switch meaning.counting {
    case .met: "incompleteMet"
    case .notMet: "incompleteNotMet"
    case .excluded: "incompleteExcluded"
    }
    let name = words.word(words.name(meaning.name), as: "unanswered")
    return words.text(key, name) + " " + words.text("unansweredCount", name) + ": \(assessment.unanswered.count)"
  }
}
