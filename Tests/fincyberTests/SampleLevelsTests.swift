import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// `fincyber assess` on each bundled sample gives the levels its answers were written to show.
///
/// The expected levels below were worked out from the answers statement by statement, apart from
/// the scorer, under the cumulative rule: a component reaches a level when every applicable statement at that
/// level and at every level below is met (`yes`, `yes-compensating`, or `not-applicable`).
@Suite struct SampleLevelsTests {
  struct Expectation: Sendable, CustomTestStringConvertible {
    var sample: String
    var questionnaire: String = "Questionnaires/fsc-resilience-roadmap.xml"
    var pillars: [String: String]
    var targets: [String: String]
    var components: [String: String]
    var testDescription: String { sample }
  }

  static let expectations: [Expectation] = [
    Expectation(
      sample: "formosa-bank-2026Q1.xml",
      pillars: ["P1": "intermediate", "P2": "evolving", "P3": "evolving", "P4": "evolving"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      // P4.BC.AS: the 2025 full-day alternate-site exercise passed, so advanced before the regression.
      components: ["P3.TI.FI": "advanced", "P4.BC.AS": "advanced", "P2.ET.PQ": "evolving"]),
    Expectation(
      sample: "formosa-bank-2026Q2.xml",
      pillars: ["P1": "intermediate", "P2": "evolving", "P3": "intermediate", "P4": "intermediate"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      components: ["P3.SC.CO": "intermediate", "P4.BC.AS": "advanced"]),
    Expectation(
      sample: "formosa-bank-2026Q3.xml",
      pillars: ["P1": "advanced", "P2": "intermediate", "P3": "intermediate", "P4": "intermediate"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      // The regression: the 2026 full-day exercise failed (P4.BC.AS.A.1 answered `no`).
      components: ["P4.BC.AS": "intermediate", "P1.CI.RA": "advanced"]),
    Expectation(
      sample: "formosa-bank-2026Q4.xml",
      pillars: ["P1": "advanced", "P2": "intermediate", "P3": "intermediate", "P4": "advanced"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      components: [
        "P3.TI.FI": "innovative", "P1.CI.RA": "innovative", "P4.BC.AS": "advanced", "P2.ET.PQ": "intermediate",
        // P4.BR.MA.A.1 is not applicable (no critical service on a single cloud provider): still advanced.
        "P4.BR.MA": "advanced",
      ]),
    Expectation(
      sample: "formosa-bank-2026Q4-v1.1.xml", questionnaire: "Questionnaires/fsc-resilience-roadmap-1.1.xml",
      // Migrated to 1.1.0: the two new statements start unanswered, and an unanswered statement is
      // not met, so P2.ET.AI and P3.TI.AC fall below their 1.0.0 levels until the CISO answers them.
      pillars: ["P1": "advanced", "P2": "evolving", "P3": "baseline", "P4": "advanced"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      components: ["P3.TI.AC": "baseline", "P2.ET.AI": "evolving", "P2.ZT.IA": "advanced", "P3.TI.FI": "innovative"]),
    Expectation(
      sample: "cuifeng-securities-2026Q4.xml",
      pillars: ["P1": "intermediate", "P2": "evolving", "P3": "evolving", "P4": "intermediate"],
      targets: ["P1": "intermediate", "P2": "intermediate", "P3": "intermediate", "P4": "advanced"],
      components: ["P4.EX.AD": "advanced", "P2.ZT.IA": "intermediate", "P3.SC.CO": "evolving"]),
    Expectation(
      sample: "anping-insurance-2026Q4.xml",
      // P4 is below baseline: the billing system's restore test (P4.BR.RV.B.1, a compliance-baseline
      // statement) moved to 2027Q1, so P4.BR.RV and with it the pillar reach no level.
      pillars: ["P1": "evolving", "P2": "baseline", "P3": "baseline", "P4": "below-baseline"],
      targets: ["P1": "intermediate", "P2": "intermediate", "P3": "intermediate", "P4": "intermediate"],
      // P4.BR.MA: its cloud statement is not applicable (no critical service in the cloud).
      components: ["P4.BR.MA": "intermediate", "P3.SC.CO": "baseline", "P2.ET.PQ": "baseline", "P4.BR.RV": "below-baseline"]),
  ]

  @Test(arguments: expectations)
  func assessGivesTheExpectedLevels(_ expected: Expectation) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let root = Binary.packageRoot.path
    let result = try Binary.run(
      [
        "assess", "--questionnaire", root + "/" + expected.questionnaire,
        "--responses", root + "/Questionnaires/samples/" + expected.sample, "--out", "out",
      ], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let path = folder + "/out/gap-report.xml"
    let analysis = try GapAnalysisReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)

    var pillars: [String: String] = [:]
    var targets: [String: String] = [:]
    var components: [String: String] = [:]
    for domain in analysis.domains {
      pillars[domain.score.id] = domain.score.achieved
      targets[domain.score.id] = domain.target.level
      for factor in domain.score.children {
        for component in factor.children { components[component.id] = component.achieved }
      }
    }
    #expect(pillars == expected.pillars)
    #expect(targets == expected.targets)
    for (component, level) in expected.components.sorted(by: { $0.key < $1.key }) {
      #expect(components[component] == level, "\(component)")
    }
  }

  static let samples: [String] = (try? FileManager.default.contentsOfDirectory(
    atPath: Binary.packageRoot.appendingPathComponent("Questionnaires/samples").path))?.filter { $0.hasSuffix(".xml") }.sorted() ?? []

  /// Each sample reads like a real assessment: all five answers occur, with their texts.
  @Test(arguments: samples)
  func everySampleMixesAllFiveAnswers(_ sample: String) throws {
    let text = try String(contentsOf: Binary.packageRoot.appendingPathComponent("Questionnaires/samples/" + sample), encoding: .utf8)
    for value in ["yes", "yes-compensating", "no", "not-applicable", "unanswered"] {
      #expect(text.contains("value=\"\(value)\""), "\(sample) has no '\(value)' answer")
    }
    #expect(text.contains("<comment>") && text.contains("<evidence>") && text.contains("<compensating-control>") && text.contains("<justification>"))
  }

  @Test func oneSampleHasAComplianceBaselineGap() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let sample = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/anping-insurance-2026Q4.xml").path
    #expect(try Binary.run(["assess", "--responses", sample, "--out", "out"], in: folder).status == 0)
    let path = folder + "/out/gap-report.xml"
    let analysis = try GapAnalysisReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
    #expect(!analysis.meetsComplianceBaseline)
    #expect(analysis.gaps.filter { $0.kind == "baseline" }.map(\.answered.statement) == ["P4.BR.RV.B.1"])
  }
}
