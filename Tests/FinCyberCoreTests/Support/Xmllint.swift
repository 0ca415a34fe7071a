import Foundation

/// Runs libxml2's own command-line validator, as a person checking the files would.
enum Xmllint {
  static let path = "/usr/bin/xmllint"

  /// Validates a file against a schema; returns the exit code and what xmllint printed.
  static func validate(_ file: String, schema: String) throws -> (status: Int32, output: String) {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw Missing()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["--noout", "--nonet", "--schema", schema, file]
    let pipe = Pipe()
    process.standardError = pipe
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  struct Missing: Error, CustomStringConvertible {
    var description: String { "xmllint is not installed: apt-get install -y libxml2-utils (.ci/run does this)" }
  }
}
