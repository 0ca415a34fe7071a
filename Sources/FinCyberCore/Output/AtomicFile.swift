import Foundation

/// Writes files whole or not at all: a temporary file in the same folder, flushed, then renamed.
///
/// A file that is replaced keeps its permissions, and its owner and group where the system lets
/// this process set them: a response file or report someone made private stays private. A new
/// file follows the umask, or is private to its owner (0600) when its content is an institution's
/// answers (``Permissions``).
public enum AtomicFile {
  /// The permissions a written file gets.
  public enum Permissions: Sendable, Equatable {
    /// A replaced file keeps its mode; a new one follows the umask (0644 under the usual 022).
    case keepOrUmask
    /// A replaced file keeps its mode; a new one is readable and writable by its owner only.
    case keepOrOwnerOnly
    /// The mode (and owner) of the file at this path, which this write copies (a backup takes its
    /// original's); owner-only when that file cannot be read.
    case sameAs(String)
  }

  /// Writes bytes to a path atomically.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - path: Where to write it.
  ///   - overwrite: Whether an existing file may be replaced.
  ///   - permissions: The permissions of the file written; by default those of the file it
  ///     replaces, or the umask's for a new file.
  /// - Throws: `FinCyberError.fileExists` or `.cannotWrite`; in either case the path is unchanged.
  public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool = true, permissions: Permissions = .keepOrUmask) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    if !overwrite && FileManager.default.fileExists(atPath: path) { throw FinCyberError.fileExists(path: path) }
    let temporary = folder + "/." + url.lastPathComponent + ".tmp-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    if let failure = stage(bytes, at: temporary, mode: Mode(permissions, replacing: path)) {
      throw FinCyberError.cannotWrite(path: path, reason: failure)
    }
    if !overwrite {
      // link() fails when the target exists, so a file created meanwhile is never replaced.
      let linked = link(temporary, path) == 0
      let failure = linked ? nil : errno
      unlink(temporary)
      if failure == EEXIST { throw FinCyberError.fileExists(path: path) }
      if let failure { throw FinCyberError.cannotWrite(path: path, reason: String(cString: strerror(failure))) }
    } else if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw FinCyberError.cannotWrite(path: path, reason: reason)
    }
  }

  /// Writes several files into a folder so that either all are written or none is.
  ///
  /// Every file is first written in full beside its final name; only when all succeeded are they
  /// renamed into place. A file about to be replaced is kept under a hard link until every rename
  /// has succeeded, so that if one fails the files already renamed are put back as they were.
  /// The folder is created when missing.
  /// - Parameters:
  ///   - files: File names (within the folder) and their contents.
  ///   - folder: The folder to write into.
  ///   - permissions: The permissions of each file written.
  /// - Throws: `FinCyberError.cannotWrite`; nothing is left behind.
  public static func writeAll(
    _ files: [(name: String, bytes: [UInt8])], into folder: String, permissions: Permissions = .keepOrUmask
  ) throws {
    try writeAll(files, into: folder, permissions: permissions, renaming: { rename($0, $1) })
  }

  /// Writes several files into a folder, all or none, making each file's content as it is written.
  ///
  /// As ``writeAll(_:into:)``; each content is made on the thread that then writes and flushes it,
  /// on every core, so that one core computes while another waits for the disk, and each is let go
  /// once flushed: thousands of reports are neither held in memory together nor made before the
  /// first is written. (More threads than cores were slower, measured on 2 cores: they contend in
  /// the kernel for the folder they all create files in.)
  /// - Parameters:
  ///   - names: File names within the folder.
  ///   - folder: The folder to write into.
  ///   - permissions: The permissions of each file written.
  ///   - content: Makes the bytes of the file at an index; it may run on any thread.
  /// - Throws: The error `content` threw for the lowest index, or `FinCyberError.cannotWrite`;
  ///   either way nothing is left behind.
  public static func writeAll(
    names: [String], into folder: String, permissions: Permissions = .keepOrUmask, content: @Sendable (Int) throws -> [UInt8]
  ) throws {
    try writeAll(names: names, into: folder, permissions: permissions, renaming: { rename($0, $1) }, content: content)
  }

  /// ``writeAll(_:into:permissions:)`` with the rename given, so that a test can make one fail.
  static func writeAll(
    _ files: [(name: String, bytes: [UInt8])], into folder: String, permissions: Permissions = .keepOrUmask,
    renaming: (String, String) -> Int32
  ) throws {
    let contents = files.map(\.bytes)
    try writeAll(names: files.map(\.name), into: folder, permissions: permissions, renaming: renaming) { contents[$0] }
  }

  static func writeAll(
    names: [String], into folder: String, permissions: Permissions, renaming: (String, String) -> Int32,
    content: @Sendable (Int) throws -> [UInt8]
  ) throws {
    var isDirectory: ObjCBool = false
    let existed = FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory)
    if existed && !isDirectory.boolValue { throw FinCyberError.cannotWrite(path: folder, reason: "it is a file, not a folder") }
    if !existed {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw FinCyberError.cannotWrite(path: folder, reason: "cannot create the folder")
      }
    }
    for name in names {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
        throw FinCyberError.cannotWrite(path: folder + "/" + name, reason: "a folder of that name is in the way")
      }
    }
    // Stage every file beside its final name, each made, written once and flushed, before any is
    // renamed: a cohort writes thousands.
    let tag = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    let staged = names.map { name in
      (temporary: folder + "/." + name + ".staged-" + tag, final: folder + "/" + name, previous: folder + "/." + name + ".previous-" + tag)
    }
    let temporaries = staged.map(\.temporary)
    let modes = staged.map { Mode(permissions, replacing: $0.final) }
    let outcomes = Parallel.map(names.count) { index -> Staging in
      let bytes: [UInt8]
      do { bytes = try content(index) } catch { return .notMade(error) }
      return stage(bytes, at: temporaries[index], mode: modes[index]).map(Staging.notWritten) ?? .staged
    }
    if let index = outcomes.firstIndex(where: { if case .staged = $0 { return false } else { return true } }) {
      for (file, outcome) in zip(staged, outcomes) { if case .staged = outcome { unlink(file.temporary) } }
      if !existed { try? FileManager.default.removeItem(atPath: folder) }
      switch outcomes[index] {
      case .notMade(let error): throw error
      case .notWritten(let reason): throw FinCyberError.cannotWrite(path: staged[index].final, reason: reason)
      case .staged: break
      }
    }
    // Keep what each rename will replace, then rename; on a failure put back what was renamed.
    // A file that was new is removed again; one that could not be kept (no hard links on this
    // file system) is left as the new version, never removed.
    enum Before { case new, kept, notKept }
    var before = Array(repeating: Before.new, count: staged.count)
    for (index, file) in staged.enumerated() {
      before[index] = link(file.final, file.previous) == 0 ? .kept : errno == ENOENT ? .new : .notKept
      if renaming(file.temporary, file.final) != 0 {
        let reason = String(cString: strerror(errno))
        for earlier in staged.indices.prefix(index) {
          switch before[earlier] {
          case .kept: _ = rename(staged[earlier].previous, staged[earlier].final)
          case .new: unlink(staged[earlier].final)
          case .notKept: break
          }
        }
        for later in staged[index...] { unlink(later.temporary) }
        if before[index] == .kept { unlink(file.previous) }
        if !existed { try? FileManager.default.removeItem(atPath: folder) }
        throw FinCyberError.cannotWrite(path: file.final, reason: reason + "; the files already in place were put back")
      }
    }
    for (index, file) in staged.enumerated() where before[index] == .kept { unlink(file.previous) }
    syncFolder(folder)
  }

  /// What became of one file of ``writeAll(names:into:content:)`` before the renames.
  private enum Staging: Sendable {
    case staged
    case notMade(Error)
    case notWritten(String)
  }

  /// The permissions one staged file is given before it is renamed into place.
  struct Mode: Sendable {
    /// The mode `open` creates the file with (the umask applies).
    var creation: mode_t
    /// The mode, owner and group set on the file once created, copied from the file it replaces.
    var copied: (mode: mode_t, owner: uid_t, group: gid_t)?

    init(_ permissions: Permissions, replacing path: String) {
      let model: String
      switch permissions {
      case .keepOrUmask, .keepOrOwnerOnly: model = path
      case .sameAs(let other): model = other
      }
      var status = stat()
      if stat(model, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG {
        // Only the permission bits: a copy never gains set-user-ID or set-group-ID.
        creation = 0o600
        copied = (status.st_mode & 0o777, status.st_uid, status.st_gid)
      } else {
        creation = permissions == .keepOrUmask ? 0o666 : 0o600
        copied = nil
      }
    }
  }

  /// Writes a new file whole (it must not exist), gives it its permissions and flushes it to disk;
  /// the reason it failed, or nil. A failed file is removed.
  ///
  /// A file that copies another's permissions is created private and only then given them, so
  /// its content is never more widely readable than the file it replaces. The owner and group are
  /// copied where the system allows (as root; a group the user belongs to); otherwise the file
  /// is the writer's own.
  static func stage(_ bytes: [UInt8], at path: String, mode: Mode) -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode.creation)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    var failure: String?
    if let copied = mode.copied {
      if fchown(descriptor, copied.owner, copied.group) != 0 { _ = fchown(descriptor, uid_t.max, copied.group) }
      if fchmod(descriptor, copied.mode) != 0 { failure = String(cString: strerror(errno)) }
    }
    if failure == nil { failure = writeWhole(bytes, to: descriptor) }
    if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
    if failure != nil { unlink(path) }
    return failure
  }

  /// Writes every byte to an open file, going on after interruptions; the reason it failed, or nil.
  private static func writeWhole(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return String(cString: strerror(errno))
        }
        offset += written
      }
      return nil
    }
  }

  /// Flushes a folder's entries, so that renames in it survive a crash; best effort.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }
}
