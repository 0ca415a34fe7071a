import Foundation
import Testing

/// `fincyber anonymize`: which keys it takes, what it warns about, and what its copies keep.
@Suite struct AnonymizeCommandTests {
  static let mini = Binary.fixture("mini-questionnaire.xml")
  static let bank = Binary.packageRoot.appendingPathComponent("Tests/FinCyberReportsTests/Fixtures/mini-bank-2026Q1.xml").path
  /// 32 bytes that are not one byte repeated.
  static let goodKey = Array("0123456789abcdef0123456789ABCDEF".utf8)

  /// Writes a key file with the given permission bits.
  static func writeKey(_ bytes: [UInt8], to path: String, mode: Int = 0o600) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
  }

  /// Anonymizes the mini bank's 2026Q1 file with a key file.
  static func anonymize(_ folder: String, key: String = "key", out: String = "out") throws -> Binary.Result {
    try Binary.run(["anonymize", "--questionnaire", mini, "--key-file", key, "--out", out, bank], in: folder)
  }

  @Test(arguments: [
    ("aaaaaaaaaaaaaaaa", "the key is 16 bytes long; it needs 32 or more"),
    ("0123456789abcdef0123456789abcde", "the key is 31 bytes long; it needs 32 or more"),
    (String(repeating: "a", count: 64), "the key is one byte repeated, which anyone can guess"),
  ])
  func weakKeysAreRefusedWithHowToMakeAGoodOne(_ key: String, _ message: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.writeKey(Array(key.utf8), to: folder + "/key")
    let result = try Self.anonymize(folder)
    #expect(result.status == 1)
    // The key is not text: the problem is of the file as a whole, with no line or column.
    #expect(result.error.contains("key: \(message) — make a random key with: head -c 32 /dev/urandom > key"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }

  @Test func aWeakKeyInTheEnvironmentIsRefusedToo() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(
      ["anonymize", "--questionnaire", Self.mini, "--out", "out", Self.bank], in: folder, environment: ["FINCYBER_ANONYMIZE_KEY": "short"])
    #expect(result.status == 1)
    #expect(result.error.contains("FINCYBER_ANONYMIZE_KEY: the key is 5 bytes long"))
    #expect(result.error.contains("export FINCYBER_ANONYMIZE_KEY=$(head -c 32 /dev/urandom | base64)"))
  }

  @Test func aKeyFileOthersCanReadIsWarnedAbout() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.writeKey(Self.goodKey, to: folder + "/key", mode: 0o644)
    let open = try Self.anonymize(folder, out: "open")
    #expect(open.status == 0, "\(open.error)")
    #expect(open.error.contains("warning: key can be read by every user (mode 644)"), "\(open.error)")
    #expect(open.error.contains("chmod 600 key"))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: folder + "/key")
    #expect(try Self.anonymize(folder, out: "group").error.contains("warning: key can be read by its group (mode 640)"))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/key")
    let kept = try Self.anonymize(folder, out: "kept")
    #expect(kept.status == 0)
    #expect(kept.error.isEmpty, "\(kept.error)")
  }

  @Test func theDateBecomesItsQuartersFirstDayAndTheOutputSaysWhatStaysExact() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.writeKey(Self.goodKey, to: folder + "/key")
    let result = try Self.anonymize(folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains(
      "kept exact: sector, tier, inherent-risk ratings (and the override's level), target override levels, answers, measured outcome values, "
        + "the period; the date became the first day of its quarter"))
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").first)
    let copy = try String(contentsOfFile: folder + "/out/" + name, encoding: .utf8)
    // The original is dated 2026-03-31.
    #expect(copy.contains("date=\"2026-01-01\" period=\"2026Q1\""), "\(copy.prefix(600))")
    #expect(!copy.contains("2026-03-31"))
    #expect(try Binary.run(["validate", "--questionnaire", Self.mini, "out/" + name], in: folder).status == 0)
  }

  @Test func everyByteOfTheKeyFileCountsATrailingNewlineToo() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.writeKey(Self.goodKey, to: folder + "/printf-key")
    try Self.writeKey(Self.goodKey + [0x0A], to: folder + "/echo-key")
    #expect(try Self.anonymize(folder, key: "printf-key", out: "printf").status == 0)
    #expect(try Self.anonymize(folder, key: "echo-key", out: "echo").status == 0)
    let printf = try FileManager.default.contentsOfDirectory(atPath: folder + "/printf")
    let echo = try FileManager.default.contentsOfDirectory(atPath: folder + "/echo")
    #expect(printf.count == 1 && echo.count == 1)
    #expect(printf != echo)
  }
}
