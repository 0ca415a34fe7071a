import Mustache

/// The HTML escaping of every value a template writes: `&`, `<`, `>`, `"` and `'` become
/// `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`, each found as a Unicode scalar (a UTF-8 byte).
///
/// swift-mustache's own HTML escaping looks characters up by `Character`, and a combining mark
/// joins the character before it: `"` followed by U+0338 is one `Character` that its table does
/// not hold, so the quote was written raw and could end an attribute's value. Here no mark can
/// hide a quote. For text without such a pair the bytes are the same as swift-mustache's.
struct ScalarHTMLEscaping: MustacheContentType {
  /// The name templates give it (`{{% CONTENT_TYPE: FINCYBER_HTML }}`); ``ReportTemplates`` puts
  /// that pragma before every template and partial, as a partial starts with swift-mustache's own.
  static let name = "FINCYBER_HTML"

  /// The pragma that selects this escaping, on a line of its own.
  static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

  /// Registers the escaping with swift-mustache, once, before any template naming it is parsed.
  static let registered: Void = MustacheContentTypes.register(ScalarHTMLEscaping(), named: name)

  func escapeText(_ text: String) -> String {
    var bytes: [UInt8] = []
    var copied = text.utf8.startIndex
    for index in text.utf8.indices {
      let replacement: StaticString
      switch text.utf8[index] {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      case UInt8(ascii: "'"): replacement = "&#39;"
      default: continue
      }
      if bytes.isEmpty { bytes.reserveCapacity(text.utf8.count + 16) }
      bytes += text.utf8[copied..<index]
      bytes += UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount)
      copied = text.utf8.index(after: index)
    }
    if copied == text.utf8.startIndex { return text }
    bytes += text.utf8[copied...]
    return String(decoding: bytes, as: UTF8.self)
  }
}
