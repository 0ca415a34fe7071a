import Foundation

/// The text of an input file, kept to turn libxml2's line numbers into line-and-column positions.
public struct SourceText: Sendable {
  /// The path the user gave for the file.
  public let path: String
  /// The file's lines, split when a position is first needed: a file that loads cleanly never is.
  private let cache: LineCache

  /// Creates a source text.
  ///
  /// - Parameters:
  ///   - path: The file's path as the user gave it.
  ///   - text: The file's text.
  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// Creates a source text from a file's bytes (UTF-8; invalid sequences are shown as U+FFFD).
  ///
  /// - Parameters:
  ///   - path: The file's path as the user gave it.
  ///   - bytes: The file's bytes.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.cache = LineCache(bytes)
  }

  /// The bytes, and their lines once split: a file with a hundred problems is decoded once.
  private final class LineCache: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8]
    private var split: [Substring]?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func lines(_ make: ([UInt8]) -> [Substring]) -> [Substring] {
      lock.lock()
      defer { lock.unlock() }
      if let split { return split }
      let made = make(bytes)
      split = made
      bytes = []
      return made
    }
  }

  /// The lines of the text, split when a position is first needed (only for diagnostics).
  ///
  /// Splits on the newline byte: "\n" is always a scalar boundary, so the UTF-8 indices are valid
  /// String indices, and no grapheme breaking is needed for a megabyte of text.
  private var lines: [Substring] { cache.lines(Self.split) }

  private static func split(_ bytes: [UInt8]) -> [Substring] {
    let text = String(decoding: bytes, as: UTF8.self)
    var lines: [Substring] = []
    var start = text.utf8.startIndex
    var index = start
    while index != text.utf8.endIndex {
      if text.utf8[index] == UInt8(ascii: "\n") {
        lines.append(text[start..<index])
        start = text.utf8.index(after: index)
      }
      index = text.utf8.index(after: index)
    }
    lines.append(text[start..<text.utf8.endIndex])
    return lines
  }

  /// The column of an element's start tag, or of one of its attributes, near a line.
  ///
  /// libxml2 records the line on which a start tag ends; the tag usually starts on that line
  /// and otherwise a few lines above, so the search walks upwards.
  /// - Parameters:
  ///   - element: The element's local name.
  ///   - attribute: An attribute to point at instead of the tag.
  ///   - line: The line libxml2 gave.
  /// - Returns: The line and column found, or the given line and column 1.
  public func locate(element: String, attribute: String? = nil, near line: Int) -> (line: Int, column: Int) {
    let lines = self.lines
    var current = min(max(line, 1), max(lines.count, 1))
    while current >= 1 && current >= line - 20 && current <= lines.count {
      let text = lines[current - 1]
      if let tag = Self.tagStart(of: element, in: text) {
        if let attribute, let found = Self.attributeStart(attribute, from: tag, startLine: current, lines: lines) {
          return found
        }
        return (current, text.distance(from: text.startIndex, to: tag) + 1)
      }
      current -= 1
    }
    return (line, 1)
  }

  /// The first place a text occurs.
  ///
  /// - Parameter text: The text to find.
  /// - Returns: Its 1-based line and column, or nil.
  public func find(_ text: String) -> (line: Int, column: Int)? {
    for (index, line) in self.lines.enumerated() {
      if let range = line.range(of: text) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
    }
    return nil
  }

  /// A diagnostic located at an element (or one of its attributes).
  ///
  /// - Parameters:
  ///   - element: The element the problem is in.
  ///   - attribute: The attribute at fault, if one is.
  ///   - message: What is wrong.
  ///   - fix: How to mend it.
  public func diagnostic(
    at element: XMLElementNode, attribute: String? = nil, _ message: String, fix: String? = nil
  ) -> Diagnostic {
    let position = locate(element: element.name, attribute: attribute, near: element.line)
    return Diagnostic(file: path, line: position.line, column: position.column, message: message, fix: fix)
  }

  private static func tagStart(of element: String, in text: Substring) -> Substring.Index? {
    var searchStart = text.startIndex
    while let lt = text[searchStart...].firstIndex(of: "<") {
      var nameStart = text.index(after: lt)
      // Skip a namespace prefix.
      if let colon = text[nameStart...].prefix(while: { $0 != " " && $0 != ">" && $0 != "/" }).firstIndex(of: ":") {
        nameStart = text.index(after: colon)
      }
      if text[nameStart...].hasPrefix(element) {
        let end = text.index(nameStart, offsetBy: element.count)
        if end == text.endIndex || [" ", ">", "/", "\t", "\r"].contains(text[end]) { return lt }
      }
      searchStart = text.index(after: lt)
    }
    return nil
  }

  private static func attributeStart(
    _ attribute: String, from tag: Substring.Index, startLine: Int, lines: [Substring]
  ) -> (line: Int, column: Int)? {
    var lineNumber = startLine
    var text = lines[startLine - 1][tag...]
    while true {
      var searchStart = text.startIndex
      while let range = text[searchStart...].range(of: attribute) {
        let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
        let after = text[range.upperBound...].drop(while: { $0 == " " }).first
        if (before == " " || before == "\t") && after == "=" {
          let base = lines[lineNumber - 1]
          return (lineNumber, base.distance(from: base.startIndex, to: range.lowerBound) + 1)
        }
        searchStart = range.upperBound
      }
      if text.contains(">") || lineNumber >= lines.count { return nil }
      lineNumber += 1
      text = lines[lineNumber - 1][...]
    }
  }
}
