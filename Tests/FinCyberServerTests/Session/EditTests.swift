import FinCyberCore
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// What the forms send becomes answers, ratings and values, or problems that name their field.
@Suite struct EditTests {
  let statements: Set<String> = ["D1.GV.BO.B.1", "D1.GV.BO.B.2", "D1.GV.BO.E.1"]

  func edit(_ body: String, current: [String: Answer] = [:], language: Language = .english) -> AnswerEdit {
    AnswerEdit(FormFields(body), allowed: statements, current: current, scale: ServerFixtures.mini.answerScale, words: ServerFixtures.words(language),
      session: ServerFixtures.session, period: "2026Q4")
  }

  @Test func answersAndTheirTextsAreRead() {
    let result = edit("statement=D1.GV.BO.B.1&value%3AD1.GV.BO.B.1=yes&comment%3AD1.GV.BO.B.1=%20Board+minutes%0D%0Aline+2%20&evidence%3AD1.GV.BO.B.1=")
    #expect(result.problems.isEmpty)
    #expect(result.answers == [Answer(statementID: "D1.GV.BO.B.1", value: .yes, comment: "Board minutes\nline 2")])
  }

  @Test func aCompensatingAnswerNeedsItsControl() {
    let body = "statement=D1.GV.BO.B.1&value%3AD1.GV.BO.B.1=yes-compensating&control%3AD1.GV.BO.B.1=+++"
    let result = edit(body)
    #expect(result.problems.map(\.field) == ["control:D1.GV.BO.B.1"])
    #expect(result.problems[0].message == "D1.GV.BO.B.1: the answer 'Yes, with a compensating control' needs the control described.")
    #expect(edit(body, language: .traditionalChinese).problems[0].message == "D1.GV.BO.B.1：回答「是（以補償性控制達成）」須說明補償性控制。")
  }

  @Test func aNotApplicableAnswerNeedsItsJustification() {
    let result = edit("statement=D1.GV.BO.B.2&value%3AD1.GV.BO.B.2=not-applicable")
    #expect(result.problems.map(\.field) == ["justification:D1.GV.BO.B.2"])
    let mended = edit("statement=D1.GV.BO.B.2&value%3AD1.GV.BO.B.2=not-applicable&justification%3AD1.GV.BO.B.2=No+such+service")
    #expect(mended.problems.isEmpty)
    #expect(mended.answers[0].justification == "No such service")
  }

