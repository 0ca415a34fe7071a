import Foundation
import Testing

/// What the commands do to the files around them: a private file stays private, and a file that
/// never ends (a named pipe) stalls nothing.
@Suite struct FileSystemTests {
  func mode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
  }

  /// Runs fincyber, killing it after a time limit: a command that hangs fails the test.
  func run(_ arguments: [String], in folder: String, within seconds: Double) throws -> Binary.Result? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Binary.path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-out-" + UUID().uuidString)
    let error = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-err-" + UUID().uuidString)
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: error.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: output)
      try? FileManager.default.removeItem(at: error)
    }
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = try FileHandle(forWritingTo: error)
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      return nil
    }
    return Binary.Result(
      status: process.terminationStatus, output: String(decoding: try Data(contentsOf: output), as: UTF8.self),
      error: String(decoding: try Data(contentsOf: error), as: UTF8.self))
  }

  @Test func reportsMadePrivateStayPrivateWhenWrittenAgain() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["assess", "--out", "out"], in: folder).status == 0)
    let reports = ["gap-report.html", "gap-report.xml", "gap-actions.csv"].map { folder + "/out/" + $0 }
    for report in reports { chmod(report, 0o600) }
    #expect(try Binary.run(["assess", "--out", "out"], in: folder).status == 0)
    for report in reports { #expect(try mode(report) == 0o600, "\(report)") }
  }

  @Test func aNewResponseFileIsPrivateToItsOwner() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["template", "--out", "answers.xml"], in: folder).status == 0)
    #expect(try mode(folder + "/answers.xml") == 0o600)
  }

  @Test func aNamedPipeStallsNoCommand() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/cohort", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path,
      toPath: folder + "/cohort/formosa-bank-2026Q4.xml")
    #expect(mkfifo(folder + "/cohort/zz-pipe.xml", 0o600) == 0)
    defer {
      // Release any reader still blocked on the pipe.
      let writer = open(folder + "/cohort/zz-pipe.xml", O_WRONLY | O_NONBLOCK)
      if writer >= 0 { close(writer) }
    }
    let validated = try #require(try run(["validate", "cohort/zz-pipe.xml"], in: folder, within: 30), "validate hung on a named pipe")
    #expect(validated.status == 1)
    #expect(validated.error.contains("cohort/zz-pipe.xml: cannot read: it is a named pipe"), "\(validated.error)")
    let cohort = try #require(try run(["cohort", "cohort", "--out", "out"], in: folder, within: 60), "cohort hung on a named pipe")
    #expect(cohort.status == 0)
    #expect(cohort.error.contains("named pipe"), "\(cohort.error)")
    #expect(cohort.output.contains("scored 1 institutions"))
  }
}
