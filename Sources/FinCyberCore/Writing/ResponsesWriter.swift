/// Writes a response file: every statement of the questionnaire in model order, each preceded by
/// a comment that holds its level and text, so that a person can read and edit the file.
///
/// The file opens with how to answer (``AnsweringInstructions``), in each of the model's
/// languages that fincyber writes, with the model's words for its statements and its answer
/// scale. A part the model lacks is left out: no sector or tier on a model without them, no
/// inherent risk profile or outcomes where it has none.
public struct ResponsesWriter {
  /// The questionnaire the responses answer.
  public var questionnaire: Questionnaire
  /// The language of the comments on each domain, component, statement, activity and indicator.
  public var language: Language

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire the responses answer.
  ///   - language: The language of the comments on each part of the model.
  public init(questionnaire: Questionnaire, language: Language) {
    self.questionnaire = questionnaire
    self.language = language
  }

  /// The responses as XML bytes; statements without an answer are written with the scale's
  /// unanswered value.
  ///
  /// - Parameter responses: The responses; their questionnaire id and version are written as they are.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public func xml(_ responses: Responses) throws -> [UInt8] {
    try XMLWriter.document { w in
      w.start("responses", [
        "xmlns": BundledSchema.responses.namespace, "questionnaire": responses.questionnaireID,
        "questionnaire-version": responses.questionnaireVersion,
      ])
      let instructions = AnsweringInstructions(questionnaire: questionnaire)
      for language in instructions.languages { w.comment(instructions.text(language)) }
      let institution = responses.institution
      w.start("institution", ["id": institution.id, "sector": institution.sectorID, "tier": institution.tierID])
      w.element("name", text: institution.name)
      w.end()
      w.start("assessment", ["date": responses.date, "period": responses.period])
      w.element("assessor", text: responses.assessor)
      w.end()
      if questionnaire.hasRiskProfile { writeRisk(responses, &w) }
      if !responses.targetOverrides.isEmpty {
        w.start("target-overrides")
        for domain in questionnaire.domains {
          guard let override = responses.targetOverrides[domain.id] else { continue }
          w.start("target-override", ["domain": domain.id, "level": override.level])
          w.element("reason", text: override.reason)
          w.end()
        }
        w.end()
      }
      w.start("answers")
      for domain in questionnaire.domains {
        w.comment("\(domain.id) \(domain.name.text(language))")
        for factor in domain.factors {
          for component in factor.components {
            w.comment("\(component.id) \(factor.name.text(language)) / \(component.name.text(language))")
            for statement in component.statements {
              w.comment("\(statement.id) [\(statement.level.name.text(language))] \(statement.text.text(language))")
              writeAnswer("answer", responses.answers[statement.id] ?? Answer(statementID: statement.id, value: questionnaire.answerScale.unansweredValue), &w)
              w.end()
            }
          }
        }
      }
      w.end()
      if !questionnaire.indicators.isEmpty { writeOutcomes(responses, &w) }
      if !responses.retiredAnswers.isEmpty {
        w.start("retired-answers")
        for retired in responses.retiredAnswers {
          writeAnswer("retired-answer", retired.answer, version: retired.questionnaireVersion, &w)
          w.end()
        }
        w.end()
      }
      w.end()
    }
  }

  /// Writes the measured outcomes: each indicator's value, or a comment showing how to give one.
  private func writeOutcomes(_ responses: Responses, _ w: inout XMLWriter) {
    w.start("outcomes")
    for indicator in questionnaire.indicators {
      if let outcome = responses.outcomes[indicator.id] {
        w.comment("\(indicator.id) \(indicator.name.text(language)) (\(indicator.unit.text(language)))")
        w.start("outcome", ["indicator": indicator.id, "value": plain(outcome.value)])
        w.optional("note", outcome.note)
        w.end()
      } else {
        w.comment(
          "\(indicator.id) \(indicator.name.text(language)) (\(indicator.unit.text(language))) | <outcome indicator=\"\(indicator.id)\" value=\"…\"/>")
      }
    }
    w.end()
  }

  /// Writes the inherent risk profile: each activity's rating, or a comment listing what each
  /// risk level means for it; then the institution's override.
  private func writeRisk(_ responses: Responses, _ w: inout XMLWriter) {
    let ratings = Dictionary(responses.riskRatings.map { ($0.activity, $0.risk) }, uniquingKeysWith: { first, _ in first })
    w.start("inherent-risk")
    for category in questionnaire.riskCategories {
      w.comment("\(category.id) \(category.name.text(language))")
      for activity in category.activities {
        if let risk = ratings[activity.id] {
          w.comment("\(activity.id) \(activity.name.text(language)): \(activity.ratings[risk]?.text(language) ?? "")")
          w.element("rating", ["activity": activity.id, "risk": risk])
        } else {
          let scale = questionnaire.riskLevels.map { "\($0.id): \(activity.ratings[$0.id]?.text(language) ?? "")" }
          w.comment(
            "\(activity.id) \(activity.name.text(language)) | " + scale.joined(separator: " | ")
              + " | <rating activity=\"\(activity.id)\" risk=\"…\"/>")
        }
      }
    }
    if let override = responses.riskOverride {
      w.start("override", ["risk": override.level])
      w.element("reason", text: override.reason)
      w.end()
    }
    w.end()
  }

  /// Opens an answer's element and writes its texts; the caller closes it.
  private func writeAnswer(_ name: String, _ answer: Answer, version: String? = nil, _ w: inout XMLWriter) {
    let trail = answer.trail
    w.start(name, [
      "statement": answer.statementID, "value": answer.value.rawValue, "questionnaire-version": version,
      "answered-by": trail.answeredBy, "answered-at": trail.answeredAt, "carried": trail.carried ? "true" : nil,
    ])
    w.optional("compensating-control", answer.compensatingControl)
    w.optional("justification", answer.justification)
    w.optional("comment", answer.comment)
    w.optional("evidence", answer.evidence)
    if let previous = trail.previous { w.element("previous", ["period": previous.period, "value": previous.value.rawValue]) }
    if let review = trail.review {
      w.element("review", ["status": review.status.rawValue, "by": review.by, "date": review.date], text: review.remark)
    }
    if let remark = trail.coachRemark { w.element("coach-remark", ["by": remark.by, "date": remark.date], text: remark.text) }
  }
}
