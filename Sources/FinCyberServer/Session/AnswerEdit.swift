import FinCyberCore
import FinCyberReports

/// The answers a component's form sends: for each statement shown, its answer and texts.
///
/// Field names: `statement` once per statement shown, then `value:ID`, `comment:ID`,
/// `evidence:ID`, `control:ID` (the compensating control), `justification:ID`, and `version:ID`,
/// the ``Version`` of the answer the page was rendered with. Each statement is a unit of its own
/// (``ResponsesEdit``), keyed by its id.
struct AnswerEdit: ResponsesEdit {
  /// The answers as they will be saved, in the order the form listed them.
  var answers: [Answer]
  /// What must be mended before they can be saved.
  var problems: [FormProblem]
  /// The versions the statements were rendered from, by statement id.
  var rendered: [String: String]
  /// The questionnaire's answer scale: the values a form may send and what each requires.
  let scale: AnswerScale

  /// Reads a component form.
  ///
  /// - Parameters:
  ///   - fields: The form's fields.
  ///   - allowed: The ids of the statements the form may answer.
  ///   - current: The answers as they stand, for a statement whose answer was not sent.
  ///   - scale: The questionnaire's answer scale.
  ///   - words: The page's language and the model's words, for the problems.
  init(_ fields: FormFields, allowed: Set<String>, current: [String: Answer], scale: AnswerScale, words: Localizer) {
    self.scale = scale
    answers = []
    problems = []
    rendered = fields.renderedVersions
    let labels = [
      ("comment", words.text("comment")), ("evidence", words.text("evidenceReference")),
    ] + RequiredText.allCases.map { ($0.field, $0.label(words, scale: scale)) }
    var seen: Set<String> = []
    for id in fields.all("statement") where allowed.contains(id) && seen.insert(id).inserted {
      var meaning = scale.meaning(of: current[id])
      if let sent = fields["value:" + id] {
        guard let parsed = scale[AnswerValue(sent)] else {
          let values = scale.meanings.map(\.value.rawValue).joined(separator: ", ")
          problems.append(FormProblem(field: "value:" + id, "problemUnknownAnswer", ["id": id, "sent": sent, "values": values], words: words))
          continue
        }
        meaning = parsed
      }
      var cleaned: [String: String] = [:]
      for (name, label) in labels {
        let field = name + ":" + id
        let text = SubmittedText.clean(fields[field])
        if let problem = SubmittedText.problem(text, field: field, label: id + " " + label, words: words) { problems.append(problem) }
        cleaned[name] = text
      }
      for required in RequiredText.allCases where meaning.requirement == required.requirement && cleaned[required.field] == nil {
        problems.append(FormProblem(field: required.field + ":" + id, required.problemKey, ["id": id, "answer": words.name(meaning.name)], words: words))
      }
      answers.append(Answer(
        statementID: id, value: meaning.value, comment: cleaned["comment"], evidence: cleaned["evidence"],
        compensatingControl: cleaned[RequiredText.control.field], justification: cleaned[RequiredText.justification.field]))
    }
  }

  /// Each statement's id and the version of the answer sent.
  var sent: [(key: String, version: String)] { answers.map { ($0.statementID, Version.answer($0, scale)) } }

  /// The version of a statement's answer as it stands.
  func version(of key: String, in responses: Responses) -> String { Version.answer(responses.answers[key], scale) }

  /// Puts the answers of the statements named into responses, each keeping its review trail
  /// (``AnswerTrail``): an answer sent as it stands is left as it is, carried mark included; an
  /// answer changed is settled (``CarryForward/settled(_:replacing:previousPeriod:by:at:)``), no
  /// longer carried. The pages know neither who answers nor the period a carried answer came from,
  /// so they record neither.
  ///
  /// - Parameters:
  ///   - units: The statements to apply.
  ///   - responses: The responses to change.
  func apply(_ units: Set<String>, to responses: inout Responses) {
    for answer in answers where units.contains(answer.statementID) {
      let before = responses.answers[answer.statementID]
      var kept = answer
      if Version.answer(answer, scale) == Version.answer(before, scale) {
        kept.trail = before?.trail ?? AnswerTrail()
      } else {
        kept = CarryForward.settled(answer, replacing: before, previousPeriod: nil, by: nil, at: nil)
      }
      responses.answers[answer.statementID] = kept
    }
  }
}
