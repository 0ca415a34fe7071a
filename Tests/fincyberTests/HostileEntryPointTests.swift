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
    #expect(result.error.contains("billion-laughs.xml:1:5: Detected an entity reference loop"))
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
}
