import Foundation
import Testing

/// The hostile corpus through the commands that read many files: nothing is fetched, every bad
/// file is named with its problem, and the run goes on (cohort) or stops cleanly (trend).
@Suite struct HostileEntryPointTests {
  static let corpus = Binary.packageRoot.appendingPathComponent("Tests/FinCyberCoreTests/Fixtures/hostile").path

  @Test func cohortSkipsEveryHostileFileAndScoresTheRest() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).filter { $0.hasSuffix(".xml") }
    let result = try Binary.run(["cohort", Self.corpus, "--questionnaire", Binary.fixture("mini-questionnaire.xml"), "--out", "out"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    // Only the file with a UTF-8 byte-order mark is a valid response file.
    #expect(result.output.contains("scored 1 institutions, skipped \(files.count - 1) files"))
    #expect(result.error.split(separator: "\n").filter { $0.hasPrefix("skipped ") }.count == files.count - 1)
    #expect(result.error.contains("billion-laughs.xml:2:1: a DOCTYPE declaration is not allowed"))
    #expect(result.error.contains("external-dtd.xml:2:1: a DOCTYPE declaration is not allowed"))
  }

  @Test func trendRefusesHostileFilesWithTheirPositions() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run([
      "trend", "--questionnaire", Binary.fixture("mini-questionnaire.xml"),
      Self.corpus + "/quadratic-blowup.xml", Self.corpus + "/utf16.xml", Self.corpus + "/schema-location.xml", "--out", "out",
    ], in: folder)
    #expect(result.status == 1)
    #expect(result.error.contains("quadratic-blowup.xml:2:1: a DOCTYPE declaration is not allowed"))
    #expect(result.error.contains("utf16.xml:1:1: the file is UTF-16"))
    #expect(result.error.contains("schema-location.xml:2:99: xsi:schemaLocation is not followed"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }

  /// Every hostile or broken file but the one valid file of the corpus (a UTF-8 byte-order mark).
  static let refusedFiles: [String] = (try? FileManager.default.contentsOfDirectory(atPath: corpus))?
    .filter { $0.hasSuffix(".xml") && $0 != "utf8-bom.xml" }.sorted() ?? []

  @Test func theCorpusIsThere() {
    #expect(Self.refusedFiles.count >= 25)
  }

  /// Each command that reads a response file refuses each file with exit code 1, a located
  /// one-line message with a fix, and writes nothing.
  @Test(arguments: refusedFiles)
  func everyCommandRefusesTheFileAndWritesNothing(_ file: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = Self.corpus + "/" + file
    try "a key of the institution's own, long enough".write(toFile: folder + "/key", atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/key")
    let mini = Binary.fixture("mini-questionnaire.xml")
    let runs: [[String]] = [
      ["validate", input],
      ["assess", "--questionnaire", mini, "--responses", input, "--out", "out"],
      ["anonymize", input, "--out", "out", "--key-file", "key"],
      ["template", "--questionnaire", input, "--out", "out/template.xml"],
    ]
    for arguments in runs {
      let result = try Binary.run(arguments, in: folder)
      #expect(result.status == 1, "\(arguments[0]) \(file): exit \(result.status)")
      let first = result.error.split(separator: "\n").first.map(String.init) ?? ""
      #expect(first.contains(file + ":") && first.contains(" — "), "\(arguments[0]) \(file): \(first)")
      #expect(!FileManager.default.fileExists(atPath: folder + "/out"), "\(arguments[0]) \(file) wrote something")
    }
  }
}
