import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// The reports of a fixed fictional bank, compared byte for byte with reviewed copies.
///
/// After an intended change to a report, regenerate the copies and review the diff:
/// `FINCYBER_UPDATE_GOLDEN=1 swift test --filter GoldenReportTests`.
@Suite struct GoldenReportTests {
  static let folder = ReportFixtures.root.appendingPathComponent("Tests/FinCyberReportsTests")

  static func input(_ period: String) throws -> (ReportInput, Assessment) {
    let path = folder.appendingPathComponent("Fixtures/mini-bank-\(period).xml").path
    let bytes = try InputFile.read(path)
    let responses = try Loader.responses(bytes, path: path, for: ReportFixtures.mini)
    let assessment = Scorer.score(responses, against: ReportFixtures.mini)
    let questionnaireBytes = try InputFile.read(
      ReportFixtures.root.appendingPathComponent("Tests/FinCyberCoreTests/Fixtures/mini-questionnaire.xml").path)
    return (
      ReportInput(assessment: assessment, questionnaireSHA256: SHA256.hex(questionnaireBytes), responsesSHA256: SHA256.hex(bytes)),
      assessment
    )
  }

  func compare(_ produced: String, golden name: String) throws {
    let path = Self.folder.appendingPathComponent("Golden/" + name).path
    if ProcessInfo.processInfo.environment["FINCYBER_UPDATE_GOLDEN"] == "1" {
      try AtomicFile.write(Array(produced.utf8), to: path)
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    if produced != expected {
      let producedLines = produced.split(separator: "\n", omittingEmptySubsequences: false)
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let first = zip(producedLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
      Issue.record("\(name) differs at line \((first?.offset ?? min(producedLines.count, expectedLines.count)) + 1): \(first.map { "got \($0.element.0)" } ?? "length differs")")
    }
  }

  @Test(arguments: Language.allCases)
  func htmlReport(_ language: Language) throws {
    let (input, _) = try Self.input("2026Q2")
    let (_, previous) = try Self.input("2026Q1")
    try compare(try GapReportPage().html(input, previous: previous, language: language), golden: "gap-report.\(language.rawValue).html")
  }

  @Test func xmlReport() throws {
    let (input, _) = try Self.input("2026Q2")
    let (_, previous) = try Self.input("2026Q1")
    try compare(String(decoding: try GapAnalysisWriter.xml(input, previous: previous), as: UTF8.self), golden: "gap-report.xml")
  }

  @Test func summaryTable() throws {
    let (input, _) = try Self.input("2026Q2")
    try compare(SummaryTable.text(input.assessment, language: .english) + "\n", golden: "summary.en.txt")
  }
}
