import CLibZip
import FinCyberCore

/// A returned workbook's zip archive, read from memory with libzip and checked whole before any
/// entry is inflated.
///
/// A workbook travels by e-mail and is as hostile as any input. Its directory is read first, and
/// the archive is refused when it has more than ``maximumEntries`` entries, an entry that declares
/// more than ``maximumEntrySize`` bytes inflated or that is encrypted, entries that declare more
/// than ``maximumTotalSize`` together, two entries of one name, or a name that climbs out of the
/// archive (`..`), starts at the root (`/`) or holds a backslash: so a zip bomb is refused before
/// it is inflated. An entry is then read only when asked for by name, and never past the size its
/// directory declares, so a directory that understates an entry cannot make it inflate further.
///
/// The archive exists only inside ``open(_:path:_:)``, which owns libzip's pointers.
struct ZipArchive {
  /// The most entries an archive may have: a workbook fincyber writes has about 15, and one saved
  /// by Excel or LibreOffice a few dozen.
  static let maximumEntries = 1_000
  /// The most bytes one entry may inflate to: the limit of any input file.
  static let maximumEntrySize = InputFile.maximumSize
  /// The most bytes all entries may inflate to together.
  static let maximumTotalSize = 4 * InputFile.maximumSize

  /// One entry of the directory.
  private struct Entry {
    var index: UInt64
    /// The size it declares inflated.
    var size: Int
  }

  private let archive: OpaquePointer
  /// The path of the workbook, for messages.
  let path: String
  private let entries: [String: Entry]

  /// Opens an archive held in memory, checks its directory, and hands it to the body; libzip's
  /// objects are freed when the body returns.
  ///
  /// - Parameters:
  ///   - bytes: The archive.
  ///   - path: The file it came from, for messages.
  ///   - body: Reads the entries it needs.
  /// - Throws: `FinCyberError.invalidInput` when the archive is not a zip archive or its directory
  ///   breaks a rule above; what `body` throws.
  static func open<T>(_ bytes: [UInt8], path: String, _ body: (ZipArchive) throws -> T) throws -> T {
    guard !bytes.isEmpty else { throw refusal(path, "the file is empty", fix: "give the .xlsx file as saved by Excel or LibreOffice") }
    return try bytes.withUnsafeBytes { buffer in
      var error = zip_error_t()
      zip_error_init(&error)
      defer { zip_error_fini(&error) }
      guard let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(buffer.count), 0, &error) else {
        throw refusal(path, "libzip could not read the file: " + String(cString: zip_error_strerror(&error)))
      }
      guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
        zip_source_free(source)
        // libzip refuses an archive that names one entry twice as it opens it.
        if zip_error_code_zip(&error) == ZIP_ER_EXISTS { throw refusal(path, "the archive holds two entries of one name") }
        throw refusal(
          path, "the file is not an Excel workbook: it is not a zip archive as an .xlsx file is (" + String(cString: zip_error_strerror(&error)) + ")",
          fix: "give the .xlsx file as saved by Excel or LibreOffice (not .xls, .csv or .ods)")
      }
      // The archive owns the source from here; discarding the archive frees both.
      defer { zip_discard(archive) }
      let entries = try directory(archive, path: path)
      return try body(ZipArchive(archive: archive, path: path, entries: entries))
    }
  }

  /// Reads and checks the directory.
  private static func directory(_ archive: OpaquePointer, path: String) throws -> [String: Entry] {
    let count = zip_get_num_entries(archive, 0)
    guard count >= 0 else { throw refusal(path, "the archive's directory cannot be read") }
    guard count <= maximumEntries else {
      throw refusal(path, "the archive holds \(count) entries; a workbook needs a few dozen, and more than \(maximumEntries) are refused")
    }
    var entries: [String: Entry] = [:]
    var total = 0
    for index in 0..<UInt64(count) {
      var stat = zip_stat_t()
      zip_stat_init(&stat)
      guard zip_stat_index(archive, index, 0, &stat) == 0, stat.valid & UInt64(ZIP_STAT_NAME) != 0, let cName = stat.name,
        stat.valid & UInt64(ZIP_STAT_SIZE) != 0
      else { throw refusal(path, "entry \(index + 1) of the archive's directory cannot be read") }
      let name = String(cString: cName)
      if let problem = nameProblem(name) { throw refusal(path, "the archive holds an entry named '\(name)', which \(problem)") }
      if stat.valid & UInt64(ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != UInt16(ZIP_EM_NONE) {
        throw refusal(path, "the entry '\(name)' is encrypted", fix: "save the workbook without a password")
      }
      guard stat.size <= UInt64(maximumEntrySize) else {
        throw refusal(
          path, "the entry '\(name)' declares \(stat.size) bytes inflated, over the limit of \(maximumEntrySize / 1024 / 1024) MiB; it was not inflated")
      }
      total += Int(stat.size)
      guard total <= maximumTotalSize else {
        throw refusal(
          path, "the archive's entries declare more than \(maximumTotalSize / 1024 / 1024) MiB inflated together; nothing was inflated")
      }
      entries[name] = Entry(index: index, size: Int(stat.size))
    }
    return entries
  }

  /// Why an entry's name is refused, or nil: a name that climbs out of the archive, starts at the
  /// root or holds a backslash (a Windows separator) could name a file elsewhere to a tool that
  /// unpacks it, and no workbook needs one.
  static func nameProblem(_ name: String) -> String? {
    if name.unicodeScalars.contains("\\") { return "holds a backslash" }
    if name.unicodeScalars.first == "/" { return "is an absolute path" }
    if name.split(separator: "/", omittingEmptySubsequences: false).contains("..") { return "climbs out of the archive with '..'" }
    return nil
  }

  /// Whether the archive holds an entry.
  ///
  /// - Parameter name: The entry's name.
  func contains(_ name: String) -> Bool { entries[name] != nil }

  /// An entry's bytes, inflated up to the size its directory declares and no further.
  ///
  /// - Parameter name: The entry's name.
  /// - Returns: The bytes, or nil when the archive holds no such entry.
  /// - Throws: `FinCyberError.invalidInput` when the entry is damaged or inflates to another size
  ///   than declared.
  func read(_ name: String) throws -> [UInt8]? {
    guard let entry = entries[name] else { return nil }
    guard let file = zip_fopen_index(archive, entry.index, 0) else {
      throw Self.refusal(path, "the entry '\(name)' cannot be read: " + String(cString: zip_strerror(archive)))
    }
    defer { zip_fclose(file) }
    // One byte more than declared, to tell an entry that inflates further.
    var bytes = [UInt8](repeating: 0, count: entry.size + 1)
    var count = 0
    while count < bytes.count {
      let read = bytes.withUnsafeMutableBytes { buffer in zip_fread(file, buffer.baseAddress! + count, zip_uint64_t(buffer.count - count)) }
      if read < 0 {
        throw Self.refusal(path, "the entry '\(name)' is damaged: " + String(cString: zip_file_strerror(file)))
      }
      if read == 0 { break }
      count += Int(read)
    }
    guard count == entry.size else {
      throw Self.refusal(
        path, "the entry '\(name)' inflates to \(count > entry.size ? "more" : "fewer") than the \(entry.size) bytes its directory declares")
    }
    bytes.removeLast()
    return bytes
  }

  /// A refusal of the whole workbook.
  static func refusal(_ path: String, _ message: String, fix: String = "save the workbook again from Excel or LibreOffice, or write a new one with fincyber") -> FinCyberError {
    FinCyberError.invalidInput([Diagnostic(file: path, message: message, fix: fix)])
  }
}
