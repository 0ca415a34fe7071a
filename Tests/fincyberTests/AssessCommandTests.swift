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

/// The report options of `assess`.
@Suite struct AssessReportOptionTests {
  @Test func anInstitutionsOwnTemplatesReplaceTheBundledOnes() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
    try "<!DOCTYPE html><html lang=\"{{lang}}\"><head><title>{{cover.institution}}</title></head><body>{{> part}}</body></html>\n"
      .write(toFile: folder + "/templates/gap-report.mustache", atomically: true, encoding: .utf8)
    try "<p>Custom: {{cover.period}} {{labels.executiveSummary}}</p>".write(toFile: folder + "/templates/part.mustache", atomically: true, encoding: .utf8)
    let result = try Binary.run(["assess", "--lang", "en", "--template-dir", "templates", "--out", "out"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let html = try String(contentsOfFile: folder + "/out/gap-report.html", encoding: .utf8)
    #expect(html.contains("<p>Custom: 2026Q4 Executive summary</p>"))
  }

  @Test func aTemplateWithUnescapedOutputIsRefusedAndNothingIsWritten() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
    try "<html>\n<body>{{{cover.institution}}}</body></html>\n".write(toFile: folder + "/templates/gap-report.mustache", atomically: true, encoding: .utf8)
    let result = try Binary.run(["assess", "--template-dir", "templates", "--out", "out"], in: folder)
    #expect(result.status == 1)
    #expect(result.error.contains("gap-report.mustache:2:1: the template writes unescaped output"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }

  @Test func previousAssessmentShowsTheDirectionOfEachPillar() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fixtures = Binary.packageRoot.appendingPathComponent("Tests/FinCyberReportsTests/Fixtures").path
    let result = try Binary.run([
      "assess", "--lang", "en", "--questionnaire", Binary.fixture("mini-questionnaire.xml"),
      "--responses", fixtures + "/mini-bank-2026Q2.xml", "--previous", fixtures + "/mini-bank-2026Q1.xml", "--out", "out",
    ], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let html = try String(contentsOfFile: folder + "/out/gap-report.html", encoding: .utf8)
    #expect(html.contains("Since last time (2026Q1)"))
    // D1 fell below baseline (RM.B.1 regressed); D2 climbed to evolving (ZT.E.1 now met).
    #expect(html.contains("<span aria-hidden=\"true\">▼</span> down"))
    #expect(html.contains("<span aria-hidden=\"true\">▲</span> up"))
  }

  @Test func generatedAtIsRecordedOnlyWhenAskedFor() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["assess", "--out", "a"], in: folder).status == 0)
    #expect(try Binary.run(["assess", "--out", "b"], in: folder).status == 0)
    #expect(try Binary.run(["assess", "--out", "c", "--generated-at", "2026-12-31T17:00:00+08:00"], in: folder).status == 0)
    let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a/gap-report.xml"))
    let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b/gap-report.xml"))
    let c = try String(contentsOfFile: folder + "/c/gap-report.xml", encoding: .utf8)
    #expect(a == b)
    #expect(c.contains("generated-at=\"2026-12-31T17:00:00+08:00\""))
    let bad = try Binary.run(["assess", "--out", "d", "--generated-at", "yesterday"], in: folder)
    #expect(bad.status == 2)
  }

  @Test func oscalExportIsWrittenOnRequest() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["assess", "--oscal", "--out", "out"], in: folder).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted()
    #expect(names == ["assessment-results.oscal.xml", "gap-actions.csv", "gap-report.html", "gap-report.xml", "profile-csf.csv", "profile-csf.xml"])
    let schema = Binary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/oscal-1.0.6/oscal_assessment-results_schema.xsd").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments = ["--noout", "--nonet", "--schema", schema, folder + "/out/assessment-results.oscal.xml"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}
