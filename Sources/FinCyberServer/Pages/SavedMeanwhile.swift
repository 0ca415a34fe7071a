import FinCyberCore
import FinCyberReports

/// What was saved meanwhile for a unit of a form that a stale save was refused for
/// (``ResponsesEdit``), as one line shown beside what the user typed.
enum SavedMeanwhile {
  /// A statement's saved answer: its name, then each text it has.
  static func answer(_ answer: Answer?, questionnaire: Questionnaire, words: Localizer) -> String {
    let scale = questionnaire.answerScale
    let texts: [(String, String?)] = [(words.text("comment"), answer?.comment), (words.text("evidenceReference"), answer?.evidence)]
      + RequiredText.allCases.map { ($0.label(words, scale: scale), $0.text(of: answer)) }
    return ([words.name(scale.meaning(of: answer).name)] + texts.compactMap { label, text in text.map { label + ": " + $0 } })
      .joined(separator: "; ")
  }

  /// An indicator's saved value and note, or "not measured".
  static func outcome(_ outcome: Outcome?, unit: String, words: Localizer) -> String {
    guard let outcome else { return words.text("notMeasured") }
    return OutcomeEdit.plain(outcome.value) + " " + unit + (outcome.note.map { "; " + words.text("note") + ": " + $0 } ?? "")
  }

  /// A saved risk rating's name, or "not rated".
  static func rating(_ risk: String?, questionnaire: Questionnaire, words: Localizer) -> String {
    risk.flatMap { questionnaire.riskLevel($0).map { words.name($0.name) } } ?? words.text("unrated")
  }

  /// A saved level set by hand, with its reason, or "no override".
  static func override(_ override: Override?, name: (String) -> String?, words: Localizer) -> String {
    guard let override else { return words.text("noOverride") }
    return (name(override.level) ?? override.level) + "; " + words.text("reason") + ": " + override.reason
  }

  /// The saved profile on one line.
  static func profile(_ responses: Responses, questionnaire: Questionnaire, words: Localizer) -> String {
    let institution = responses.institution
    let parts: [String?] = [
      institution.name, institution.sectorID.map { id in questionnaire.sectors.first { $0.id == id }.map { words.name($0.name) } ?? id },
      institution.tierID.map { id in questionnaire.tiers.first { $0.id == id }.map { words.name($0.name) } ?? id },
      responses.period, responses.date, responses.assessor,
    ]
    return parts.compactMap { $0 }.joined(separator: " · ")
  }
}
