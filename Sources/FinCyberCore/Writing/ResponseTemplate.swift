/// Builds a response file ready to fill in: every statement present and `unanswered`,
/// each preceded by a comment that holds its text.
public struct ResponseTemplate {
  /// The questionnaire the template answers.
  public var questionnaire: Questionnaire
  /// The institution, as far as it is known.
  public var institution: Institution
  /// The assessment date, `YYYY-MM-DD`.
  public var date: String
  /// The period, e.g. `2026Q1`.
  public var period: String
  /// Who answers.
  public var assessor: String
  /// The language of the comments.
  public var language: Language

  /// Creates a template.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire.
  ///   - institution: The institution.
  ///   - date: The assessment date.
  ///   - period: The period.
  ///   - assessor: Who answers.
  ///   - language: The language of the comments.
  public init(
    questionnaire: Questionnaire, institution: Institution, date: String, period: String, assessor: String, language: Language
  ) {
    self.questionnaire = questionnaire
    self.institution = institution
    self.date = date
    self.period = period
    self.assessor = assessor
    self.language = language
  }

  /// The template as XML bytes.
  ///
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public func xml() throws -> [UInt8] {
    let empty = Responses(
      questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version, institution: institution, date: date,
      period: period, assessor: assessor, riskRatings: [], riskOverride: nil, targetOverrides: [:], answers: [:], outcomes: [:])
    return try ResponsesWriter(questionnaire: questionnaire, language: language).xml(empty)
  }
}
