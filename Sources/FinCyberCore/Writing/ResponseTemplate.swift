/// Builds a response file ready to fill in: every statement present with the answer scale's
/// unanswered value, each preceded by a comment that holds its text, under instructions on how to
/// answer in each of the model's languages (see ``ResponsesWriter``).
public struct ResponseTemplate {
  /// The questionnaire the template answers.
  public var questionnaire: Questionnaire
  /// The institution, as far as it is known: no sector or tier for a model without them.
  public var institution: Institution
  /// The assessment date, `YYYY-MM-DD`.
  public var date: String
  /// The period, e.g. `2026Q1`.
  public var period: String
  /// Who answers.
  public var assessor: String
  /// The language of the comments on each part of the model.
  public var language: Language

  /// Creates a template.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire.
  ///   - institution: The institution.
  ///   - date: The assessment date.
  ///   - period: The period.
  ///   - assessor: Who answers.
  ///   - language: The language of the comments on each part of the model.
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

  /// What a new file says where a name is not known yet, in each of the model's languages that
  /// fincyber writes, in its order: "待填寫 To be completed" for the Roadmap model, "To be
  /// completed" for a model in English only.
  ///
  /// - Parameter questionnaire: The questionnaire.
  public static func toBeCompleted(in questionnaire: Questionnaire) -> String {
    let languages = questionnaire.languages.compactMap(Language.init(rawValue:))
    return languages.map { $0 == .traditionalChinese ? "待填寫" : "To be completed" }.joined(separator: " ")
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
