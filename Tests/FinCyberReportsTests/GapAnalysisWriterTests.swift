import FinCyberCore
import FinCyberReports
import Testing

@Suite struct GapAnalysisWriterTests {
  @Test func outputIsValidAgainstItsSchema() throws {
    let bytes = try GapAnalysisWriter.xml(try ReportFixtures.hostileInput())
    let document = try XMLDocumentLoader.load(bytes, path: "gap-report.xml", expecting: [.gapAnalysis])
    #expect(document.root["format-version"] == "1")
    let gaps = try #require(document.root.child(named: "gaps"))
    #expect(gaps.children.first?["statement"] == "D1.GV.BO.B.1")
    #expect(gaps.children.first?["kind"] == "baseline")
    #expect(gaps.children.first?.child(named: "comment")?.text == "<script>alert(1)</script> \"quoted\" & more")
  }

  @Test func sameInputsGiveTheSameBytes() throws {
    let input = try ReportFixtures.hostileInput()
    #expect(try GapAnalysisWriter.xml(input) == GapAnalysisWriter.xml(input))
    let stamped = String(decoding: try GapAnalysisWriter.xml(input, generatedAt: "2026-04-01T09:00:00+08:00"), as: UTF8.self)
    #expect(stamped.contains("generated-at=\"2026-04-01T09:00:00+08:00\""))
    #expect(!String(decoding: try GapAnalysisWriter.xml(input), as: UTF8.self).contains("generated-at"))
  }
}
