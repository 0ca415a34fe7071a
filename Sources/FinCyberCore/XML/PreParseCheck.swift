import Foundation

/// What fincyber checks in a document's bytes before libxml2 reads them: the encoding, and the
/// size of each start tag. Both checks are one linear pass, so a hostile file costs no more than
/// its length here.
enum PreParseCheck {
  /// The most attributes (namespace declarations included) one start tag may carry. fincyber's
  /// formats declare at most 8 on any element, and a file adds a few namespace declarations;
  /// libxml2 2.9 checks a tag's attributes against each other pairwise, so 100,000 on one tag
  /// take seconds and a million minutes.
  static let maximumAttributes = 32

  /// A problem found, at a byte offset of the file.
  struct Problem: Equatable {
    var offset: Int
    var message: String
    var fix: String
  }

  /// The first problem in the bytes, or nil.
  ///
  /// - Parameter bytes: The whole file.
  static func problem(in bytes: [UInt8]) -> Problem? {
    encodingProblem(bytes) ?? crowdedStartTag(bytes)
  }

  /// Why the bytes are not UTF-8 XML, or nil.
  ///
  /// fincyber reads UTF-8 only, so that every file means the same to it, to xmllint and to the
  /// people who exchange it: a file in UTF-7 or EBCDIC could show `value="no"` to a reader and
  /// score `yes`. The file must begin (after an optional UTF-8 byte-order mark) with `<` or white
  /// space, and an XML declaration, however long, may name no encoding but UTF-8. libxml2 is told
  /// to ignore declared encodings as well (`XML_PARSE_IGNORE_ENC`).
  static func encodingProblem(_ bytes: [UInt8]) -> Problem? {
    let fix = "save the file as UTF-8 (with or without a byte-order mark)"
    if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
      return Problem(offset: 0, message: "the file is UTF-32; fincyber reads UTF-8", fix: fix)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return Problem(offset: 0, message: "the file is UTF-16; fincyber reads UTF-8", fix: fix)
    }
    if bytes.count >= 4, bytes[0] == 0 || bytes[1] == 0 {
      return Problem(offset: 0, message: "the file is UTF-16 or UTF-32 without a byte-order mark; fincyber reads UTF-8", fix: fix)
    }
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard start < bytes.count else { return nil }
    guard bytes[start] == UInt8(ascii: "<") || isSpace(bytes[start]) else {
      return Problem(
        offset: start,
        message: "the file does not begin with '<': it is not XML, or not in UTF-8 (EBCDIC or UTF-7, say)", fix: fix)
    }
    guard let encoding = declaredEncoding(bytes, from: start) else { return nil }
    let name = String(decoding: bytes[encoding], as: UTF8.self)
    if name.lowercased() == "utf-8" || name.lowercased() == "utf8" { return nil }
    return Problem(offset: encoding.lowerBound, message: "the file declares encoding '\(name)'; fincyber reads UTF-8", fix: fix)
  }

  /// Where the encoding named by an XML declaration at `start` lies, or nil when there is no
  /// declaration or it names none. A malformed declaration is left to libxml2 to report.
  private static func declaredEncoding(_ bytes: [UInt8], from start: Int) -> Range<Int>? {
    guard bytes[start...].starts(with: Array("<?xml".utf8)), start + 5 < bytes.count, isSpace(bytes[start + 5]) else { return nil }
    var index = start + 5
    while index < bytes.count {
      while index < bytes.count && isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] != UInt8(ascii: "?") else { return nil }
      let nameStart = index
      while index < bytes.count && (isLetter(bytes[index])) { index += 1 }
      let name = bytes[nameStart..<index]
      while index < bytes.count && isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "="), index > nameStart else { return nil }
      index += 1
      while index < bytes.count && isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
      let quote = bytes[index]
      let valueStart = index + 1
      guard let valueEnd = bytes[valueStart...].firstIndex(of: quote) else { return nil }
      if name.elementsEqual("encoding".utf8) { return valueStart..<valueEnd }
      index = valueEnd + 1
    }
    return nil
  }

  /// The first start tag with more than ``maximumAttributes`` attributes, or nil.
  ///
  /// Counts the `=` signs outside quoted values between a start tag's `<` and its `>`: each
  /// attribute has exactly one. Comments, CDATA sections and processing instructions are
  /// skipped; a DOCTYPE ends the scan, since the parser refuses it before any element.
  static func crowdedStartTag(_ bytes: [UInt8]) -> Problem? {
    bytes.withUnsafeBufferPointer { buffer -> Problem? in
      let count = buffer.count
      /// Whether the bytes at an index begin with a marker.
      func has(_ marker: StaticString, at index: Int) -> Bool {
        let length = marker.utf8CodeUnitCount
        guard index + length <= count else { return false }
        let start = marker.utf8Start
        for offset in 0..<length where buffer[index + offset] != start[offset] { return false }
        return true
      }
      /// The index of the first `byte` at or after an index, or the end. `memchr` finds it many
      /// bytes at a time: most of a file is text and comments, which only the tags interrupt.
      func next(_ byte: UInt8, from index: Int) -> Int {
        guard index < count, let base = buffer.baseAddress,
          let found = memchr(base + index, Int32(byte), count - index)
        else { return count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      /// The index just past the first marker at or after an index, or the end.
      func skip(past marker: StaticString, from index: Int) -> Int {
        let first = marker.utf8Start.pointee
        var at = next(first, from: index)
        while at < count {
          if has(marker, at: at) { return at + marker.utf8CodeUnitCount }
          at = next(first, from: at + 1)
        }
        return count
      }
      var index = 0
      while index < count {
        index = next(UInt8(ascii: "<"), from: index)
        guard index < count else { break }
        if has("<!--", at: index) {
          index = skip(past: "-->", from: index + 4)
        } else if has("<![CDATA[", at: index) {
          index = skip(past: "]]>", from: index + 9)
        } else if has("<?", at: index) {
          index = skip(past: "?>", from: index + 2)
        } else if has("<!", at: index) {
          return nil
        } else {
          let tag = index
          var attributes = 0
          index += 1
          while index < count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
              index = next(byte, from: index + 1)  // to the closing quote, past the value
            } else if byte == UInt8(ascii: "=") {
              attributes += 1
              if attributes > maximumAttributes {
                return Problem(
                  offset: tag,
                  message: "a start tag has more than \(maximumAttributes) attributes; no fincyber format has more than 8 on one element",
                  fix: "remove the attributes that do not belong; see the format's schema for those allowed")
              }
            } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") {
              break
            }
            index += 1
          }
        }
      }
      return nil
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }
}
