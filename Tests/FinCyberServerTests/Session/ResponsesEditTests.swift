import FinCyberCore
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// Two tabs do not silently undo each other: each unit of a form is checked against the version
/// it was rendered from (F4).
@Suite struct ResponsesEditTests {
  let id = "D1.GV.BO.B.1"
  let statements: Set<String> = ["D1.GV.BO.B.1", "D1.GV.BO.B.2"]

  func responses(_ answers: [Answer]) -> Responses {
    var responses = ServerFixtures.emptyResponses
    for answer in answers { responses.answers[answer.statementID] = answer }
    return responses
  }

  func edit(_ value: String, comment: String = "", version: String?) -> AnswerEdit {
    var body = "statement=\(id)&value%3A\(id)=\(value)&comment%3A\(id)=\(comment)"
    if let version { body += "&version%3A\(id)=\(version)" }
    return AnswerEdit(FormFields(body), allowed: statements, current: [:], scale: ServerFixtures.mini.answerScale, words: ServerFixtures.words(),
      session: ServerFixtures.session, period: "2026Q4")
  }

  @Test func aFormRenderedFromTheCurrentAnswerIsApplied() {
    let now = responses([Answer(statementID: id, value: .no)])
    let check = edit("yes", version: Version.answer(now.answers[id], ServerFixtures.mini.answerScale)).check(against: now)
    #expect(check.apply == [id])
    #expect(check.conflicts.isEmpty)
  }

  @Test func anUntouchedStaleStatementKeepsWhatWasSavedMeanwhile() {
    let rendered = Answer(statementID: id, value: .no)
    let now = responses([Answer(statementID: id, value: .yes, comment: "typed in tab A")])
    let check = edit("no", version: Version.answer(rendered, ServerFixtures.mini.answerScale)).check(against: now)
    #expect(check.apply.isEmpty, "tab B sends back what it was shown: tab A's answer stays")
    #expect(check.conflicts.isEmpty)
  }

  @Test func aStaleStatementChangedToTheSavedAnswerIsNoConflict() {
    let rendered = Answer(statementID: id, value: .no)
    let now = responses([Answer(statementID: id, value: .yes, comment: "same")])
    #expect(edit("yes", comment: "same", version: Version.answer(rendered, ServerFixtures.mini.answerScale)).check(against: now).conflicts.isEmpty)
  }

  @Test func aStaleStatementChangedDifferentlyConflicts() {
    let rendered = Answer(statementID: id, value: .no)
    let now = responses([Answer(statementID: id, value: .yes, comment: "typed in tab A")])
    let check = edit("yes", comment: "typed in tab B", version: Version.answer(rendered, ServerFixtures.mini.answerScale)).check(against: now)
    #expect(check.conflicts == [id])
  }

  @Test func aFormWithoutVersionsIsAppliedAsSent() {
    let now = responses([Answer(statementID: id, value: .yes)])
    #expect(edit("no", version: nil).check(against: now).apply == [id])
  }

  @Test func versionsSurviveTheRoundTripThroughAForm() {
    // The page renders texts in textareas; the browser sends them back with CR LF line ends.
    let saved = Answer(statementID: id, value: .yes, comment: "line 1\nline 2")
    let sent = edit("yes", comment: "line+1%0D%0Aline+2%0D%0A", version: "x")
    #expect(sent.sent.first?.version == Version.answer(saved, ServerFixtures.mini.answerScale))
    #expect(Version.answer(nil, ServerFixtures.mini.answerScale) == Version.answer(Answer(statementID: id, value: .unanswered), ServerFixtures.mini.answerScale))
    #expect(Version.answer(saved, ServerFixtures.mini.answerScale) != Version.answer(Answer(statementID: id, value: .yes, evidence: "line 1\nline 2"), ServerFixtures.mini.answerScale))
  }

  @Test func theOtherFormsAreCheckedUnitByUnit() {
    let mini = ServerFixtures.mini
    var now = responses([])
    now.outcomes["OI.D1.BOARD"] = Outcome(indicatorID: "OI.D1.BOARD", value: 4)
    now.riskRatings = [("TC.01", "most")]
    // Rendered before the board value and the rating were saved from another tab.
    let rendered = "version%3AOI.D1.BOARD=\(Version.outcome(nil))&version%3Arisk%3ATC.01=\(Version.rating(nil))"
    let outcomes = OutcomeEdit(FormFields("value%3AOI.D1.BOARD=&value%3AOI.D2.PATCH=12&" + rendered), questionnaire: mini, words: ServerFixtures.words())
    let outcomeCheck = outcomes.check(against: now)
    #expect(outcomeCheck.conflicts.isEmpty)
    #expect(!outcomeCheck.apply.contains("OI.D1.BOARD") && outcomeCheck.apply.contains("OI.D2.PATCH"))
    var applied = now
    outcomes.apply(outcomeCheck.apply, to: &applied)
    #expect(applied.outcomes["OI.D1.BOARD"]?.value == 4 && applied.outcomes["OI.D2.PATCH"]?.value == 12)

    let risk = RiskEdit(FormFields("risk%3ATC.01=least&" + rendered), questionnaire: mini, words: ServerFixtures.words())
    #expect(risk.check(against: now).conflicts == ["risk:TC.01"])

    let profileRendered = Version.profile(of: now)
    now.institution.name = "Renamed meanwhile"
    let profile = ProfileEdit(
      FormFields("name=Bank+B&sector=bank&tier=bank-1&period=2026Q4&date=2026-12-01&assessor=CISO&version%3Aprofile=\(profileRendered)"),
      questionnaire: mini, words: ServerFixtures.words())
    #expect(profile.check(against: now).conflicts == [ProfileEdit.unit])
  }
}
