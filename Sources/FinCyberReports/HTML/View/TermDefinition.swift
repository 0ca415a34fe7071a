import FinCyberCore

/// A term the board reads, defined where it first appears (the summary), not only in the method
/// at the end: percent to target, the target level, and, where the model has them, the compliance
/// baseline, inherent risk and outcome indicators.
struct TermDefinition {
  var term: String
  var definition: String

  /// The summary's terms, for the parts the model has.
  ///
  /// - Parameters:
  ///   - questionnaire: The model, whose parts decide which terms are used.
  ///   - words: The report's words.
  static func summary(_ questionnaire: Questionnaire, _ words: Localizer) -> [TermDefinition] {
    var terms = [
      TermDefinition(term: words.text("termPercent"), definition: words.text("termPercentDefinition")),
      TermDefinition(
        term: words.text("termTarget"),
        definition: words.text(questionnaire.hasRiskProfile ? "termTargetDefinition" : "termTargetDefinitionPlain")),
    ]
    if words.has("termBaselineDefinition") {
      terms.append(TermDefinition(term: words.text("termBaseline"), definition: words.text("termBaselineDefinition")))
    }
    if questionnaire.hasRiskProfile {
      terms.append(TermDefinition(term: words.text("termRisk"), definition: words.text("termRiskDefinition")))
    }
    if !questionnaire.indicators.isEmpty {
      terms.append(TermDefinition(term: words.text("termOutcome"), definition: words.text("termOutcomeDefinition")))
    }
    return terms
  }
}
