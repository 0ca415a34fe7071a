import FinCyberCore
import FinCyberReports
import Testing

@Suite struct GapAnalysisWriterTests {
  @Test func outputIsValidAgainstItsSchema() throws {
    let bytes = try GapAnalysisWriter.xml(try ReportFixtures.hostileInput())
    let document = try XMLDocumentLoader.load(bytes, path: "gap-report.xml", expecting: [.gapAnalysis])
    #expect(document.root["format-version"] == "2")
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

  @Test(arguments: ["2026Q1", "2026Q2"])
  func readingBackGivesTheSameRecord(_ period: String) throws {
    let (input, _) = try GoldenReportTests.input(period)
    let record = GapAnalysis(input, generatedAt: "2026-07-01T09:30:00+08:00")
    let bytes = try GapAnalysisWriter.xml(record)
    let read = try GapAnalysisReader.read(bytes, path: "round-trip.xml")
    #expect(read == record)
    #expect(try GapAnalysisWriter.xml(read) == bytes)
  }

  @Test func percentsToTargetPerFactorAndComponentAndThePreviousPositionAreRecorded() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let (_, earlier) = try GoldenReportTests.input("2026Q1")
    let record = GapAnalysis(input, previous: earlier)
    // Worked by hand from Fixtures/mini-bank-2026Q2.xml; both targets are advanced.
    // D1.GV.BO: B.1, B.2 and E.1 (compensating) met, Int.1 and A.1 not: 3 of 5.
    // D1.GV.RM: E.1 and Int.1 met, B.1 not, A.1 not applicable: 2 of 3.
    // D2.PR.ZT: B.1 and E.1 met, Int.1 and A.1 not: 2 of 4.
    let (d1, d2) = (record.domains[0].score, record.domains[1].score)
    #expect(d1.children[0].children.map(\.percentToTarget) == ["60.0", "66.7"])
    #expect(d1.children[0].percentToTarget == "62.5")
    #expect(d2.children[0].children[0].percentToTarget == "50.0")
    #expect(record.domains.map { $0.previous?.period } == ["2026Q1", "2026Q1"])
    #expect(record.domains.map { $0.previous?.achieved } == earlier.domains.map { $0.score.achieved?.id ?? "below-baseline" })
    let bytes = try GapAnalysisWriter.xml(record)
    _ = try XMLDocumentLoader.load(bytes, path: "with-previous.xml", expecting: [.gapAnalysis])
    #expect(try GapAnalysisReader.read(bytes, path: "with-previous.xml") == record)
    #expect(GapAnalysis(input).domains.allSatisfy { $0.previous == nil })
  }

  @Test func aRecordThatDiffersIsNotEqual() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    var record = GapAnalysis(input)
    let read = try GapAnalysisReader.read(try GapAnalysisWriter.xml(record), path: "x.xml")
    record.domains[0].score.children[0].tallies[0].met += 1
    #expect(read != record)
  }

  @Test func aResponseFileIsNotAGapAnalysis() throws {
    let path = ReportFixtures.root.appendingPathComponent("Tests/FinCyberReportsTests/Fixtures/mini-bank-2026Q2.xml").path
    let error = #expect(throws: FinCyberError.self) { try GapAnalysisReader.read(try InputFile.read(path), path: path) }
    #expect(error?.diagnostics.first?.message.contains("this is a response file; expected a gap analysis") == true)
  }
}
