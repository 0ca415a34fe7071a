import FinCyberCore
import FinCyberReports
import Foundation

enum ReportFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let mini: Questionnaire = try! Loader.questionnaire(
    at: root.appendingPathComponent("Tests/FinCyberCoreTests/Fixtures/mini-questionnaire.xml").path)

  /// A mini assessment whose comment holds markup, quotes and ampersands.
  static func hostileInput() throws -> ReportInput {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="mini" questionnaire-version="1">
        <institution sector="bank" tier="bank-1"><name>A&amp;B "Bank" &lt;b&gt;</name></institution>
        <assessment date="2026-03-31" period="2026Q1"><assessor>O'Brien</assessor></assessment>
        <answers>
          <answer statement="D1.GV.BO.B.1" value="no"><comment>&lt;script&gt;alert(1)&lt;/script&gt; "quoted" &amp; more</comment></answer>
        </answers>
      </responses>
      """
    let bytes = Array(xml.utf8)
    let responses = try Loader.responses(bytes, path: "hostile.xml", for: mini)
    return ReportInput(
      assessment: Scorer.score(responses, against: mini), questionnaireSHA256: String(repeating: "a", count: 64),
      responsesSHA256: SHA256.hex(bytes))
  }
}
