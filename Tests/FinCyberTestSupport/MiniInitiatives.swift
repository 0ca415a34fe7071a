import Foundation

/// Three remediation initiatives for the mini questionnaire (`Tests/FinCyberCoreTests/Fixtures/
/// mini-questionnaire.xml`), for the planning tests of the core and of the command.
public enum MiniInitiatives {
  /// Effort s < m < l, cost low < high; INI.BOARD covers component D1.GV.BO (1 quarter),
  /// INI.RISK covers D1.GV.RM.B.1, E.1 and Int.1 and requires INI.BOARD (2 quarters), INI.ZT covers
  /// component D2.PR.ZT (3 quarters).
  public static let xml = """
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

  /// The same initiatives and bands for the bundled Roadmap questionnaire, covering components
  /// where the three samples have gaps: INI.BOARD covers P3.SC.MO, INI.RISK covers P2.CM.HC and
  /// P4.BR.RV (and requires INI.BOARD), INI.ZT covers P2.ET.AI and P2.ET.PQ.
  public static let roadmapXML = xml
    .replacingOccurrences(of: #"<covers component="D1.GV.BO"/>"#, with: #"<covers component="P3.SC.MO"/>"#)
    .replacingOccurrences(
      of: #"<covers statement="D1.GV.RM.B.1"/><covers statement="D1.GV.RM.E.1"/><covers statement="D1.GV.RM.Int.1"/>"#,
      with: #"<covers component="P2.CM.HC"/><covers component="P4.BR.RV"/>"#)
    .replacingOccurrences(of: #"<covers component="D2.PR.ZT"/>"#, with: #"<covers component="P2.ET.AI"/><covers component="P2.ET.PQ"/>"#)

  /// The bundled Roadmap questionnaire with ``roadmapXML`` in place of its own initiatives, as text:
  /// the planning tests work out their figures by hand from these three.
  public static func roadmapQuestionnaire() throws -> String {
    let text = try String(contentsOf: root.appendingPathComponent("Questionnaires/fsc-resilience-roadmap-2.0.xml"), encoding: .utf8)
    guard let start = text.range(of: "  <initiatives>"), let end = text.range(of: "</initiatives>\n", range: start.upperBound..<text.endIndex) else {
      return text.replacingOccurrences(of: "</questionnaire>", with: roadmapXML + "</questionnaire>")
    }
    return text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: roadmapXML.drop { $0 == " " })
  }

  /// The three sample institutions' latest response files, relative to the package root.
  public static let samples = [
    "Questionnaires/samples/formosa-bank-2026Q4.xml", "Questionnaires/samples/cuifeng-securities-2026Q4.xml",
    "Questionnaires/samples/anping-insurance-2026Q4.xml",
  ]

  /// The package's root folder.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The mini questionnaire with these initiatives, as text.
  public static func questionnaire() throws -> String {
    let text = try String(contentsOf: root.appendingPathComponent("Tests/FinCyberCoreTests/Fixtures/mini-questionnaire.xml"), encoding: .utf8)
    return text.replacingOccurrences(of: "</questionnaire>", with: xml + "</questionnaire>")
  }
}
