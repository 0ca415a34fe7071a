import FinCyberCore

/// Writes the assessment as an OSCAL 1.0.6 assessment-results document (XML), for tools that speak
/// NIST's format.
///
/// - One `result` for the assessment, reviewing every statement of the questionnaire (`include-all`).
/// - One `observation` per answered statement: the answer, comment and evidence; compensating
///   controls and not-applicable justifications as remarks.
/// - One `finding` per applicable statement at or below its domain's target, whose `target`
///   (type `objective-id`, the statement id) is `satisfied` or `not-satisfied`; with a previous
///   assessment, a `since-previous` property says `regression`, `opened` or `closed` where the
///   statement changed (the core's ``AssessmentChange``).
/// - One `observation` per measured outcome indicator, and one `not-satisfied` `finding` per
///   outcome below its domain's target level or not measured (target: the indicator's id).
/// - `back-matter` cites the questionnaire and the response file with their SHA-256.
/// - `import-ap` points to the questionnaire's back-matter resource: the questionnaire plays the
///   assessment plan's part, naming what is assessed and how.
public enum AssessmentResultsWriter {
  static let namespace = "http://csrc.nist.gov/ns/oscal/1.0"
  static let propertyNamespace = "urn:fincyber:oscal"

  /// The OSCAL document as XML bytes.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - previous: The institution's previous assessment, if any, for what changed since.
  ///   - language: The language of titles and statement texts.
  ///   - generatedAt: The `last-modified` time; by default the assessment date at midnight in the
  ///     questionnaire's time zone, so that the same inputs give the same bytes.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ input: ReportInput, previous: Assessment? = nil, language: Language, generatedAt: String? = nil) throws -> [UInt8] {
    let assessment = input.assessment
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let seed = "fincyber:\(input.responsesSHA256):"
    let id = { (item: String) in OSCALIdentifier.uuid(seed + item) }
    let assessed = responses.date + "T00:00:00" + questionnaire.timeZone
    let words = Localizer(language: language, questionnaire: questionnaire)
    let questionnaireResource = id("resource:questionnaire")
    let targets = Dictionary(uniqueKeysWithValues: assessment.domains.map { ($0.domain.id, $0.target.level) })
    let outcomes = assessment.domains.flatMap(\.outcomes)
    // What changed since the previous assessment, statement by statement.
    var since: [String: String] = [:]
    if let previous {
      let change = AssessmentChange(from: previous, to: assessment)
      for id in change.closed { since[id] = "closed" }
      for id in change.opened { since[id] = "opened" }
      for id in change.regressions { since[id] = "regression" }
    }

