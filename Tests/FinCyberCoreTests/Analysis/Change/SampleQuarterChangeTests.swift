import FinCyberCore
import FinCyberTestSupport
import Testing

/// The sample bank from 2026Q3 to 2026Q4 (questionnaire 2.0.0), worked out by hand from the two
/// files: 23 answers differ. Every target is advanced (tier 1). At or below advanced, 22 statements
/// went from no to yes: P2 ZT.IA.A.2, VA.AS.A.1, CM.CB.A.1 (3); P3 SC.CT.A.1, SC.CT.A.2, TI.AC.A.3,
/// CD.IR.A.2, IC.NW.A.1 (5); P4's 14 advanced statements. The other change is an innovative
/// statement, above every target: P2.ET.PQ.Inn.1 no to unanswered (not met both times: no
/// regression). Percent to target: P2 121 then 124 of 135 applicable met, P3 90 then 95 of 102, P4
/// 90 then 104 of 104.
@Suite struct SampleQuarterChangeTests {
  static func record(_ period: String) throws -> GapAnalysis {
    let questionnaire = try Loader.questionnaire(BundledFiles.defaultQuestionnaire, path: BundledFiles.defaultQuestionnairePath)
    let path = MiniInitiatives.root.appendingPathComponent("Questionnaires/samples/formosa-bank-\(period).xml").path
    let responses = try Loader.responses(at: path, for: questionnaire)
    return GapAnalysis(ReportInput(assessment: Scorer.score(responses, against: questionnaire), questionnaireSHA256: "", responsesSHA256: ""))
  }

  @Test func theBanksFourthQuarterClosesTwentyTwoGapsAndLosesNothing() throws {
    let change = AssessmentChange(from: try Self.record("2026Q3"), to: try Self.record("2026Q4"))
    #expect((change.from, change.to) == ("2026Q3", "2026Q4"))
    #expect(change.regressions.isEmpty && change.opened.isEmpty)
    #expect(change.closed.count == 22)
    let byID = Dictionary(uniqueKeysWithValues: change.domains.map { ($0.id, $0) })
    let p1 = try #require(byID["P1"]), p2 = try #require(byID["P2"]), p3 = try #require(byID["P3"]), p4 = try #require(byID["P4"])
    #expect(p1.closed.isEmpty && (p1.achievedBefore, p1.achievedNow) == ("advanced", "advanced"))
    #expect(p2.closed == ["P2.ZT.IA.A.2", "P2.VA.AS.A.1", "P2.CM.CB.A.1"])
    #expect(Set(p3.closed) == ["P3.CD.IR.A.2", "P3.IC.NW.A.1", "P3.SC.CT.A.1", "P3.SC.CT.A.2", "P3.TI.AC.A.3"])
    #expect(p4.closed.count == 14 && p4.closed.allSatisfy { $0.hasPrefix("P4.") && $0.contains(".A.") })
    #expect((p4.achievedBefore, p4.achievedNow) == ("intermediate", "advanced"))
    #expect((p2.percentBefore, p2.percentNow) == (89.6, 91.9) && (p3.percentBefore, p3.percentNow) == (88.2, 93.1))
    #expect((p4.percentBefore, p4.percentNow) == (86.5, 100))
  }
}
