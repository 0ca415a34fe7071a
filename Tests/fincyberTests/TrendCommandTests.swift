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

  /// The bank's third quarter answered under 1.1.0 and its fourth under 2.0.0: the trend compares
  /// what the two versions share (replaced statements through the revision map), counts the
  /// statements 2.0.0 added apart, and names the gap that opened only because a statement moved
  /// level (threat-led supplier testing, Innovative in 1.1.0, Intermediate in 2.0.0).
  @Test func theBanksTrendAcrossTheRevisionNamesWhatMoved() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let root = Binary.packageRoot.path
    let result = try Binary.run(
      [
        "trend", "--questionnaire", root + "/Questionnaires/fsc-resilience-roadmap-1.1.xml",
        root + "/Questionnaires/samples/formosa-bank-2026Q3-v1.1.xml", root + "/Questionnaires/samples/formosa-bank-2026Q4.xml",
        "--out", "trend", "--lang", "en",
      ], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("2026Q3 → 2026Q4: 0 regressions, 23 gaps closed, 1 opened"), "\(result.output)")
    let xml = try String(contentsOfFile: folder + "/trend/trend.xml", encoding: .utf8)
    #expect(xml.contains("questionnaire-version=\"1.1.0\"") && xml.contains("questionnaire-version=\"2.0.0\""))
    #expect(xml.contains("compared=\"426\" across-versions=\"true\""))
    #expect(xml.components(separatedBy: "<added ").count - 1 == 74)
    #expect(xml.contains("<opened statement=\"P3.SC.MO.Int.3\"/>"))
    let html = try String(contentsOfFile: folder + "/trend/trend.html", encoding: .utf8)
    #expect(html.contains("P2.SD.MA.A.1"))
  }
}
