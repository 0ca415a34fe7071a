import Foundation

/// Reads input files with a size limit, so that a hostile or mistaken file cannot exhaust memory.
public enum InputFile {
  /// The largest file fincyber reads: ample for a 500-statement questionnaire in two languages,
  /// or 500 answers with long comments (about 1 MB each).
  public static let maximumSize = 16 * 1024 * 1024

  /// Reads a file's bytes.
  ///
  /// Only a regular file is read: a named pipe, a device or a socket is refused at once, never
  /// waited on (a folder unpacked from an archive can hold a pipe that no one will ever write to).
  /// A symbolic link is followed to the file it names.
  /// - Parameter path: The file's path.
  /// - Throws: `FinCyberError.cannotRead` when the file is missing, unreadable or not a regular
  ///   file; `.invalidInput` when it is too large.
  public static func read(_ path: String) throws -> [UInt8] {
    // Opened without waiting: open() on a pipe with no writer would otherwise block for ever.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else {
      let reason: String
      switch errno {
      case ENOENT: reason = "no such file"
      case EACCES: reason = "permission denied"
      case ELOOP: reason = "a loop of symbolic links"
      default: reason = String(cString: strerror(errno))
      }
      throw FinCyberError.cannotRead(path: path, reason: reason)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FinCyberError.cannotRead(path: path, reason: String(cString: strerror(errno))) }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw FinCyberError.cannotRead(path: path, reason: "it is a folder, not a file")
    case S_IFIFO: throw FinCyberError.cannotRead(path: path, reason: "it is a named pipe, not a regular file; give the file itself")
    default: throw FinCyberError.cannotRead(path: path, reason: "it is a device or socket, not a regular file; give the file itself")
    }
    // A regular file never blocks; reads go on as usual.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    // Read what the file holds, never more than the limit and one byte: a file that grows while
    // it is read, or one that reports no size (in /proc), is still bounded.
    let expected = status.st_size > 0 ? Int(status.st_size) : 64 * 1024
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
          file: path, message: "the file is larger than the limit of \(maximumSize / 1024 / 1024) MiB",
          fix: "a questionnaire or a response file of 500 statements with long comments takes about 2 MiB; check that this is the right file")
      ])
    }
    bytes.removeSubrange(count...)
    return bytes
  }
}
