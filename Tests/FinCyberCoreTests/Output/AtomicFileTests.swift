import Foundation
import Testing

@testable import FinCyberCore

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

  @Test func aFailedRenameLeavesTheOldContentAndNoTemporaryFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // The target is a folder holding a file, so the final rename fails after the data is written.
    try FileManager.default.createDirectory(atPath: folder + "/report.xml", withIntermediateDirectories: true)
    try AtomicFile.write(Array("old".utf8), to: folder + "/report.xml/keep.txt")
    #expect(throws: FinCyberError.self) { try AtomicFile.write(Array("new".utf8), to: folder + "/report.xml") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.xml"])
    #expect(try String(contentsOfFile: folder + "/report.xml/keep.txt", encoding: .utf8) == "old")
  }

  @Test func aSetOfFilesThatCannotAllBeWrittenLeavesTheOldSet() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.write(Array("old html".utf8), to: folder + "/a.html")
    // The second name is taken by a folder: staging succeeds, and the set must not be half replaced.
    try FileManager.default.createDirectory(atPath: folder + "/b.xml", withIntermediateDirectories: true)
    try AtomicFile.write(Array("x".utf8), to: folder + "/b.xml/inside")
    #expect(throws: FinCyberError.self) {
      try AtomicFile.writeAll([("a.html", Array("new html".utf8)), ("b.xml", Array("new xml".utf8))], into: folder)
    }
    #expect(try String(contentsOfFile: folder + "/a.html", encoding: .utf8) == "old html")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.html", "b.xml"])
  }

  @Test func aRenameThatFailsMidwayPutsBackTheFilesAlreadyRenamed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.write(Array("old a".utf8), to: folder + "/a.html")
    try AtomicFile.write(Array("old b".utf8), to: folder + "/b.xml")
    // a.html and b.xml are renamed into place; the third rename fails (a disk error, say).
    var renames = 0
    let error = #expect(throws: FinCyberError.self) {
      try AtomicFile.writeAll(
        [("a.html", Array("new a".utf8)), ("b.xml", Array("new b".utf8)), ("c.csv", Array("new c".utf8))], into: folder,
        renaming: { from, to in
          renames += 1
          if renames == 3 { errno = EIO; return -1 }
          return rename(from, to)
        })
    }
    #expect(error?.errorDescription?.contains("put back") == true)
    #expect(try String(contentsOfFile: folder + "/a.html", encoding: .utf8) == "old a")
    #expect(try String(contentsOfFile: folder + "/b.xml", encoding: .utf8) == "old b")
    // c.csv was new: it is not left behind, and neither is any staged or kept copy.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.html", "b.xml"])
  }

  @Test func aSuccessfulSetLeavesNoKeptCopies() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.write(Array("old".utf8), to: folder + "/a.html")
    try AtomicFile.writeAll([("a.html", Array("new".utf8)), ("b.xml", Array("b".utf8))], into: folder)
    #expect(try String(contentsOfFile: folder + "/a.html", encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.html", "b.xml"])
  }
}
