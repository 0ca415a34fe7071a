import Foundation
import Testing

/// Library messages name no option; each command adds the option that mends the problem, as it
/// is spelt in that command.
@Suite struct FlagAdviceTests {
  /// A response file for the English-only model, which the bundled questionnaire does not take.
  static func foreignAnswers(in folder: String) throws -> String {
    try EnglishOnlyModel.writeAnswers("foreign.xml", in: folder)
    return "foreign.xml"
  }

  /// The library's words for answers checked against the bundled questionnaire, before any advice.
  static let problem = "foreign.xml:2:45: these answers are for questionnaire 'english-only', not 'fsc-resilience-roadmap' — "
    + "check them against the questionnaire they were written for"

  @Test(arguments: [
    (["assess", "--responses", "foreign.xml", "--out", "out"], ": pass it with --questionnaire"),
    (["validate", "foreign.xml"], ": name it among the files, or pass it with --questionnaire"),
    (["anonymize", "foreign.xml", "--out", "out"], ": pass it with --questionnaire"),
    (["migrate", "foreign.xml", "--to", Binary.fixture("mini-questionnaire-v2.xml"), "--out", "out"], ": pass it with --from"),
    (["cohort", "foreign.xml", "--out", "out"], ": pass it with --questionnaire"),
  ])
  func answersForAnotherQuestionnaireGetTheCommandsOption(_ arguments: [String], _ advice: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try Self.foreignAnswers(in: folder)
    let result = try Binary.run(arguments, in: folder, environment: ["FINCYBER_ANONYMIZE_KEY": String(repeating: "0123456789abcdef", count: 2)])
    #expect(result.status == 1, "\(result.error)")
    #expect(result.error.contains(Self.problem + advice), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }

  @Test(arguments: [
    ["template", "--out", "taken.xml"],
    ["migrate", Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4-v1.1.xml").path,
     "--from", Binary.packageRoot.appendingPathComponent("Questionnaires/fsc-resilience-roadmap-1.1.xml").path,
     "--to", Binary.packageRoot.appendingPathComponent("Questionnaires/fsc-resilience-roadmap-2.0.xml").path, "--out", "taken.xml"],
  ])
  func anOutputThatExistsGetsForce(_ arguments: [String]) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "mine".write(toFile: folder + "/taken.xml", atomically: true, encoding: .utf8)
    let result = try Binary.run(arguments, in: folder)
    #expect(result.status == 1, "\(result.error)")
    #expect(result.error.contains("taken.xml: exists already — choose another path, or pass --force to replace it"), "\(result.error)")
    #expect(try String(contentsOfFile: folder + "/taken.xml", encoding: .utf8) == "mine")
  }
}
