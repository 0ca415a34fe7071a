import Foundation
import Testing

/// `fincyber assess`, run as a user runs it.
@Suite struct AssessCommandTests {
  @Test func bundledSampleWithNoOptions() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(["assess"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("目標達成率"))
    #expect(result.output.contains("wrote fincyber-report/gap-report.html"))
    let html = try String(contentsOfFile: folder + "/fincyber-report/gap-report.html", encoding: .utf8)
    #expect(html.contains("<html lang=\"zh-TW\">"))
    #expect(try Binary.xmllint(folder + "/fincyber-report/gap-report.xml", schema: "Reports/schema/gap-analysis.xsd") == 0)
  }

  @Test func englishAndAnotherFolder() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(["assess", "--lang", "en", "--out", "reports/q4"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Percent to target"))
    #expect(FileManager.default.fileExists(atPath: folder + "/reports/q4/gap-report.xml"))
  }

  @Test func invalidResponsesExitOneAndWriteNothing() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let broken = Binary.fixture("invalid/unknown-statement.xml")
    let result = try Binary.run(
      ["assess", "--questionnaire", Binary.fixture("mini-questionnaire.xml"), "--responses", broken], in: folder)
    #expect(result.status == 1)
    #expect(result.error.contains("\(broken):7:13: answer to unknown statement 'D9.XX.YY.B.1'"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test func usageErrorExitsTwo() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(["assess", "--lang", "fr"], in: folder)
    #expect(result.status == 2)
    #expect(result.error.contains("'fr' is invalid for '--lang"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test func missingFileExitsOne() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(["assess", "--responses", "nowhere.xml"], in: folder)
    #expect(result.status == 1)
    #expect(result.error.contains("nowhere.xml: cannot read: no such file"))
  }
}
