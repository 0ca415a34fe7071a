import FinCyberCore

/// What was saved meanwhile for a unit of a form that a stale save was refused for
/// (``ResponsesEdit``), as one line shown beside what the user typed.
enum SavedMeanwhile {
  /// A statement's saved answer: its name, then each text it has.
  static func answer(_ answer: Answer?, questionnaire: Questionnaire, language: Language) -> String {
    let meaning = questionnaire.answerScale.meaning(of: answer)
    let texts: [(String, String?)] = [
      ("comment", answer?.comment), ("evidence", answer?.evidence), ("controlShort", answer?.compensatingControl),
      ("justificationShort", answer?.justification),
    ]
    return ([meaning.name.text(language)]
      + texts.compactMap { key, text in text.map { AppLabels.text(key, language) + ": " + $0 } }).joined(separator: "; ")
  }

  /// An indicator's saved value and note, or "not measured".
  static func outcome(_ outcome: Outcome?, unit: String, language: Language) -> String {
    guard let outcome else { return AppLabels.text("notMeasured", language) }
    return OutcomeEdit.plain(outcome.value) + " " + unit + (outcome.note.map { "; " + AppLabels.text("note", language) + ": " + $0 } ?? "")
  }

  /// A saved risk rating's name, or "not rated".
  static func rating(_ risk: String?, questionnaire: Questionnaire, language: Language) -> String {
    risk.flatMap { questionnaire.riskLevel($0)?.name.text(language) } ?? AppLabels.text("unrated", language)
  }

  /// A saved level set by hand, with its reason, or "no override".
  static func override(_ override: Override?, name: (String) -> String?, language: Language) -> String {
    guard let override else { return AppLabels.text("noOverride", language) }
    return (name(override.level) ?? override.level) + "; " + AppLabels.text("reason", language) + ": " + override.reason
  }

  /// The saved profile on one line.
  static func profile(_ responses: Responses, questionnaire: Questionnaire, language: Language) -> String {
    let institution = responses.institution
    let parts: [String?] = [
      institution.name, institution.sectorID.map { id in questionnaire.sectors.first { $0.id == id }?.name.text(language) ?? id },
      institution.tierID.map { id in questionnaire.tiers.first { $0.id == id }?.name.text(language) ?? id },
      responses.period, responses.date, responses.assessor,
    ]
    return parts.compactMap { $0 }.joined(separator: " · ")
  }
}
