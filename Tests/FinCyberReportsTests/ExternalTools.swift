import Foundation

/// Runs tools outside the project that check its outputs as another program would read them.
enum ExternalTools {
  static let sharedReference = ReportFixtures.root.deletingLastPathComponent().appendingPathComponent("shared/reference")

  /// Runs a command with input on standard input; returns its status and standard output.
  static func run(_ executable: String, _ arguments: [String], input: [UInt8] = []) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let inputPipe = Pipe()
    let outputPipe = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = outputPipe
    process.standardError = outputPipe
    try process.run()
    inputPipe.fileHandleForWriting.write(Data(input))
    try inputPipe.fileHandleForWriting.close()
    let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  /// Validates XML bytes against a schema file with `xmllint`.
  static func xmllint(_ bytes: [UInt8], schema: String) throws -> (status: Int32, output: String) {
    try run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", schema, "-"], input: bytes)
  }
}