    return try XMLWriter.document { w in
      w.start("assessment-results", ["xmlns": namespace, "uuid": id("assessment-results")])
      w.start("metadata")
      w.element("title", text: words.text("oscalTitle", ["name": "\(responses.institution.name) \(responses.period)"]))
      w.element("last-modified", text: generatedAt ?? assessed)
      w.element("version", text: responses.period)
      w.element("oscal-version", text: "1.0.6")
      w.start("role", ["id": "assessor"])
      w.element("title", text: words.text("assessor"))
      w.end()
      w.start("party", ["uuid": id("party:institution"), "type": "organization"])
      w.element("name", text: responses.institution.name)
      w.end()
      w.start("party", ["uuid": id("party:assessor"), "type": "person"])
      w.element("name", text: responses.assessor)
      w.element("member-of-organization", text: id("party:institution"))
      w.end()
      w.start("responsible-party", ["role-id": "assessor"])
      w.element("party-uuid", text: id("party:assessor"))
      w.end()
      w.end()
      w.element("import-ap", ["href": "#" + questionnaireResource])

      w.start("result", ["uuid": id("result")])
      w.element("title", text: "\(words.name(questionnaire.title)) \(questionnaire.version) — \(responses.period)")
      w.start("description")
      w.element("p", text: words.text("oscalDescription", ["institution": responses.institution.name, "date": responses.date]))
      w.end()
      w.element("start", text: assessed)
      w.start("reviewed-controls")
      w.start("control-selection")
      w.element("include-all")
      w.end()
      w.end()

      for statement in questionnaire.statements {
        guard let answer = responses.answers[statement.id], questionnaire.answerScale.isComplete(answer) else { continue }
        w.start("observation", ["uuid": id("observation:" + statement.id)])
        w.element("title", text: statement.id)
        w.start("description")
        w.element("p", text: words.name(statement.text))
        w.end()
        w.element("prop", ["name": "answer", "ns": propertyNamespace, "value": answer.value.rawValue])
        w.element("prop", ["name": "level", "ns": propertyNamespace, "value": statement.level.id])
        if answer.trail.carried { w.element("prop", ["name": "carried", "ns": propertyNamespace, "value": "true"]) }
        if let review = answer.trail.review {
          w.element("prop", ["name": "review-status", "ns": propertyNamespace, "value": review.status.rawValue])
        }
        w.element("method", text: "EXAMINE")
        if let evidence = answer.evidence {
          w.start("relevant-evidence")
          w.start("description")
          w.element("p", text: evidence)
          w.end()
          w.end()
        }
        w.element("collected", text: assessed)
        let meaning = questionnaire.answerScale.meaning(of: answer)
        let remarks: [(String, String?)] = [
          (words.text("compensatingControl"), answer.compensatingControl),
          (words.text("justification", ["answer": words.name(meaning.name)]), answer.justification),
          (words.text("comment"), answer.comment),
          (words.text("reviewerRemark"), answer.trail.review?.remark),
          (words.text("reviewCoach"), answer.trail.coachRemark?.text),
        ]
        if remarks.contains(where: { $0.1 != nil }) {
          w.start("remarks")
          for (label, text) in remarks { if let text { w.element("p", text: "\(label): \(text)") } }
          w.end()
        }
        w.end()
      }
      for outcome in outcomes where outcome.isMeasured {
        w.start("observation", ["uuid": id("observation:" + outcome.indicator.id)])
        w.element("title", text: outcome.indicator.id)
        w.start("description")
        w.element("p", text: OutcomeTargetView.finding(outcome, words))
        w.end()
        w.element("prop", ["name": "measured-value", "ns": propertyNamespace, "value": RecordValue.number(outcome.value!)])
        w.element("method", text: "EXAMINE")
        w.element("collected", text: assessed)
        if let note = outcome.note {
          w.start("remarks")
          w.element("p", text: note)
          w.end()
        }
        w.end()
      }

      for statement in questionnaire.statements where statement.level <= targets[statement.domainID]! {
        let answer = responses.answers[statement.id]
        let meaning = questionnaire.answerScale.meaning(of: answer)
        guard !meaning.isExcluded else { continue }
        w.start("finding", ["uuid": id("finding:" + statement.id)])
        w.element("title", text: statement.id)
        w.start("description")
        w.element("p", text: words.name(statement.text))
        w.end()
        if let change = since[statement.id] { w.element("prop", ["name": "since-previous", "ns": propertyNamespace, "value": change]) }
        w.start("target", ["type": "objective-id", "target-id": statement.id])
        w.element("status", ["state": meaning.meets ? "satisfied" : "not-satisfied"])
        w.end()
        if meaning.isComplete {
          w.element("related-observation", ["observation-uuid": id("observation:" + statement.id)])
        }
        w.end()
      }
      // Outcomes below the target level, and indicators not measured: findings of their own.
      for outcome in outcomes where outcome.isBelowTarget || !outcome.isMeasured {
        w.start("finding", ["uuid": id("finding:" + outcome.indicator.id)])
        w.element("title", text: outcome.indicator.id)
        w.start("description")
        w.element("p", text: OutcomeTargetView.finding(outcome, words))
        w.end()
        w.element("prop", [
          "name": "outcome", "ns": propertyNamespace, "value": outcome.isMeasured ? "below-target" : "not-measured",
        ])
        w.start("target", ["type": "objective-id", "target-id": outcome.indicator.id])
        w.element("status", ["state": "not-satisfied"])
        w.end()
        if outcome.isMeasured {
          w.element("related-observation", ["observation-uuid": id("observation:" + outcome.indicator.id)])
        }
        w.end()
      }
      w.end()

      w.start("back-matter")
      w.start("resource", ["uuid": questionnaireResource])
      w.element("title", text: "\(words.name(questionnaire.title)) (\(questionnaire.id) \(questionnaire.version))")
      w.start("rlink", ["href": "urn:fincyber:questionnaire:\(questionnaire.id):\(questionnaire.version)"])
      w.element("hash", ["algorithm": "SHA-256"], text: input.questionnaireSHA256)
      w.end()
      w.end()
      w.start("resource", ["uuid": id("resource:responses")])
      w.element("title", text: words.text("oscalResponses", ["name": "\(responses.institution.name) \(responses.period)"]))
      w.start("rlink", ["href": "urn:fincyber:responses:\(input.responsesSHA256)"])
      w.element("hash", ["algorithm": "SHA-256"], text: input.responsesSHA256)
      w.end()
      w.end()
      w.end()
      w.end()
    }
  }
}