  @Test func aSavedAnswerKeepsItsReviewTrailAndIsConfirmedOnlyWhenChanged() {
    var trail = AnswerTrail()
    trail.carried = true
    trail.answeredBy = "CISO"
    trail.review = AnswerTrail.Review(status: .reviewed, by: "Internal audit", date: "2026-11-30")
    var responses = ServerFixtures.emptyResponses
    responses.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes, comment: "Minutes")
    responses.answers["D1.GV.BO.B.1"]?.trail = trail
    responses.answers["D1.GV.BO.B.2"] = Answer(statementID: "D1.GV.BO.B.2", value: .yes)
    responses.answers["D1.GV.BO.B.2"]?.trail = trail
    let current = responses.answers
    // B.1 sent back as it stands (a Save of the whole page), B.2 changed.
    let sent = edit("statement=D1.GV.BO.B.1&value%3AD1.GV.BO.B.1=yes&comment%3AD1.GV.BO.B.1=Minutes&statement=D1.GV.BO.B.2&value%3AD1.GV.BO.B.2=no", current: current)
    sent.apply(["D1.GV.BO.B.1", "D1.GV.BO.B.2"], to: &responses)
    #expect(responses.answers["D1.GV.BO.B.1"]?.trail == trail, "an answer sent unchanged stays as it was, carried")
    var settled = trail
    settled.carried = false
    settled.answeredBy = ServerFixtures.session.answerer
    settled.answeredAt = ServerFixtures.session.now
    settled.previous = ("2026Q3", .yes)
    #expect(responses.answers["D1.GV.BO.B.2"]?.value == .no)
    #expect(
      responses.answers["D1.GV.BO.B.2"]?.trail == settled,
      "a changed answer keeps its review, is no longer carried, records who and when, and keeps the previous period's value")
  }

  @Test func anUnknownAnswerAControlCharacterAndAnOverlongTextAreRefused() {
    let long = String(repeating: "a", count: SubmittedText.maximumLength + 1)
    let result = edit(
      "statement=D1.GV.BO.B.1&value%3AD1.GV.BO.B.1=maybe&statement=D1.GV.BO.B.2&comment%3AD1.GV.BO.B.2=a%01b"
        + "&statement=D1.GV.BO.E.1&evidence%3AD1.GV.BO.E.1=" + long)
    #expect(result.problems.map(\.field) == ["value:D1.GV.BO.B.1", "comment:D1.GV.BO.B.2", "evidence:D1.GV.BO.E.1"])
  }

  @Test func statementsOutsideTheComponentAndRepeatsAreIgnored() {
    let result = edit("statement=D2.PR.ZT.B.1&value%3AD2.PR.ZT.B.1=no&statement=D1.GV.BO.B.1&statement=D1.GV.BO.B.1&value%3AD1.GV.BO.B.1=no")
    #expect(result.answers.map(\.statementID) == ["D1.GV.BO.B.1"])
  }

  @Test func aStatementSentWithoutAnAnswerKeepsTheOneItHad() {
    let current = ["D1.GV.BO.B.1": Answer(statementID: "D1.GV.BO.B.1", value: .no)]
    let result = edit("statement=D1.GV.BO.B.1&comment%3AD1.GV.BO.B.1=noted", current: current)
    #expect(result.answers == [Answer(statementID: "D1.GV.BO.B.1", value: .no, comment: "noted")])
  }

  @Test(arguments: [
    ("2026-02-28", true), ("2024-02-29", true), ("2026-02-29", false), ("1900-02-29", false), ("2000-02-29", true),
    ("2026-13-01", false), ("2026-04-31", false), ("2026-4-1", false), ("26-04-01", false), ("", false),
  ])
  func datesMustExist(_ date: String, _ exists: Bool) {
    #expect(ProfileEdit.isRealDate(date) == exists)
  }

  @Test func theProfileChecksSectorTierPeriodAndNames() {
    let mini = ServerFixtures.mini
    let good = ProfileEdit(
      FormFields("name=Bank&sector=bank&tier=bank-3&period=2026Q2&date=2026-06-30&assessor=CISO"), questionnaire: mini, words: ServerFixtures.words())
    #expect(good.problems.isEmpty)
    let bad = ProfileEdit(
      FormFields("name=+&sector=bank&tier=insurance-1&period=2026Q5&date=2026-06-31&assessor="), questionnaire: mini, words: ServerFixtures.words())
    #expect(bad.problems.map(\.field) == ["name", "assessor", "tier", "period", "date"])
  }

  @Test func theRiskFormNeedsReasonsForOverrides() {
    let mini = ServerFixtures.mini
    let result = RiskEdit(
      FormFields("risk%3ATC.01=most&risk%3ATC.02=&risk%3ATC.03=huge&override=significant&override-reason=&target%3AD1=advanced&target-reason%3AD1=Board+decision&target%3AD2=advanced"),
      questionnaire: mini, words: ServerFixtures.words())
    #expect(result.ratings.map(\.activity) == ["TC.01"])
    #expect(result.problems.map(\.field) == ["risk:TC.03", "override-reason", "target-reason:D2"])
    #expect(result.targetOverrides == ["D1": Override(level: "advanced", reason: "Board decision")])
  }

  @Test func outcomeValuesMustBeNumbersWithinTheirRange() {
    let mini = ServerFixtures.mini
    let good = OutcomeEdit(
      FormFields("value%3AOI.D1.BOARD=4&note%3AOI.D1.BOARD=2026+minutes&value%3AOI.D2.PATCH=1%2C200.5"), questionnaire: mini, words: ServerFixtures.words())
    #expect(good.problems.isEmpty)
    #expect(good.outcomes["OI.D1.BOARD"] == Outcome(indicatorID: "OI.D1.BOARD", value: 4, note: "2026 minutes"))
    #expect(good.outcomes["OI.D2.PATCH"]?.value == 1200.5)
    let bad = OutcomeEdit(FormFields("value%3AOI.D1.BOARD=13&value%3AOI.D2.PATCH=nan"), questionnaire: mini, words: ServerFixtures.words())
    #expect(bad.problems.map(\.field) == ["value:OI.D1.BOARD", "value:OI.D2.PATCH"])
    #expect(bad.outcomes.isEmpty)
  }
}
