import FinCyberCore

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
  init(_ fields: FormFields, allowed: Set<String>, current: [String: Answer], scale: AnswerScale) {
    self.scale = scale
    answers = []
    problems = []
    rendered = fields.renderedVersions
    var seen: Set<String> = []
    for id in fields.all("statement") where allowed.contains(id) && seen.insert(id).inserted {
      let existing = current[id]
      var meaning = scale.meaning(of: existing)
      if let sent = fields["value:" + id] {
        guard let parsed = scale[AnswerValue(sent)] else {
          let names = scale.meanings.map(\.value.rawValue).joined(separator: ", ")
          problems.append(FormProblem(
            field: "value:" + id, chinese: "\(id)：不認得的回答「\(sent)」，請從 \(names) 中選擇。",
            english: "\(id): '\(sent)' is not an answer; choose one of \(names)."))
          continue
        }
        meaning = parsed
      }
      let value = meaning.value
      let texts = [("comment", ("說明", "The comment")), ("evidence", ("佐證", "The evidence reference")),
                   ("control", ("補償性控制", "The compensating control")), ("justification", ("不適用理由", "The justification"))]
      var cleaned: [String: String] = [:]
      for (name, label) in texts {
        let field = name + ":" + id
        let text = SubmittedText.clean(fields[field])
        if let problem = SubmittedText.problem(text, field: field, label: (id + " " + label.0, id + ": " + label.1)) {
          problems.append(problem)
        }
        cleaned[name] = text
      }
      if meaning.requirement == .compensatingControl && cleaned["control"] == nil {
        problems.append(FormProblem(
          field: "control:" + id, chinese: "\(id)：回答「\(meaning.name.text(.traditionalChinese))」須說明補償性控制。",
          english: "\(id): the answer '\(meaning.name.text(.english))' needs the control described."))
      }
      if meaning.requirement == .justification && cleaned["justification"] == nil {
        problems.append(FormProblem(
          field: "justification:" + id, chinese: "\(id)：回答「\(meaning.name.text(.traditionalChinese))」須說明理由。",
          english: "\(id): the answer '\(meaning.name.text(.english))' needs a justification."))
      }
      answers.append(Answer(
        statementID: id, value: value, comment: cleaned["comment"], evidence: cleaned["evidence"],
        compensatingControl: cleaned["control"], justification: cleaned["justification"]))
    }
  }

  /// Each statement's id and the version of the answer sent.
  var sent: [(key: String, version: String)] { answers.map { ($0.statementID, Version.answer($0, scale)) } }

  /// The version of a statement's answer as it stands.
  func version(of key: String, in responses: Responses) -> String { Version.answer(responses.answers[key], scale) }

  /// Puts the answers of the statements named into responses.
  ///
  /// - Parameters:
  ///   - units: The statements to apply.
  ///   - responses: The responses to change.
  func apply(_ units: Set<String>, to responses: inout Responses) {
    for answer in answers where units.contains(answer.statementID) { responses.answers[answer.statementID] = answer }
  }
}
