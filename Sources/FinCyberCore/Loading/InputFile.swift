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
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw FinCyberError.cannotRead(path: path, reason: errno == EACCES ? "permission denied" : String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    // Read what the file holds, never more than the limit and one byte: a file that grows while
    // it is read, or a pipe that reports no size, is still bounded.
    var status = stat()
    let expected = fstat(descriptor, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 64 * 1024
    var bytes = [UInt8](repeating: 0, count: min(expected, maximumSize) + 1)
    var count = 0
    while count < bytes.count {
      let read = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
      if read < 0 {
        if errno == EINTR { continue }
        throw FinCyberError.cannotRead(path: path, reason: String(cString: strerror(errno)))
      }
      if read == 0 { break }
      count += read
      if count == bytes.count && count <= maximumSize {
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, maximumSize + 1 - bytes.count)))
      }
    }
    guard count <= maximumSize else {
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: path, line: 1, column: 1, message: "the file is larger than the limit of \(maximumSize / 1024 / 1024) MiB",
          fix: "a questionnaire or a response file of 500 statements with long comments takes about 2 MiB; check that this is the right file")
      ])
    }
    bytes.removeSubrange(count...)
    return bytes
  }
}
