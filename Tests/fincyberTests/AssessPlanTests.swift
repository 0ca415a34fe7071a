import FinCyberCore
import FinCyberTestSupport
import Foundation
import Testing

/// `fincyber assess --plan`: the roadmap in the report, and with `--oscal` the plan of action and
/// milestones beside the assessment results; a plan of other answers is refused with nothing written.
@Suite struct AssessPlanTests {
  static let poamSchema = "../shared/reference/oscal-1.0.6/oscal_poam_schema.xsd"
  static let bank = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path

  /// A folder with the Roadmap questionnaire with the test initiatives and the bank's plan.
  func folder() throws -> String {
    let folder = try Binary.temporaryFolder()
    try Data(try MiniInitiatives.roadmapQuestionnaire().utf8).write(to: URL(fileURLWithPath: folder + "/model.xml"))
    let made = try Binary.run(["plan", "--questionnaire", "model.xml", "--responses", Self.bank, "--out", "plan.xml"], in: folder)
    #expect(made.status == 0, "\(made.error)")
    return folder
  }

  @Test func thePlanOfActionIsWrittenBesideTheAssessmentResults() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(
      ["assess", "--questionnaire", "model.xml", "--responses", Self.bank, "--oscal", "--plan", "plan.xml", "--lang", "en", "--out", "out"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("wrote out/plan-of-action.oscal.xml"))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted()
    #expect(names == ["assessment-results.oscal.xml", "gap-actions.csv", "gap-report.html", "gap-report.xml", "plan-of-action.oscal.xml", "profile-csf.csv", "profile-csf.xml"])
    #expect(try Binary.xmllint(folder + "/out/plan-of-action.oscal.xml", schema: Self.poamSchema) == 0)
    let poam = try String(contentsOfFile: folder + "/out/plan-of-action.oscal.xml", encoding: .utf8)
    #expect(poam.components(separatedBy: "<risk ").count - 1 == 3)
    let html = try String(contentsOfFile: folder + "/out/gap-report.html", encoding: .utf8)
    #expect(html.contains("<section id=\"plan\"") && html.contains("Decisions requested"))
  }

  @Test func withoutOSCALThePlanOnlyAddsTheSection() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(["assess", "--questionnaire", "model.xml", "--responses", Self.bank, "--plan", "plan.xml", "--out", "out"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted()
    #expect(names == ["gap-actions.csv", "gap-report.html", "gap-report.xml", "profile-csf.csv", "profile-csf.xml"])
    #expect(try String(contentsOfFile: folder + "/out/gap-report.html", encoding: .utf8).contains("請董事會決議事項"))
    let plain = try Binary.run(["assess", "--questionnaire", "model.xml", "--responses", Self.bank, "--out", "plain"], in: folder)
    #expect(plain.status == 0)
    #expect(!(try String(contentsOfFile: folder + "/plain/gap-report.html", encoding: .utf8)).contains("id=\"plan\""))
  }

  @Test func aPlanOfOtherAnswersIsRefusedWithNothingWritten() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let good = try String(contentsOfFile: folder + "/plan.xml", encoding: .utf8)
    for (changed, message) in [
      (good.replacingOccurrences(of: "id=\"formosa-bank\"", with: "id=\"cuifeng-securities\""),
       "plan.xml: this plan is for 'cuifeng-securities' (寶島商業銀行 Formosa Commercial Bank), the answers are of 'formosa-bank'"),
      (good.replacingOccurrences(of: "<questionnaire id=\"fsc-resilience-roadmap\"", with: "<questionnaire id=\"another-model\""),
       "plan.xml: this plan is for questionnaire 'another-model', the answers for 'fsc-resilience-roadmap'"),
      (good.replacingOccurrences(of: "status=\"planned\"", with: "status=\"someday\""), "plan.xml:"),
    ] {
      try Data(changed.utf8).write(to: URL(fileURLWithPath: folder + "/plan.xml"))
      let result = try Binary.run(
        ["assess", "--questionnaire", "model.xml", "--responses", Self.bank, "--oscal", "--plan", "plan.xml", "--out", "out"], in: folder)
      #expect(result.status == 1)
      #expect(result.error.contains(message), "\(result.error)")
      #expect(!FileManager.default.fileExists(atPath: folder + "/out"), "nothing written")
      #expect(try String(contentsOfFile: folder + "/plan.xml", encoding: .utf8) == changed)
    }
  }
}
