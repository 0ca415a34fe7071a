import Foundation
import Testing

/// `fincyber validate`, run as a user runs it.
@Suite struct ValidateCommandTests {
  @Test func goodFilesOfBothKinds() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let questionnaire = Binary.packageRoot.appendingPathComponent("Questionnaires/fsc-resilience-roadmap.xml").path
    let sample = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path
    let result = try Binary.run(["validate", questionnaire, sample], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("\(questionnaire): ok: questionnaire"))
    #expect(result.output.contains("\(sample): ok: responses"))
  }

  @Test(arguments: [
    ("malformed.xml", "malformed.xml:7:13: Opening and ending tag mismatch"),
    ("unknown-statement.xml", "unknown-statement.xml:7:13: answer to unknown statement"),
    ("duplicate-answer.xml", "duplicate-answer.xml:8:13: statement 'D1.GV.BO.B.1' is answered twice"),
    ("wrong-namespace.xml", "wrong-namespace.xml:2:1: the root element <responses>"),
  ])
  func brokenFileExitsOneWithItsPosition(_ name: String, _ expected: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(
      ["validate", Binary.fixture("mini-questionnaire.xml"), Binary.fixture("invalid/" + name)], in: folder)
    #expect(result.status == 1)
    #expect(result.error.contains(expected), "\(result.error)")
  }

  @Test func questionnaireGivenWhereResponsesWereExpected() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(
      ["assess", "--questionnaire", Binary.fixture("mini-questionnaire.xml"), "--responses", Binary.fixture("mini-questionnaire.xml")],
      in: folder)
    #expect(result.status == 1)
    #expect(result.error.contains("mini-questionnaire.xml:3:1: this is a questionnaire; expected a response file"))
  }
}
