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
    var questionnaire: String = "Questionnaires/fsc-resilience-roadmap-2.0.xml"
    var pillars: [String: String]
    var targets: [String: String]
    var components: [String: String]
    var testDescription: String { sample }
  }

  static let expectations: [Expectation] = [
    // The bank's four quarters, migrated to 2.0.0 with the statements new in it answered; each
    // quarter answers fewer of the new statements above Evolving than the next.
    Expectation(
      sample: "formosa-bank-2026Q1.xml",
      pillars: ["P1": "evolving", "P2": "evolving", "P3": "evolving", "P4": "evolving"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      // P4.BC.AS: the 2025 full-day alternate-site exercise passed, so advanced before the regression;
      // P1.TK.AW (new in 2.0.0): its Intermediate statements not yet met in Q1.
      components: ["P3.TI.FI": "innovative", "P4.BC.AS": "advanced", "P2.ET.PQ": "evolving", "P1.TK.AW": "evolving"]),
    Expectation(
      sample: "formosa-bank-2026Q2.xml",
      pillars: ["P1": "intermediate", "P2": "evolving", "P3": "evolving", "P4": "intermediate"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      components: ["P1.TK.AW": "intermediate", "P4.BC.AS": "advanced", "P2.CM.CH": "intermediate"]),
    Expectation(
      sample: "formosa-bank-2026Q3.xml",
      pillars: ["P1": "advanced", "P2": "intermediate", "P3": "evolving", "P4": "intermediate"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      // The regression: the 2026 full-day exercise failed (P4.BC.AS.A.1 answered `no`).
      components: ["P4.BC.AS": "intermediate", "P1.CI.RA": "innovative"]),
    Expectation(
      sample: "formosa-bank-2026Q4.xml",
      pillars: ["P1": "advanced", "P2": "intermediate", "P3": "evolving", "P4": "advanced"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      components: [
        "P3.TI.FI": "innovative", "P1.CI.RA": "innovative", "P4.BC.AS": "advanced", "P2.ET.PQ": "intermediate",
        // P4.BR.MA.A.1 is not applicable (no critical service on a single cloud provider): still advanced.
        "P4.BR.MA": "advanced",
        // 2.0.0 moved threat-led supplier testing from Innovative to Intermediate (P3.SC.MO.Inn.1 →
        // Int.3); the bank's carried `no` now holds P3.SC.MO, and with it P3, at Evolving.
        "P3.SC.MO": "evolving",
      ]),
    Expectation(
      sample: "formosa-bank-2026Q4-v1.1.xml", questionnaire: "Questionnaires/fsc-resilience-roadmap-1.1.xml",
      // Migrated to 1.1.0: the two new statements start unanswered, and an unanswered statement is
      // not met, so P2.ET.AI and P3.TI.AC fall below their 1.0.0 levels until the CISO answers them.
      pillars: ["P1": "advanced", "P2": "evolving", "P3": "baseline", "P4": "advanced"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      components: ["P3.TI.AC": "baseline", "P2.ET.AI": "evolving", "P2.ZT.IA": "advanced", "P3.TI.FI": "innovative"]),
    Expectation(
      sample: "formosa-bank-2026Q3-v1.1.xml", questionnaire: "Questionnaires/fsc-resilience-roadmap-1.1.xml",
      // The bank's third quarter as answered under 1.1.0, the two statements 1.1.0 added unanswered.
      pillars: ["P1": "advanced", "P2": "evolving", "P3": "baseline", "P4": "intermediate"],
      targets: ["P1": "advanced", "P2": "advanced", "P3": "advanced", "P4": "advanced"],
      components: ["P3.TI.AC": "baseline", "P2.ET.AI": "evolving", "P4.BC.AS": "intermediate"]),
    Expectation(
      sample: "cuifeng-securities-2026Q4.xml",
      pillars: ["P1": "evolving", "P2": "baseline", "P3": "baseline", "P4": "evolving"],
      targets: ["P1": "intermediate", "P2": "intermediate", "P3": "intermediate", "P4": "advanced"],
      // No ISO 22301 certificate (P4.BC.MS.Int.3 answered `no`): P4.BC.MS stops at Evolving, a gap
      // to target, not a compliance-baseline finding. P2.VA.DP: customer-data backups not encrypted
      // (P2.VA.DP.E.1); P3.CD.FR: no daily search for impersonation (P3.CD.FR.E.1).
      components: [
        "P4.BC.MS": "evolving", "P4.EX.AD": "advanced", "P2.ZT.IA": "intermediate", "P3.SC.CO": "evolving",
        "P2.VA.DP": "baseline", "P3.CD.FR": "baseline",
      ]),
    Expectation(
      sample: "anping-insurance-2026Q4.xml",
      // P4 is below baseline: the billing system's restore test (P4.BR.RV.B.1) moved to 2027Q1. P2 is
      // below baseline: late patches (P2.VA.VM.B.2, a compliance-baseline statement) and emergency
      // changes approved late (P2.CM.CH.B.2).
      pillars: ["P1": "baseline", "P2": "below-baseline", "P3": "baseline", "P4": "below-baseline"],
      targets: ["P1": "intermediate", "P2": "intermediate", "P3": "intermediate", "P4": "intermediate"],
      // P4.BR.MA: its cloud statement is not applicable (no critical service in the cloud).
      components: [
        "P4.BR.MA": "intermediate", "P3.SC.CO": "baseline", "P2.ET.PQ": "baseline", "P4.BR.RV": "below-baseline",
        "P2.VA.VM": "below-baseline", "P2.CM.CH": "below-baseline",
      ]),
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

  /// The insurer's one compliance-baseline finding is a late patch (P2.VA.VM.B.2, which names the
  /// self-regulatory rules it rests on); its restore test gap (P4.BR.RV.B.1, flagged in 1.x on a
  /// reference guide) is a gap to target only.
  @Test func theInsurersOnlyComplianceBaselineGapRestsOnABindingRule() throws {
    let analysis = try Self.assess("anping-insurance-2026Q4.xml")
    #expect(!analysis.meetsComplianceBaseline)
    #expect(analysis.gaps.filter { $0.kind == "baseline" }.map(\.answered.statement) == ["P2.VA.VM.B.2"])
    let restore = analysis.gaps.first { gap in gap.answered.statement == "P4.BR.RV.B.1" }
    #expect(restore?.kind == "target")
  }

  /// A securities firm without ISO 22301, an encouraged measure, meets the compliance baseline in
  /// 2.0.0: the same answer on the statement's 1.1.0 predecessor (P4.BC.MS.B.1) was a
  /// compliance-baseline finding.
  @Test func anEncouragedMeasureAloneIsNoComplianceBaselineFinding() throws {
    let analysis = try Self.assess("cuifeng-securities-2026Q4.xml")
    #expect(analysis.meetsComplianceBaseline)
    let certificate = analysis.gaps.first { gap in gap.answered.statement == "P4.BC.MS.Int.3" }
    #expect(certificate?.kind == "target")
    #expect(certificate?.answered.answer == "no")
    let root = Binary.packageRoot
    let earlier = try Loader.questionnaire(at: root.appendingPathComponent("Questionnaires/fsc-resilience-roadmap-1.1.xml").path)
    let current = try Loader.questionnaire(at: root.appendingPathComponent("Questionnaires/fsc-resilience-roadmap-2.0.xml").path)
    #expect(earlier.statements.first { $0.id == "P4.BC.MS.B.1" }?.isComplianceBaseline == true)
    #expect(current.revision?.replaced["P4.BC.MS.B.1"] == "P4.BC.MS.Int.3")
    #expect(current.statements.first { $0.id == "P4.BC.MS.Int.3" }?.isComplianceBaseline == false)
  }

  /// `assess` of a sample with the bundled questionnaire, read back from its gap XML.
  static func assess(_ sample: String) throws -> GapAnalysis {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/" + sample).path
    #expect(try Binary.run(["assess", "--responses", path, "--out", "out"], in: folder).status == 0)
    let out = folder + "/out/gap-report.xml"
    return try GapAnalysisReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: out))), path: out)
  }
}
