import Foundation
import Testing

/// `fincyber sample-cohort`, `cohort` and `anonymize`, run as a coach runs them.
@Suite struct CohortCommandTests {
  static let mini = Binary.fixture("mini-questionnaire.xml")

  @Test func badFilesAreReportedAndSkippedWithoutShiftingOthers() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["sample-cohort", "--count", "12", "--seed", "3", "--out", "in", "--questionnaire", Self.mini], in: folder).status == 0)
    let clean = try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "clean", "--lang", "en"], in: folder)
    #expect(clean.status == 0, "\(clean.error)")
    try "<responses>truncated".write(toFile: folder + "/in/broken.xml", atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(atPath: Binary.fixture("invalid/unknown-statement.xml"), toPath: folder + "/in/unknown.xml")
    let mixed = try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "mixed", "--lang", "en"], in: folder)
    #expect(mixed.status == 0, "\(mixed.error)")
    #expect(mixed.output.contains("scored 12 institutions, skipped 2 files"))
    #expect(mixed.error.contains("skipped in/broken.xml"))
    #expect(mixed.error.contains("in/unknown.xml:7:13: answer to unknown statement"))
    // The good institutions' results are the same with or without the bad files beside them.
    let before = try String(contentsOfFile: folder + "/clean/cohort.xml", encoding: .utf8)
    let after = try String(contentsOfFile: folder + "/mixed/cohort.xml", encoding: .utf8)
    #expect(before == after)
    #expect(!after.contains("Synthetic institution"))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/mixed")
    #expect(names.filter { $0.hasPrefix("position-") }.count == 12)
  }

  @Test func namesAppearOnlyWhenAskedFor() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["sample-cohort", "--count", "3", "--out", "in", "--questionnaire", Self.mini], in: folder).status == 0)
    #expect(try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "anonymous"], in: folder).status == 0)
    #expect(try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "named", "--named"], in: folder).status == 0)
    let anonymous = try String(contentsOfFile: folder + "/anonymous/cohort.html", encoding: .utf8)
    let named = try String(contentsOfFile: folder + "/named/cohort.html", encoding: .utf8)
    #expect(!anonymous.contains("Synthetic institution"))
    #expect(named.contains("Synthetic institution 00001"))
    // A position report names its own institution and no other.
    let position = try String(contentsOfFile: folder + "/anonymous/position-synthetic-00002.html", encoding: .utf8)
    #expect(position.contains("Synthetic institution 00002"))
    #expect(!position.contains("Synthetic institution 00001") && !position.contains("Synthetic institution 00003"))
  }

  @Test func nothingIsWrittenWhenNoFileCanBeScored() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
    try "not xml".write(toFile: folder + "/in/a.xml", atomically: true, encoding: .utf8)
    let result = try Binary.run(["cohort", "in", "--questionnaire", Self.mini, "--out", "out"], in: folder)
    #expect(result.status == 1)
    #expect(result.error.hasSuffix("no file could be scored — see the problems above; nothing was written\n"), "\(result.error)")
    #expect(!result.error.contains("in:1:1:"), "a folder has no line and column")
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }

  @Test func anonymizedCopiesHoldNoneOfTheOriginalStrings() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "a-secret-key-kept-by-the-bank-2026".write(toFile: folder + "/key", atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/key")
    let fixtures = Binary.packageRoot.appendingPathComponent("Tests/FinCyberReportsTests/Fixtures").path
    let result = try Binary.run(
      ["anonymize", "--questionnaire", Self.mini, "--key-file", "key", "--out", "shared", fixtures + "/mini-bank-2026Q1.xml", fixtures + "/mini-bank-2026Q2.xml"],
      in: folder)
    #expect(result.status == 0, "\(result.error)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/shared").sorted()
    #expect(names.count == 2)
    // The same pseudonym both quarters.
    #expect(names[0].dropLast("-2026Q1.xml".count) == names[1].dropLast("-2026Q2.xml".count))
    for name in names {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/shared/" + name))
      for removed in ["寶島測試銀行", "Formosa Test Bank", "mini-bank", "王大明", "DDoS campaigns", "zero trust at the intermediate",
                      "audit committee reviews", "Board calendar", "No subsidiaries abroad", "Four meetings", "pilot only"] {
        #expect(bytes.range(of: Data(removed.utf8)) == nil, "\(name) still holds '\(removed)'")
      }
    }
    #expect(try Binary.run(["validate", "--questionnaire", Self.mini, "shared/" + names[0]], in: folder).status == 0)
  }

  @Test func anInstitutionsEarlierQuartersAreSetAsideNotCountedAsPeers() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let samples = Binary.packageRoot.appendingPathComponent("Questionnaires/samples").path
    // A fixed day as today, so that the run does not depend on the clock.
    let result = try Binary.run(["cohort", samples, "--out", "out", "--lang", "en", "--today", "2026-12-31"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    // The bank's four quarters are one institution, counted at 2026Q4; the two 1.1.0 files are for
    // another questionnaire version and are skipped.
    #expect(result.output.contains("scored 3 institutions, skipped 2 files, set aside 3 earlier assessments"), "\(result.output)")
    for quarter in ["2026Q1", "2026Q2", "2026Q3"] {
      #expect(result.error.contains("set aside \(samples)/formosa-bank-\(quarter).xml: period \(quarter)"))
    }
    let positions = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").filter { $0.hasPrefix("position-") }
    #expect(positions.count == 3)
  }
}
