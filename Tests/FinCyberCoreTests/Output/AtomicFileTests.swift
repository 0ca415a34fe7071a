import FinCyberCore
import Foundation
import Testing

@Suite struct AtomicFileTests {
  func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-tests-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func writesAndReplaces() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.write(Array("one".utf8), to: folder + "/a.txt")
    try AtomicFile.write(Array("two".utf8), to: folder + "/a.txt")
    #expect(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8) == "two")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.txt"])
  }

  @Test func refusesToOverwriteWhenAskedNotTo() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.write(Array("one".utf8), to: folder + "/a.txt")
    #expect(throws: FinCyberError.fileExists(path: folder + "/a.txt")) {
      try AtomicFile.write(Array("two".utf8), to: folder + "/a.txt", overwrite: false)
    }
    #expect(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8) == "one")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.txt"])
  }

  @Test func aFolderThatCannotBeMadeLeavesNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.write(Array("x".utf8), to: folder + "/file")
    #expect(throws: FinCyberError.self) {
      try AtomicFile.writeAll([("a.html", Array("a".utf8))], into: folder + "/file/sub")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
  }
}
