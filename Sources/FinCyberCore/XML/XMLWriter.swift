import CLibXML2

/// Writes an XML document with libxml2's text writer: indented, UTF-8, every value escaped.
///
/// A writer exists only inside the closure given to `document(_:)`; keep no copy of it.
public struct XMLWriter: ~Copyable {
  private let writer: xmlTextWriterPtr
  private var failed = false

  private init(_ writer: xmlTextWriterPtr) { self.writer = writer }

  /// Builds a document and returns its bytes.
  ///
  /// - Parameter body: Writes the root element and its content.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 reports a failure, or what `body` throws.
  public static func document(_ body: (inout XMLWriter) throws -> Void) throws -> [UInt8] {
    LibXML.initialize()
    guard let buffer = xmlBufferCreate() else { throw FinCyberError.cannotWrite(path: "(memory)", reason: "out of memory") }
    defer { xmlBufferFree(buffer) }
    guard let textWriter = xmlNewTextWriterMemory(buffer, 0) else {
      throw FinCyberError.cannotWrite(path: "(memory)", reason: "libxml2 could not start a writer")
    }
    var writer = XMLWriter(textWriter)
    var failed = false
    do {
      xmlTextWriterSetIndent(textWriter, 1)
      _ = "  ".withCString { xmlTextWriterSetIndentString(textWriter, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
      writer.check(xmlTextWriterStartDocument(textWriter, "1.0", "UTF-8", nil))
      try body(&writer)
      writer.check(xmlTextWriterEndDocument(textWriter))
      failed = writer.failed
    }
    xmlFreeTextWriter(textWriter)  // flushes into the buffer
    if failed { throw FinCyberError.cannotWrite(path: "(memory)", reason: "libxml2 could not write the document") }
    guard let content = xmlBufferContent(buffer) else { return [] }
    return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
  }

  private mutating func check(_ result: Int32) { if result < 0 { failed = true } }

  /// Opens an element with attributes, written in the order given; nil values are left out.
  ///
  /// - Parameters:
  ///   - name: The element's name.
  ///   - attributes: Name and value pairs.
  public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
    check(xmlTextWriterStartElement(writer, name))
    for (key, value) in attributes {
      if let value { check(xmlTextWriterWriteAttribute(writer, key, value)) }
    }
  }

  /// Adds an attribute to the element just opened; nothing is written for a nil value.
  ///
  /// - Parameters:
  ///   - name: The attribute's name.
  ///   - value: Its value.
  public mutating func attribute(_ name: String, _ value: String?) {
    if let value { check(xmlTextWriterWriteAttribute(writer, name, value)) }
  }

  /// Closes the innermost open element.
  public mutating func end() { check(xmlTextWriterEndElement(writer)) }

  /// Writes an element with text content, or an empty element when the text is nil.
  ///
  /// - Parameters:
  ///   - name: The element's name.
  ///   - attributes: Name and value pairs; nil values are left out.
  ///   - text: The content.
  public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String? = nil) {
    start(name, attributes)
    if let text { check(xmlTextWriterWriteString(writer, text)) }
    end()
  }

  /// Writes an element only when its text is present.
  ///
  /// - Parameters:
  ///   - name: The element's name.
  ///   - text: The content; nothing is written when nil.
  public mutating func optional(_ name: String, _ text: String?) {
    if let text { element(name, text: text) }
  }

  /// Writes a comment; `--`, which a comment may not hold, is spaced apart.
  ///
  /// - Parameter text: The comment's text.
  /// On UTF-8 bytes, in one pass: a response file carries every statement's text as a comment, and
  /// searching each for `--` by `Character` was four fifths of a save in `serve`.
  public mutating func comment(_ text: String) {
    let hyphen = UInt8(ascii: "-"), space = UInt8(ascii: " ")
    var bytes: [UInt8] = [space]
    bytes.reserveCapacity(text.utf8.count + 4)
    for byte in text.utf8 {
      if byte == hyphen, bytes.last == hyphen { bytes.append(space) }
      bytes.append(byte)
    }
    if bytes.last == hyphen { bytes.append(space) }
    bytes += [space, 0]
    check(bytes.withUnsafeBufferPointer { xmlTextWriterWriteComment(writer, $0.baseAddress) })
  }
}
