import Foundation
import Testing

/// `fincyber template`, run as a user runs it.
@Suite struct TemplateCommandTests {
  @Test func writesAValidTemplateAndNeverOverwritesWithoutForce() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try Binary.run(["template", "--out", "answers.xml", "--period", "2026Q1", "--date", "2026-03-31"], in: folder)
    #expect(first.status == 0, "\(first.error)")
    let written = try String(contentsOfFile: folder + "/answers.xml", encoding: .utf8)
    #expect(written.contains("value=\"unanswered\""))
    #expect(try Binary.xmllint(folder + "/answers.xml", schema: "Questionnaires/schema/responses.xsd") == 0)
    #expect(try Binary.run(["validate", "answers.xml"], in: folder).status == 0)

    try "edited".write(toFile: folder + "/answers.xml", atomically: true, encoding: .utf8)
    let second = try Binary.run(["template", "--out", "answers.xml"], in: folder)
    #expect(second.status == 1)
    #expect(second.error.contains("exists already"))
    #expect(try String(contentsOfFile: folder + "/answers.xml", encoding: .utf8) == "edited")

    let forced = try Binary.run(["template", "--out", "answers.xml", "--force"], in: folder)
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: folder + "/answers.xml", encoding: .utf8).contains("unanswered"))
  }

  @Test func unknownTierIsAUsageError() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(["template", "--out", "a.xml", "--sector", "bank", "--tier", "nope"], in: folder)
    #expect(result.status == 2)
    #expect(!FileManager.default.fileExists(atPath: folder + "/a.xml"))
  }
}
