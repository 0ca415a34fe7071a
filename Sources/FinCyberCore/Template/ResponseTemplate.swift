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
    try XMLWriter.document { writer in
      writer.start("responses", [
        "xmlns": BundledSchema.responses.namespace, "questionnaire": questionnaire.id,
        "questionnaire-version": questionnaire.version,
      ])
      writer.comment(text(
        "填寫說明：每一題的 value 可為 yes、yes-compensating（須填 compensating-control）、no、not-applicable（須填 justification）或 unanswered。",
        "How to answer: set each value to yes, yes-compensating (with a compensating-control), no, not-applicable (with a justification) or unanswered."))
      writer.start("institution", ["id": institution.id, "sector": institution.sectorID, "tier": institution.tierID])
      writer.element("name", text: institution.name)
      writer.end()
      writer.start("assessment", ["date": date, "period": period])
      writer.element("assessor", text: assessor)
      writer.end()
      writer.start("inherent-risk")
      for category in questionnaire.riskCategories {
        writer.comment("\(category.id) \(category.name.text(language))")
        for activity in category.activities {
          let scale = questionnaire.riskLevels.map { "\($0.id): \(activity.ratings[$0.id]?.text(language) ?? "")" }
          writer.comment(
            "\(activity.id) \(activity.name.text(language)) | " + scale.joined(separator: " | ")
              + " | <rating activity=\"\(activity.id)\" risk=\"…\"/>")
        }
      }
      writer.end()
      writer.start("answers")
      for domain in questionnaire.domains {
        writer.comment("\(domain.id) \(domain.name.text(language))")
        for factor in domain.factors {
          for component in factor.components {
            writer.comment("\(component.id) \(factor.name.text(language)) / \(component.name.text(language))")
            for statement in component.statements {
              writer.comment("\(statement.id) [\(statement.level.name.text(language))] \(statement.text.text(language))")
              writer.element("answer", ["statement": statement.id, "value": AnswerValue.unanswered.rawValue])
            }
          }
        }
      }
      writer.end()
      writer.start("outcomes")
      for indicator in questionnaire.indicators {
        writer.comment(
          "\(indicator.id) \(indicator.name.text(language)) (\(indicator.unit.text(language))) | <outcome indicator=\"\(indicator.id)\" value=\"…\"/>")
      }
      writer.end()
      writer.end()
    }
  }

  private func text(_ chinese: String, _ english: String) -> String {
    language == .traditionalChinese ? chinese : english
  }
}
