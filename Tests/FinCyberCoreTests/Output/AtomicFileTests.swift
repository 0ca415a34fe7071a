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

  // MARK: Permissions

  func mode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
  }

  /// This process's umask, read without changing it.
  func umask() throws -> Int {
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
    return try #require(Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8))
  }

  @Test func aReplacedFileKeepsItsMode() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for permissions in [0o600, 0o640, 0o604] {
      let path = folder + "/answers-\(permissions).xml"
      try AtomicFile.write(Array("one".utf8), to: path)
      chmod(path, mode_t(permissions))
      try AtomicFile.write(Array("two".utf8), to: path)
      let kept = try mode(path)
      #expect(kept == permissions, "a \(String(permissions, radix: 8)) file became \(String(kept, radix: 8))")
      try AtomicFile.write(Array("three".utf8), to: path, permissions: .keepOrOwnerOnly)
      #expect(try mode(path) == permissions)
    }
  }

  @Test func aNewFileFollowsTheUmaskOrIsPrivate() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.write(Array("r".utf8), to: folder + "/report.html")
    #expect(try mode(folder + "/report.html") == 0o666 & ~umask())
    try AtomicFile.write(Array("a".utf8), to: folder + "/answers.xml", overwrite: false, permissions: .keepOrOwnerOnly)
    #expect(try mode(folder + "/answers.xml") == 0o600)
  }

  @Test func aBackupTakesTheModeOfTheFileItCopies() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/answers.xml"
    try AtomicFile.write(Array("a".utf8), to: path)
    chmod(path, 0o600)
    // A backup left world-readable by an older version is made private again, as its original.
    try AtomicFile.write(Array("old".utf8), to: path + ".bak")
    chmod(path + ".bak", 0o644)
    try AtomicFile.write(Array("a".utf8), to: path + ".bak", permissions: .sameAs(path))
    #expect(try mode(path + ".bak") == 0o600)
    try AtomicFile.write(Array("a".utf8), to: folder + "/other.bak", permissions: .sameAs(folder + "/missing.xml"))
    #expect(try mode(folder + "/other.bak") == 0o600, "owner-only when there is nothing to copy")
  }

  @Test func aSetOfFilesKeepsEachReplacedFilesMode() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.writeAll([("a.html", Array("a".utf8)), ("b.xml", Array("b".utf8))], into: folder)
    chmod(folder + "/a.html", 0o600)
    chmod(folder + "/b.xml", 0o640)
    try AtomicFile.writeAll([("a.html", Array("a2".utf8)), ("b.xml", Array("b2".utf8)), ("c.csv", Array("c".utf8))], into: folder)
    #expect(try mode(folder + "/a.html") == 0o600)
    #expect(try mode(folder + "/b.xml") == 0o640)
    #expect(try mode(folder + "/c.csv") == 0o666 & ~umask())
    try AtomicFile.writeAll([("d.xml", Array("d".utf8))], into: folder, permissions: .keepOrOwnerOnly)
    #expect(try mode(folder + "/d.xml") == 0o600)
  }
}
