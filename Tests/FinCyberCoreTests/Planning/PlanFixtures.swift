import FinCyberCore
import Foundation

/// The mini questionnaire with three remediation initiatives, and assessments of it that the
/// planning tests reason about by hand.
enum PlanFixtures {
  /// Effort s < m < l, cost low < high; INI.BOARD covers component D1.GV.BO (1 quarter),
  /// INI.RISK covers D1.GV.RM.B.1, E.1 and Int.1 and requires INI.BOARD (2 quarters), INI.ZT covers
  /// component D2.PR.ZT (3 quarters).
  static let initiatives = """
      <initiatives>
        <effort-band id="s"><name xml:lang="zh-TW">小</name><name xml:lang="en">Small</name><description xml:lang="zh-TW">三人月以下</description><description xml:lang="en">Up to three person-months</description></effort-band>
        <effort-band id="m"><name xml:lang="zh-TW">中</name><name xml:lang="en">Medium</name><description xml:lang="zh-TW">三至十二人月</description><description xml:lang="en">Three to twelve person-months</description></effort-band>
        <effort-band id="l"><name xml:lang="zh-TW">大</name><name xml:lang="en">Large</name><description xml:lang="zh-TW">十二人月以上</description><description xml:lang="en">Over twelve person-months</description></effort-band>
        <cost-band id="low"><name xml:lang="zh-TW">低</name><name xml:lang="en">Low</name><description xml:lang="zh-TW">新臺幣一百萬元以下</description><description xml:lang="en">Up to NT$1 million</description></cost-band>
        <cost-band id="high"><name xml:lang="zh-TW">高</name><name xml:lang="en">High</name><description xml:lang="zh-TW">新臺幣一百萬元以上</description><description xml:lang="en">Over NT$1 million</description></cost-band>
        <initiative id="INI.BOARD" effort="s" cost="low" quarters="1">
          <name xml:lang="zh-TW">董事會資安指標</name><name xml:lang="en">Board security metrics</name>
          <delivers xml:lang="zh-TW">董事會核定之資安指標與報告節奏</delivers><delivers xml:lang="en">Security metrics and a reporting rhythm the board approves</delivers>
          <covers component="D1.GV.BO"/>
        </initiative>
        <initiative id="INI.RISK" effort="m" cost="low" quarters="2">
          <name xml:lang="zh-TW">資安風險登錄</name><name xml:lang="en">Security risk register</name>
          <delivers xml:lang="zh-TW">涵蓋所有子公司之風險登錄</delivers><delivers xml:lang="en">A risk register that covers every subsidiary</delivers>
          <requires initiative="INI.BOARD"/>
          <covers statement="D1.GV.RM.B.1"/><covers statement="D1.GV.RM.E.1"/><covers statement="D1.GV.RM.Int.1"/>
        </initiative>
        <initiative id="INI.ZT" effort="l" cost="high" quarters="3">
          <name xml:lang="zh-TW">零信任架構</name><name xml:lang="en">Zero trust architecture</name>
          <delivers xml:lang="zh-TW">高風險區域之零信任存取</delivers><delivers xml:lang="en">Zero trust access in the high-risk zones</delivers>
          <covers component="D2.PR.ZT"/>
        </initiative>
      </initiatives>

    """

  /// The mini questionnaire's text with a block before its end.
  static func questionnaireText(adding block: String = initiatives) throws -> String {
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
