import Foundation

/// Reads input files with a size limit, so that a hostile or mistaken file cannot exhaust memory.
public enum InputFile {
  /// The largest file fincyber reads: ample for a 500-statement questionnaire in two languages,
  /// or 500 answers with long comments (about 1 MB each).
  public static let maximumSize = 16 * 1024 * 1024

  /// Reads a file's bytes.
  ///
  /// - Parameter path: The file's path.
  /// - Throws: `FinCyberError.cannotRead` when the file is missing, unreadable or too large.
  public static func read(_ path: String) throws -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw FinCyberError.cannotRead(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else { throw FinCyberError.cannotRead(path: path, reason: "it is a folder, not a file") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FinCyberError.cannotRead(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    } catch {
      throw FinCyberError.cannotRead(path: path, reason: error.localizedDescription)
    }
    guard data.count <= maximumSize else {
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: path, line: 1, column: 1, message: "the file is larger than the limit of \(maximumSize / 1024 / 1024) MiB",
          fix: "a questionnaire or a response file of 500 statements with long comments takes about 2 MiB; check that this is the right file")
      ])
    }
    return [UInt8](data)
  }
}
