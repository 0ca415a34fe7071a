import FinCyberCore
import Foundation

/// A response file named through a symbolic link, followed deliberately.
///
/// A CISO may keep the response file as a link into a synced or shared folder. `serve` resolves
/// the link once, at start, and reads and writes the file it names, so that the link stays a link
/// and the synced copy keeps being updated; the backup is kept beside that file. Replacing the
/// link with a regular file at the first save (as an atomic rename over the link would) would
/// silently stop the sync.
enum ResponseLink {
  /// The file a path names through a symbolic link, or nil when the path is not a link (a missing
  /// path is not one: it is created as a regular file).
  ///
  /// - Parameter path: The response file's path, as the user named it.
  /// - Throws: `FinCyberError.cannotRead` when the link names a file that does not exist.
  static func target(of path: String) throws -> String? {
    var status = stat()
    guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return nil }
    guard let resolved = realpath(path, nil) else {
      let named = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
      throw FinCyberError.cannotRead(
        path: path, reason: "it is a symbolic link to \(named), which does not exist; give the file itself, or create it first")
    }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
