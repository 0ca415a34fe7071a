import Foundation
import Testing

/// What fincyber prints cannot drive the terminal: escape sequences in file names and control or
/// bidirectional characters in values from files are shown, not obeyed.
@Suite struct TerminalOutputTests {
  static let unsafe: Set<UInt32> = [0x1B, 0x0D, 0x07, 0x9B, 0x202E, 0x2066]

  func hasUnsafe(_ text: String) -> Bool { text.unicodeScalars.contains { Self.unsafe.contains($0.value) } }

  @Test func anEscapeSequenceInAFileNameIsShownNotObeyed() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path,
      toPath: folder + "/in/formosa.xml")
    let hostile = "esc-\u{1B}[31mRED\u{1B}[0m-\r\u{07}name.xml"
    try Data("not xml".utf8).write(to: URL(fileURLWithPath: folder + "/in/" + hostile))
    let result = try Binary.run(["cohort", "in", "--out", "out"], in: folder)
    #expect(result.status == 0)
    #expect(result.error.contains("esc-\\u{1B}[31mRED\\u{1B}[0m-\\u{D}\\u{7}name.xml"), "\(result.error)")
    #expect(!hasUnsafe(result.error) && !hasUnsafe(result.output))
  }

  @Test func controlAndBidiCharactersInAnInstitutionsNameAreShownNotObeyed() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let sample = try String(
      contentsOfFile: Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path, encoding: .utf8)
    let name = try #require(sample.range(of: #"<name>[^<]*</name>"#, options: .regularExpression))
    // U+009B is a one-byte CSI to many terminals; U+202E turns the rest of the line right to left.
    let renamed = sample.replacingCharacters(in: name, with: "<name>Bank\u{9B}2J \u{202E}lmx.exe\u{2066}</name>")
    try Data(renamed.utf8).write(to: URL(fileURLWithPath: folder + "/answers.xml"))
    let result = try Binary.run(["validate", "answers.xml"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Bank\\u{9B}2J \\u{202E}lmx.exe\\u{2066}"), "\(result.output)")
    #expect(!hasUnsafe(result.output))
  }
}
