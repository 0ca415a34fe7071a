import FinCyberCore
import FinCyberReports

/// The answers a component's form sends: for each statement shown, its answer and texts.
///
/// Field names: `statement` once per statement shown, then `value:ID`, `comment:ID`,
/// `evidence:ID`, `control:ID` (the compensating control), `justification:ID`, the review's
/// fields (``ReviewFields``), and `version:ID`, the ``Version`` of the answer the page was
/// rendered with; `confirm` names a statement whose carried answer is confirmed, or `all` for
/// every statement of the form. Each statement is a unit of its own (``ResponsesEdit``), keyed by its id.
struct AnswerEdit: ResponsesEdit {
  /// Who answers and when, recorded on each answer changed or confirmed.
  struct Session: Sendable {
    /// Who is answering, as they gave their name in this run; nil when they have not.
    var answerer: String?
    /// Now, as an `xs:dateTime`.
    var now: String
    /// Today, `YYYY-MM-DD`: a review's day when none is given.
    var today: String
  }

  /// The answers as they will be saved, in the order the form listed them.
  var answers: [Answer]
  /// What must be mended before they can be saved.
  var problems: [FormProblem]
  /// The versions the statements were rendered from, by statement id.
  var rendered: [String: String]
  /// The questionnaire's answer scale: the values a form may send and what each requires.
  let scale: AnswerScale
  /// The statements whose carried answer the form confirms.
  var confirmed: Set<String> = []
  /// Who answers and when.
  let session: Session
  /// The period a carried answer came from: the one before the responses' own (as
  /// ``CarryForward`` starts a period from the one before).
  var previousPeriod: String?

  /// Reads a component form.
  ///
  /// - Parameters:
  ///   - fields: The form's fields.
  ///   - allowed: The ids of the statements the form may answer.
  ///   - current: The answers as they stand, for a statement whose answer was not sent.
  ///   - scale: The questionnaire's answer scale.
  ///   - words: The page's language and the model's words, for the problems.
  ///   - session: Who answers and when.
  ///   - period: The responses' period.
  init(
    _ fields: FormFields, allowed: Set<String>, current: [String: Answer], scale: AnswerScale, words: Localizer, session: Session,
    period: String
  ) {
    self.scale = scale
    self.session = session
    previousPeriod = Quarter.adding(-1, to: period)
    answers = []
    problems = []
    rendered = fields.renderedVersions
    let confirm = fields.all("confirm")
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
      var answer = Answer(
        statementID: id, value: meaning.value, comment: cleaned["comment"], evidence: cleaned["evidence"],
        compensatingControl: cleaned[RequiredText.control.field], justification: cleaned[RequiredText.justification.field])
      answer.trail = current[id]?.trail ?? AnswerTrail()
      if let (review, coach) = ReviewFields.read(
        id, fields, current: current[id]?.trail, answerer: session.answerer, today: session.today, words: words, problems: &problems)
      {
        (answer.trail.review, answer.trail.coachRemark) = (review, coach)
      }
      answers.append(answer)
      if confirm.contains(id) || confirm.contains("all") { confirmed.insert(id) }
    }
  }

  /// Each statement's id and the version of the answer sent.
  var sent: [(key: String, version: String)] { answers.map { ($0.statementID, Version.answer($0, scale)) } }

  /// The version of a statement's answer as it stands.
  func version(of key: String, in responses: Responses) -> String { Version.answer(responses.answers[key], scale) }

  /// Puts the answers of the statements named into responses, each keeping its review trail
  /// (``AnswerTrail``) with the review and coach's remark the form sent: an answer sent as it
  /// stands is left as it is, carried mark included, unless the form confirms it; an answer
  /// changed or confirmed is settled (``CarryForward/settled(_:replacing:previousPeriod:by:at:)``):
  /// no longer carried, with who and when, and a changed carried answer keeps the previous
  /// period's value beside it.
  ///
  /// - Parameters:
  ///   - units: The statements to apply.
  ///   - responses: The responses to change.
  func apply(_ units: Set<String>, to responses: inout Responses) {
    for answer in answers where units.contains(answer.statementID) {
      let before = responses.answers[answer.statementID]
      var kept = answer
      let same = Version.content(answer, scale) == Version.content(before, scale)
      if same && !(confirmed.contains(answer.statementID) && before?.trail.carried == true) {
        kept.trail = before?.trail ?? AnswerTrail()
      } else {
        kept = CarryForward.settled(
          answer, replacing: before, previousPeriod: previousPeriod, by: session.answerer, at: session.now)
      }
      (kept.trail.review, kept.trail.coachRemark) = (answer.trail.review, answer.trail.coachRemark)
      responses.answers[answer.statementID] = kept
    }
  }
}
