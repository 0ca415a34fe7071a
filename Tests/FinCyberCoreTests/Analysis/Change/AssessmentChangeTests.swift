import FinCyberCore
import Testing

/// What changed from one quarter to the next, per domain, worked out by hand on the mini
/// questionnaire: targets set to advanced in both domains; from 2026Q1 to 2026Q2, D1.GV.RM.B.1 goes
/// from yes to no and D2.PR.ZT.E.1 from no to yes.
@Suite struct AssessmentChangeTests {
  static let common: [String: String] = [
    "D1.GV.BO.B.1": "yes", "D1.GV.BO.B.2": "yes", "D1.GV.BO.E.1": "yes", "D1.GV.BO.Int.1": "no", "D1.GV.BO.A.1": "no",
    "D1.GV.RM.E.1": "yes", "D1.GV.RM.Int.1": "yes", "D1.GV.RM.Inn.1": "no",
    "D2.PR.ZT.B.1": "yes", "D2.PR.ZT.Int.1": "no", "D2.PR.ZT.A.1": "no", "D2.PR.ZT.Inn.1": "no",
  ]

  static func record(_ period: String, _ changed: [String: String]) throws -> GapAnalysis {
    var xml = Fixtures.responsesXML(
      answers: common.merging(changed) { $1 }, targetOverrides: [("D1", "advanced"), ("D2", "advanced")])
    xml = xml.replacingOccurrences(of: "period=\"2026Q1\"", with: "period=\"\(period)\"")
      .replacingOccurrences(of: "date=\"2026-03-31\"", with: "date=\"\(period == "2026Q1" ? "2026-03-31" : "2026-06-30")\"")
    var responses = try Loader.responses(Array(xml.utf8), path: period + ".xml", for: Fixtures.mini)
    responses.answers["D1.GV.RM.A.1"] = Answer(statementID: "D1.GV.RM.A.1", value: AnswerValue("not-applicable"), justification: "None abroad")
    let assessment = Scorer.score(responses, against: Fixtures.mini)
    return GapAnalysis(ReportInput(assessment: assessment, questionnaireSHA256: String(repeating: "0", count: 64), responsesSHA256: String(repeating: "1", count: 64)))
  }

  @Test func perDomainLevelsPercentsGapsAndRegressions() throws {
    let before = try Self.record("2026Q1", ["D1.GV.RM.B.1": "yes", "D2.PR.ZT.E.1": "no"])
    let after = try Self.record("2026Q2", ["D1.GV.RM.B.1": "no", "D2.PR.ZT.E.1": "yes"])
    let change = AssessmentChange(from: before, to: after)
    #expect((change.from, change.to) == ("2026Q1", "2026Q2"))
    let d1 = try #require(change.domains.first { $0.id == "D1" })
    let d2 = try #require(change.domains.first { $0.id == "D2" })
    // D1: BO stops at evolving both times; RM falls from advanced to below baseline.
    #expect((d1.achievedBefore, d1.achievedNow) == ("evolving", "below-baseline"))
    // Up to advanced, D1 has 8 applicable statements (RM.A.1 excluded): 6 met, then 5.
    #expect((d1.percentBefore, d1.percentNow) == (75, 62.5))
    #expect(d1.opened == ["D1.GV.RM.B.1"] && d1.closed.isEmpty && d1.regressions == ["D1.GV.RM.B.1"])
    // D2: ZT from baseline to evolving; 1 of 4 then 2 of 4 up to advanced.
    #expect((d2.achievedBefore, d2.achievedNow) == ("baseline", "evolving"))
    #expect((d2.percentBefore, d2.percentNow) == (25, 50))
    #expect(d2.closed == ["D2.PR.ZT.E.1"] && d2.opened.isEmpty && d2.regressions.isEmpty)
    #expect(change.regressions == ["D1.GV.RM.B.1"])
    #expect(change.compared == 16 && !change.acrossVersions)
  }

  @Test func anAnswerExcludedThenIsNoRegression() throws {
    let before = try Self.record("2026Q1", ["D1.GV.RM.B.1": "yes", "D2.PR.ZT.E.1": "yes"])
    var after = try Self.record("2026Q2", ["D1.GV.RM.B.1": "yes", "D2.PR.ZT.E.1": "yes"])
    // Met, then not applicable: left out of the counts, not lost.
    let index = try #require(after.answers.firstIndex { $0.statement == "D2.PR.ZT.E.1" })
    after.answers[index].countsAs = .excluded
    #expect(AssessmentChange(from: before, to: after).regressions.isEmpty)
  }
}
