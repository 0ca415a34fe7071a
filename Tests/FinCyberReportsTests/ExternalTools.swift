import Foundation

/// Runs tools outside the project that check its outputs as another program would read them.
enum ExternalTools {
  static let sharedReference = ReportFixtures.root.deletingLastPathComponent().appendingPathComponent("shared/reference")

  /// Runs a command with input on standard input; returns its status and standard output.
  ///
  /// Input and output go through temporary files, not pipes: a large input written to a pipe
  /// while other tests' processes end can be interrupted (EINTR), which Foundation's `FileHandle`
  /// turns into a crash of the whole test run.
  static func run(_ executable: String, _ arguments: [String], input: [UInt8] = []) throws -> (status: Int32, output: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-tool-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputURL = folder.appendingPathComponent("input")
    let outputURL = folder.appendingPathComponent("output")
    try Data(input).write(to: inputURL)
    FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let inputHandle = try FileHandle(forReadingFrom: inputURL)
    let outputHandle = try FileHandle(forWritingTo: outputURL)
    defer {
      try? inputHandle.close()
      try? outputHandle.close()
    }
    process.standardInput = inputHandle
    process.standardOutput = outputHandle
    process.standardError = outputHandle
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: outputURL), as: UTF8.self))
  }

  /// A program on the PATH.
  static func find(_ name: String) -> String? {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Whether pages can be drawn in headless Chromium through Selenium (`Scripts/svg-text-check.py`).
  static let hasBrowser: Bool = {
    guard find("chromium") != nil || find("chromium-browser") != nil, find("chromedriver") != nil, let python = find("python3") else { return false }
    return (try? run(python, ["-c", "import selenium"]))?.status == 0
  }()

  /// Validates XML bytes against a schema file with `xmllint`.
  static func xmllint(_ bytes: [UInt8], schema: String) throws -> (status: Int32, output: String) {
    try run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", schema, "-"], input: bytes)
  }
}
