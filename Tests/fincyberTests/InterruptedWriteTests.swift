import Foundation
import Testing

/// fincyber killed while it writes leaves each output either as it was or as it would be, never torn.
@Suite struct InterruptedWriteTests {
  @Test func killedMidWriteLeavesOldOrNewNeverTorn() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/answers.xml"
    // Two whole versions of the file: the one on disk and the one being written.
    #expect(try Binary.run(["template", "--out", "answers.xml", "--lang", "en", "--date", "2026-03-31"], in: folder).status == 0)
    let old = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(try Binary.run(["template", "--out", "new.xml", "--lang", "zh-TW", "--date", "2026-03-31"], in: folder).status == 0)
    let new = try Data(contentsOf: URL(fileURLWithPath: folder + "/new.xml"))
    #expect(old != new)

    var outcomes = Set<String>()
    for attempt in 0..<40 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Binary.path)
      process.arguments = ["template", "--out", "answers.xml", "--lang", "zh-TW", "--date", "2026-03-31", "--force"]
      process.currentDirectoryURL = URL(fileURLWithPath: folder)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Kill it at a different moment each time: from before it reads its input to after it renames.
      usleep(UInt32(attempt % 20) * 1_500)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let now = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(now == old || now == new, "attempt \(attempt): a torn file of \(now.count) bytes")
      outcomes.insert(now == old ? "old" : "new")
      if now == new { try old.write(to: URL(fileURLWithPath: path)) }
    }
    // Leftover temporary files from killed runs are hidden, and never take the file's name.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(names.filter { !$0.hasPrefix(".") }.sorted() == ["answers.xml", "new.xml"])
  }
}
