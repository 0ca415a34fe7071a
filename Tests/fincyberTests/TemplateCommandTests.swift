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

  /// RP.6's quarterly review starts from last quarter: every answer carried, each marked until confirmed.
  @Test func aQuarterCarriedForwardKeepsEveryAnswerMarkedCarried() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let last = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path
    let result = try Binary.run(["template", "--from", last, "--out", "q1.xml", "--date", "2027-01-20"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("2027Q1, carried over from 2026Q4: 500 answers to confirm or change"))
    let written = try String(contentsOfFile: folder + "/q1.xml", encoding: .utf8)
    #expect(written.components(separatedBy: "carried=\"true\"").count - 1 == 500)
    #expect(written.contains("period=\"2027Q1\"") && written.contains("寶島商業銀行"))
    #expect(try Binary.xmllint(folder + "/q1.xml", schema: "Questionnaires/schema/responses.xsd") == 0)
    let assessed = try Binary.run(["assess", "--responses", "q1.xml", "--out", "out", "--lang", "en"], in: folder)
    #expect(assessed.status == 0, "\(assessed.error)")
    let mixed = try Binary.run(["template", "--from", last, "--institution", "Other", "--out", "x.xml"], in: folder)
    #expect(mixed.status == 2)
    #expect(mixed.error.contains("--from takes the institution"))
  }

  @Test func unknownTierIsAUsageError() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(["template", "--out", "a.xml", "--sector", "bank", "--tier", "nope"], in: folder)
    #expect(result.status == 2)
    #expect(!FileManager.default.fileExists(atPath: folder + "/a.xml"))
  }

  @Test func aModelWithoutSectorsGetsAFileWithoutSectorOrTier() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let model = Binary.fixture("english-only-questionnaire.xml")
    let made = try Binary.run(["template", "--questionnaire", model, "--out", "a.xml"], in: folder)
    #expect(made.status == 0, "\(made.error)")
    #expect(made.output == "wrote a.xml: 6 declarative statements to answer\n")
    let written = try String(contentsOfFile: folder + "/a.xml", encoding: .utf8)
    #expect(written.contains("<institution>\n    <name>To be completed</name>"), "\(written)")
    #expect(try Binary.run(["validate", "--questionnaire", model, "a.xml"], in: folder).status == 0)

    let refused = try Binary.run(["template", "--questionnaire", model, "--out", "b.xml", "--sector", "bank"], in: folder)
    #expect(refused.status == 2)
    #expect(refused.error.contains("questionnaire 'english-only' sorts institutions into no sectors or tiers; leave --sector and --tier out"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/b.xml"))
  }

  /// Today is the questionnaire's today: in its time zone, not the machine's nor Taiwan's. Two
  /// zones 26 hours apart never share a date.
  @Test func theDefaultDateIsTodayInTheQuestionnairesTimeZone() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let text = try String(contentsOfFile: Binary.fixture("mini-questionnaire.xml"), encoding: .utf8)
    var dates: [String] = []
    for zone in ["+14:00", "-12:00"] {
      try text.replacingOccurrences(of: "time-zone=\"+08:00\"", with: "time-zone=\"\(zone)\"")
        .write(toFile: folder + "/model.xml", atomically: true, encoding: .utf8)
      let made = try Binary.run(["template", "--questionnaire", "model.xml", "--out", "a.xml", "--force"], in: folder)
      try #require(made.status == 0, "\(made.error)")
      let written = try String(contentsOfFile: folder + "/a.xml", encoding: .utf8)
      dates.append(try #require(written.firstMatch(of: #/<assessment date="([0-9-]+)"/#)).output.1.description)
    }
    #expect(dates[0] > dates[1], "\(dates)")
  }
}
