import FinCyberCore
import FinCyberTestSupport
import Foundation

/// The mini questionnaire with three remediation initiatives, and assessments of it that the
/// planning tests reason about by hand.
enum PlanFixtures {
  /// The mini questionnaire's text with a block before its end.
  static func questionnaireText(adding block: String = MiniInitiatives.xml) throws -> String {
    let text = try String(contentsOfFile: Fixtures.path("mini-questionnaire.xml"), encoding: .utf8)
    return text.replacingOccurrences(of: "</questionnaire>", with: block + "</questionnaire>")
  }

  static let questionnaire: Questionnaire = try! Loader.questionnaire(Array(questionnaireText().utf8), path: "mini-plan.xml")

  static let common: [String: String] = [
    "D1.GV.BO.B.1": "yes", "D1.GV.BO.B.2": "yes", "D1.GV.BO.E.1": "yes", "D1.GV.BO.Int.1": "no", "D1.GV.BO.A.1": "no",
    "D1.GV.RM.E.1": "yes", "D1.GV.RM.Int.1": "yes", "D1.GV.RM.Inn.1": "no",
    "D2.PR.ZT.B.1": "yes", "D2.PR.ZT.E.1": "yes", "D2.PR.ZT.Int.1": "no", "D2.PR.ZT.A.1": "no", "D2.PR.ZT.Inn.1": "no",
  ]

  /// Targets advanced in both domains; RM.A.1 not applicable. In 2026Q2 the gaps are RM.B.1
  /// (baseline), BO.Int.1, BO.A.1, ZT.Int.1 and ZT.A.1; percent to target D1 62.5, D2 50.
  static func assessment(_ period: String = "2026Q2", _ changed: [String: String] = ["D1.GV.RM.B.1": "no"]) throws -> Assessment {
    var xml = Fixtures.responsesXML(answers: common.merging(changed) { $1 }, targetOverrides: [("D1", "advanced"), ("D2", "advanced")])
    let date = ["2026Q2": "2026-06-30", "2026Q3": "2026-09-30"][period] ?? "2026-03-31"
    xml = xml.replacingOccurrences(of: "period=\"2026Q1\"", with: "period=\"\(period)\"").replacingOccurrences(of: "date=\"2026-03-31\"", with: "date=\"\(date)\"")
    var responses = try Loader.responses(Array(xml.utf8), path: period + ".xml", for: questionnaire)
    responses.answers["D1.GV.RM.A.1"] = Answer(statementID: "D1.GV.RM.A.1", value: AnswerValue("not-applicable"), justification: "None abroad")
    return Scorer.score(responses, against: questionnaire)
  }
}
