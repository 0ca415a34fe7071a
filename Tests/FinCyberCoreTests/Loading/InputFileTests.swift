import Foundation
import Testing

@testable import FinCyberCore

/// Only regular files are read, and nothing waits on a file that never ends.
@Suite struct InputFileTests {
  func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-input-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Reads a path on another thread, so that a read that blocks fails the test instead of hanging it.
  func readWithin(_ seconds: Int, _ path: String) -> Result<[UInt8], Error>? {
    let done = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    Thread.detachNewThread {
      outcome.value = Result { try InputFile.read(path) }
      done.signal()
    }
    return done.wait(timeout: .now() + .seconds(seconds)) == .success ? outcome.value : nil
  }

  final class Outcome: @unchecked Sendable {
    var value: Result<[UInt8], Error>?
  }

  @Test func aNamedPipeIsRefusedAtOnceNotWaitedOn() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let pipe = folder + "/answers.xml"
    #expect(mkfifo(pipe, 0o600) == 0)
    guard let outcome = readWithin(10, pipe) else {
      // Let the blocked reader go before failing: open the pipe's other end.
      let writer = open(pipe, O_WRONLY | O_NONBLOCK)
      if writer >= 0 { close(writer) }
      Issue.record("reading a named pipe with no writer blocked for 10 s")
      return
    }
    #expect(throws: FinCyberError.cannotRead(path: pipe, reason: "it is a named pipe, not a regular file; give the file itself")) {
      try outcome.get()
    }
  }

  @Test func devicesAndFoldersAreRefusedAndLinksFollowed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(throws: FinCyberError.cannotRead(path: "/dev/zero", reason: "it is a device or socket, not a regular file; give the file itself")) {
      try InputFile.read("/dev/zero")
    }
    #expect(throws: FinCyberError.cannotRead(path: folder, reason: "it is a folder, not a file")) { try InputFile.read(folder) }
    #expect(throws: FinCyberError.cannotRead(path: folder + "/none.xml", reason: "no such file")) { try InputFile.read(folder + "/none.xml") }
    try Data("<a/>".utf8).write(to: URL(fileURLWithPath: folder + "/real.xml"))
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.xml", withDestinationPath: folder + "/real.xml")
    #expect(try InputFile.read(folder + "/link.xml") == Array("<a/>".utf8))
    try FileManager.default.createSymbolicLink(atPath: folder + "/loop.xml", withDestinationPath: folder + "/loop.xml")
    #expect(throws: FinCyberError.cannotRead(path: folder + "/loop.xml", reason: "a loop of symbolic links")) {
      try InputFile.read(folder + "/loop.xml")
    }
  }
}
