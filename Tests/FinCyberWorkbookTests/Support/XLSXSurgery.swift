import CLibZip
import Foundation

/// Takes workbooks apart and puts them back together with libzip, to make the returned and the
/// hostile workbooks the reader's tests need.
enum XLSXSurgery {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Every entry of an archive, in order.
  static func entries(_ bytes: [UInt8]) throws -> [(name: String, data: [UInt8])] {
    try bytes.withUnsafeBytes { buffer in
      var error = zip_error_t()
      zip_error_init(&error)
      defer { zip_error_fini(&error) }
      guard let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(buffer.count), 0, &error) else {
        throw Failure(description: "no source")
      }
      guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
        zip_source_free(source)
        throw Failure(description: "not a zip archive")
      }
      defer { zip_discard(archive) }
      var entries: [(String, [UInt8])] = []
      for index in 0..<UInt64(zip_get_num_entries(archive, 0)) {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, index, 0, &stat) == 0, let file = zip_fopen_index(archive, index, 0) else { throw Failure(description: "entry \(index)") }
        defer { zip_fclose(file) }
        var data = [UInt8](repeating: 0, count: Int(stat.size))
        if !data.isEmpty {
          let read = data.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress!, zip_uint64_t($0.count)) }
          guard read == Int64(stat.size) else { throw Failure(description: "short read") }
        }
        entries.append((String(cString: stat.name), data))
      }
      return entries
    }
  }

  /// An archive of the entries, deflated at the fastest level.
  static func archive(_ entries: [(name: String, data: [UInt8])]) throws -> [UInt8] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-surgery-\(UUID().uuidString).xlsx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    var code: Int32 = 0
    guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else { throw Failure(description: "zip_open \(code)") }
    for entry in entries {
      let source: OpaquePointer?
      if entry.data.isEmpty {
        source = zip_source_buffer(archive, nil, 0, 0)
      } else {
        let copy = malloc(entry.data.count)!
        entry.data.withUnsafeBytes { _ = memcpy(copy, $0.baseAddress!, entry.data.count) }
        source = zip_source_buffer(archive, copy, zip_uint64_t(entry.data.count), 1)
      }
      guard let source else { throw Failure(description: "source for \(entry.name)") }
      let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
      guard index >= 0 else {
        zip_source_free(source)
        throw Failure(description: "add \(entry.name): " + String(cString: zip_strerror(archive)))
      }
      zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1)
    }
    guard zip_close(archive) == 0 else {
      let reason = String(cString: zip_strerror(archive))
      zip_discard(archive)
      throw Failure(description: "zip_close: " + reason)
    }
    return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// The workbook with one entry's text changed.
  static func changing(_ bytes: [UInt8], _ name: String, _ change: (String) -> String) throws -> [UInt8] {
    var entries = try entries(bytes)
    guard let index = entries.firstIndex(where: { $0.name == name }) else { throw Failure(description: "no entry \(name)") }
    entries[index].data = Array(change(String(decoding: entries[index].data, as: UTF8.self)).utf8)
    return try archive(entries)
  }

  /// The text of one entry.
  static func text(_ bytes: [UInt8], _ name: String) throws -> String {
    guard let entry = try entries(bytes).first(where: { $0.name == name }) else { throw Failure(description: "no entry \(name)") }
    return String(decoding: entry.data, as: UTF8.self)
  }

  /// The answers sheet's part in a workbook fincyber wrote (its second sheet).
  static let answersSheet = "xl/worksheets/sheet2.xml"

  /// The sheet's XML with one cell (`<c r="G2" …/>` or `<c r="G2" …>…</c>`) replaced.
  static func replacingCell(_ reference: String, with cell: String, in sheet: String) -> String {
    guard let range = sheet.range(of: "<c r=\"\(reference)\"[^>]*?(/>|>.*?</c>)", options: .regularExpression) else { return sheet }
    return sheet.replacingCharacters(in: range, with: cell)
  }
}

extension XLSXSurgery {
  /// The archive with the inflated size an entry declares, in its local header and in the central
  /// directory, set to another: a directory that lies about what an entry inflates to.
  static func declaringSize(_ bytes: [UInt8], of name: String, as size: UInt32) -> [UInt8] {
    var patched = bytes
    forEachHeader(of: name, in: bytes) { sizeOffset, _ in
      for shift in 0..<4 { patched[sizeOffset + shift] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(shift))) }
    }
    return patched
  }

  /// The archive with an entry's name changed, in its local header and in the central directory,
  /// to another of the same length (which libzip would not write: a name given twice, say).
  static func renaming(_ bytes: [UInt8], _ name: String, to other: String) -> [UInt8] {
    precondition(name.utf8.count == other.utf8.count)
    var patched = bytes
    forEachHeader(of: name, in: bytes) { _, nameOffset in
      for (offset, byte) in other.utf8.enumerated() { patched[nameOffset + offset] = byte }
    }
    return patched
  }

  /// Calls back with the offset of the inflated size and of the name, for each local and central
  /// header of an entry.
  private static func forEachHeader(of name: String, in bytes: [UInt8], _ body: (Int, Int) -> Void) {
    let target = Array(name.utf8)
    // (signature, offset of the inflated size, offset of the name's length, offset of the name)
    let kinds: [([UInt8], Int, Int, Int)] = [([0x50, 0x4B, 0x03, 0x04], 22, 26, 30), ([0x50, 0x4B, 0x01, 0x02], 24, 28, 46)]
    for index in 0..<max(0, bytes.count - 46) {
      for (signature, sizeOffset, lengthOffset, nameOffset) in kinds where Array(bytes[index..<index + 4]) == signature {
        let length = Int(bytes[index + lengthOffset]) | Int(bytes[index + lengthOffset + 1]) << 8
        guard index + nameOffset + length <= bytes.count, Array(bytes[(index + nameOffset)..<(index + nameOffset + length)]) == target else { continue }
        body(index + sizeOffset, index + nameOffset)
      }
    }
  }
}
