import FinCyberCore
import FinCyberTestSupport
import Foundation
import Testing

/// The review trail of an answer, and a quarter carried forward from the last.
@Suite struct CarryForwardTests {
  static func answered() throws -> Responses {
    var responses = try Loader.responses(
      Array(Fixtures.responsesXML(answers: ["D1.GV.BO.B.1": "yes", "D1.GV.BO.B.2": "no"], outcomes: [("OI.D1.BOARD", "4")]).utf8),
      path: "q1.xml", for: Fixtures.mini)
    responses.answers["D1.GV.BO.B.1"]?.comment = "Board minutes, item 7"
    responses.answers["D1.GV.BO.B.1"]?.trail.answeredBy = "王小明 IT operations"
    responses.answers["D1.GV.BO.B.1"]?.trail.answeredAt = "2026-03-20T10:15:00+08:00"
    responses.answers["D1.GV.BO.B.1"]?.trail.review = .init(status: .challenged, by: "林稽核 Internal audit", date: "2026-03-25", remark: "Minutes do not show the vote")
    responses.answers["D1.GV.BO.B.1"]?.trail.coachRemark = .init(text: "Compare with the peer practice note", by: "F-ISAC coach", date: "2026-03-28")
    return responses
  }

  @Test func theTrailIsWrittenAndReadBackAndValidates() throws {
    let responses = try Self.answered()
    let bytes = try ResponsesWriter(questionnaire: Fixtures.mini, language: .english).xml(responses)
    let again = try Loader.responses(bytes, path: "q1.xml", for: Fixtures.mini)
    #expect(again.answers["D1.GV.BO.B.1"] == responses.answers["D1.GV.BO.B.1"])
    #expect(again.answers["D1.GV.BO.B.1"]?.trail.review?.status == .challenged)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("trail-\(UUID().uuidString).xml")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(bytes).write(to: file)
    #expect(try Xmllint.validate(file.path, schema: Fixtures.packageRoot.appendingPathComponent("Questionnaires/schema/responses.xsd").path).status == 0)
  }

  @Test func anImpossibleReviewDateIsRefusedWhereItIs() throws {
    let text = String(decoding: try ResponsesWriter(questionnaire: Fixtures.mini, language: .english).xml(try Self.answered()), as: UTF8.self)
      .replacingOccurrences(of: "date=\"2026-03-25\"", with: "date=\"2026-02-30\"")
    let error = #expect(throws: FinCyberError.self) { try Loader.responses(Array(text.utf8), path: "q1.xml", for: Fixtures.mini) }
    #expect(error?.diagnostics.first?.message.contains("'2026-02-30'") == true)
    #expect(error?.diagnostics.first?.line != nil)
  }

  @Test func aCarriedQuarterKeepsEveryAnswerAndMarksIt() throws {
    let previous = try Self.answered()
    let next = CarryForward.responses(from: previous, period: "2026Q2", date: "2026-06-30")
    #expect((next.period, next.date) == ("2026Q2", "2026-06-30"))
    #expect(next.answers.count == previous.answers.count)
    #expect(next.answers.values.allSatisfy { $0.trail.carried })
    let kept = try #require(next.answers["D1.GV.BO.B.1"])
    #expect(kept.value == .yes && kept.comment == "Board minutes, item 7" && kept.trail.answeredBy == "王小明 IT operations")
    #expect(kept.trail.review == nil && kept.trail.coachRemark == nil, "last quarter's review is not this quarter's")
    #expect(next.outcomes == previous.outcomes)
    let assessment = Scorer.score(next, against: Fixtures.mini)
    #expect(assessment.carriedUnconfirmed.map(\.id) == ["D1.GV.BO.B.1", "D1.GV.BO.B.2"])
    #expect(Scorer.score(previous, against: Fixtures.mini).carriedUnconfirmed.isEmpty)
  }

  @Test func confirmingOrChangingSettlesACarriedAnswer() throws {
    let next = CarryForward.responses(from: try Self.answered(), period: "2026Q2", date: "2026-06-30")
    let carried = try #require(next.answers["D1.GV.BO.B.2"])
    var changed = carried
    changed.value = .yes
    let settled = CarryForward.settled(changed, replacing: carried, previousPeriod: "2026Q1", by: "林志遠 CISO", at: "2026-06-10T09:00:00+08:00")
    #expect(!settled.trail.carried)
    #expect(settled.trail.previous?.period == "2026Q1" && settled.trail.previous?.value == .no)
    #expect(settled.trail.answeredBy == "林志遠 CISO")
    let confirmed = CarryForward.settled(carried, replacing: carried, previousPeriod: "2026Q1", by: "林志遠 CISO", at: nil)
    #expect(!confirmed.trail.carried && confirmed.trail.previous == nil, "confirmed unchanged: nothing to show beside it")
  }

  @Test func anonymisingKeepsWhatTheTrailSaysButNotWhoSaidIt() throws {
    let anonymizer = try #require(Anonymizer(key: Array("a key of thirty-two bytes or more!!".utf8)))
    let copy = anonymizer.anonymize(CarryForward.responses(from: try Self.answered(), period: "2026Q2", date: "2026-06-30"))
    let answer = try #require(copy.answers["D1.GV.BO.B.1"])
    #expect(answer.trail.carried && answer.trail.answeredBy == nil && answer.trail.answeredAt == nil)
    var reviewed = try Self.answered()
    reviewed.answers["D1.GV.BO.B.1"]?.trail.carried = false
    let review = try #require(anonymizer.anonymize(reviewed).answers["D1.GV.BO.B.1"]?.trail)
    #expect(review.review?.status == .challenged && review.review?.by == nil && review.review?.remark == nil)
    #expect(review.review?.date == "2026-01-01", "the day coarsened to its quarter")
    #expect(review.coachRemark == nil)
  }

  @Test func theGapRecordCarriesTheTrail() throws {
    var next = CarryForward.responses(from: try Self.answered(), period: "2026Q2", date: "2026-06-30")
    next.answers["D1.GV.BO.B.2"]?.trail.review = .init(status: .toReview)
    let record = GapAnalysis(ReportInput(
      assessment: Scorer.score(next, against: Fixtures.mini), questionnaireSHA256: String(repeating: "0", count: 64),
      responsesSHA256: String(repeating: "1", count: 64)))
    let back = try GapAnalysisReader.read(try GapAnalysisWriter.xml(record), path: "gap.xml")
    let b2 = try #require(back.answers.first { $0.statement == "D1.GV.BO.B.2" })
    #expect(b2.carried && b2.review == .toReview)
    #expect(back.answers.filter { $0.carried }.count == 2)
  }
}
