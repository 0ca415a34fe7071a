import Foundation
import Testing

/// `fincyber trend`, run as a user runs it.
@Suite struct TrendCommandTests {
  static let fixtures = Binary.packageRoot.appendingPathComponent("Tests/FinCyberReportsTests/Fixtures").path

  @Test func responseFilesAndGapAnalysesMix() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let mini = Binary.fixture("mini-questionnaire.xml")
    // The first quarter as a gap analysis written by assess, the second as a response file.
    #expect(try Binary.run(["assess", "--questionnaire", mini, "--responses", Self.fixtures + "/mini-bank-2026Q1.xml", "--out", "q1"], in: folder).status == 0)
    let result = try Binary.run(
      ["trend", "--questionnaire", mini, "q1/gap-report.xml", Self.fixtures + "/mini-bank-2026Q2.xml", "--out", "trend", "--lang", "en"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("2026Q1 → 2026Q2: 1 regressions, 1 gaps closed, 1 opened"))
    let html = try String(contentsOfFile: folder + "/trend/trend.html", encoding: .utf8)
    #expect(html.contains("D1.GV.RM.B.1"))
  }

  @Test func anotherInstitutionIsRefused() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let other = folder + "/other.xml"
    let text = try String(contentsOfFile: Self.fixtures + "/mini-bank-2026Q1.xml", encoding: .utf8)
      .replacingOccurrences(of: "id=\"mini-bank\"", with: "id=\"other-bank\"")
    try text.write(toFile: other, atomically: true, encoding: .utf8)
    let mini = Binary.fixture("mini-questionnaire.xml")
    let refused = try Binary.run(["trend", "--questionnaire", mini, Self.fixtures + "/mini-bank-2026Q2.xml", other, "--out", "t"], in: folder)
    #expect(refused.status == 1)
    // A record keeps no place in its file: the problem is the file's, and the command adds its option.
    #expect(refused.error.contains("other.xml: this assessment is of"), "\(refused.error)")
    #expect(refused.error.contains("give one institution's files, or allow assessments of different institutions in one trend: pass --allow-mixed"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/t"))
    let allowed = try Binary.run(["trend", "--allow-mixed", "--questionnaire", mini, Self.fixtures + "/mini-bank-2026Q2.xml", other, "--out", "t"], in: folder)
    #expect(allowed.status == 0, "\(allowed.error)")
  }
}
