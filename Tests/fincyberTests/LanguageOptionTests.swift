import Foundation
import Testing

/// `--lang` follows the model: by default the questionnaire's own language, and a language the
/// model does not declare is refused before anything is written, naming the model's languages.
@Suite struct LanguageOptionTests {
  static let englishOnly = EnglishOnlyModel.path

  /// Response files for the English-only model: `answers.xml` for 2026Q1 (returned) and
  /// `answers-q2.xml` for 2026Q2.
  static func answered(in folder: String) throws -> String {
    try EnglishOnlyModel.writeAnswers("answers.xml", in: folder)
    try EnglishOnlyModel.writeAnswers("answers-q2.xml", in: folder, date: "2026-06-30")
    return "answers.xml"
  }

  @Test func aModelInEnglishOnlyNeedsNoLang() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let answers = try Self.answered(in: folder)
    let made = try Binary.run(["template", "--questionnaire", Self.englishOnly, "--out", "new.xml"], in: folder)
    #expect(made.status == 0, "\(made.error)")
    let template = try String(contentsOfFile: folder + "/new.xml", encoding: .utf8)
    #expect(template.contains("<!-- A1.T1.G1.F1 [Foundational] A named executive answers for information security. -->"))
    let result = try Binary.run(["assess", "--questionnaire", Self.englishOnly, "--responses", answers, "--out", "r"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Percent to target"), "the summary is in English: \(result.output)")
    let html = try String(contentsOfFile: folder + "/r/gap-report.html", encoding: .utf8)
    #expect(html.contains("<html lang=\"en\">"))
  }

  @Test(arguments: [
    ["assess", "--responses", "answers.xml", "--out", "out"],
    ["template", "--out", "out"],
    ["cohort", "answers.xml", "--out", "out"],
    ["trend", "answers.xml", "answers-q2.xml", "--out", "out"],
    ["serve", "--port", "0", "out"],
  ])
  func aLanguageTheModelLacksIsRefusedBeforeAnythingIsWritten(_ arguments: [String]) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try Self.answered(in: folder)
    let result = try Binary.run(arguments + ["--questionnaire", Self.englishOnly, "--lang", "zh-TW"], in: folder)
    #expect(result.status == 2, "\(result.output)\(result.error)")
    #expect(result.error.contains("--lang zh-TW: questionnaire 'english-only' has no texts in zh-TW; it is written in en — pass --lang en, or leave --lang out"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }

  @Test func migrateRefusesALanguageTheNewVersionLacks() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A second version of the English-only model that revises the first.
    let v2 = try String(contentsOfFile: Self.englishOnly, encoding: .utf8)
      .replacingOccurrences(of: "version=\"1\" date=\"2026-02-01\"", with: "version=\"2\" date=\"2026-06-01\"")
      .replacingOccurrences(of: "  <levels>", with: "  <revises version=\"1\"/>\n  <levels>")
    try v2.write(toFile: folder + "/v2.xml", atomically: true, encoding: .utf8)
    let answers = try Self.answered(in: folder)
    let refused = try Binary.run(["migrate", answers, "--from", Self.englishOnly, "--to", "v2.xml", "--out", "out", "--lang", "zh-TW"], in: folder)
    #expect(refused.status == 2, "\(refused.error)")
    #expect(refused.error.contains("it is written in en"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    let migrated = try Binary.run(["migrate", answers, "--from", Self.englishOnly, "--to", "v2.xml", "--out", "out"], in: folder)
    #expect(migrated.status == 0, "\(migrated.error)")
    #expect(try String(contentsOfFile: folder + "/out", encoding: .utf8).contains("How to answer: set the value of each declarative statement"))
  }
}
