import CLibXML2
import Foundation

/// The one place that sets libxml2 up for fincyber.
///
/// libxml2 is initialised once, and its external entity loader is replaced by one that serves
/// only fincyber's own bundled schemas: no file, network resource, DTD or entity named by an
/// input document is ever read.
enum LibXML {
  /// The URL prefix under which bundled schemas are served to libxml2.
  static let schemaURLPrefix = "fincyber-bundled:/schema/"

  /// Parser options for every document fincyber reads: no entity substitution, no DTD loading,
  /// no network, no recovery; line numbers beyond 65,535 kept; a declared encoding ignored (the
  /// bytes are read as UTF-8, which ``PreParseCheck`` has already required).
  static let parseOptions = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue)

  private static let setUp: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader { url, _, context in
      guard let url else { return nil }
      let name = String(cString: url)
      guard name.hasPrefix(LibXML.schemaURLPrefix),
        let text = SchemaTexts.pointer(named: String(name.dropFirst(LibXML.schemaURLPrefix.count)))
      else { return nil }
      // libxml2 2.9 reads the buffer in place, after this closure returns: it must outlive the parse.
      return xmlNewStringInputStream(context, text)
    }
  }()

  /// Makes sure libxml2 is initialised; cheap after the first call.
  static func initialize() { _ = setUp }
}

/// The bundled schemas as NUL-terminated C strings that live as long as the process.
///
/// libxml2's `xmlNewStringInputStream` does not copy its buffer, so a Swift temporary would be
/// freed while the parser still reads it (found by the questionnaire fuzzer under AddressSanitizer).
/// The few schema texts are copied once and never freed.
struct SchemaTexts: @unchecked Sendable {
  private let pointers: [String: UnsafePointer<xmlChar>]
  private static let shared = SchemaTexts()

  private init() {
    var pointers: [String: UnsafePointer<xmlChar>] = [:]
    for kind in BundledSchema.allCases.map(\.rawValue) + ["xml.xsd"] {
      guard let text = BundledSchemas.text(named: kind) else { continue }
      let bytes = Array(text.utf8)
      let buffer = UnsafeMutablePointer<xmlChar>.allocate(capacity: bytes.count + 1)
      buffer.initialize(from: bytes, count: bytes.count)
      buffer[bytes.count] = 0
      pointers[kind] = UnsafePointer(buffer)
    }
    self.pointers = pointers
  }

  static func pointer(named name: String) -> UnsafePointer<xmlChar>? { shared.pointers[name] }
}

/// Collects libxml2's structured errors while one document is parsed or validated.
final class LibXMLErrorCollector {
  struct Entry {
    var line: Int
    var column: Int
    var message: String
    /// Whether the schema validator raised it, rather than the parser.
    var fromValidator: Bool
  }
  private(set) var entries: [Entry] = []
  /// Caps the count of each source's errors, so that a hostile file cannot flood the report and
  /// the validator's errors cannot crowd out the parser's.
  let limit = 50
  private var counts = (parser: 0, validator: 0)
  /// How many errors of each source were not kept, over the limit.
  private(set) var dropped = (parser: 0, validator: 0)
  /// Called on the parser's first fatal error, while the parser that raised it is still running:
  /// the reader ends the parse there (see ``StreamingParse``).
  var onFatalParserError: (() -> Void)?

  func add(_ error: xmlErrorPtr?) {
    guard let error else { return }
    let fromValidator = error.pointee.domain == Int32(XML_FROM_SCHEMASV.rawValue)
    if !fromValidator && error.pointee.level == XML_ERR_FATAL, let stop = onFatalParserError {
      onFatalParserError = nil
      stop()
    }
    if fromValidator {
      guard counts.validator < limit else {
        dropped.validator += 1
        return
      }
      counts.validator += 1
    } else {
      guard counts.parser < limit else {
        dropped.parser += 1
        return
      }
      counts.parser += 1
    }
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
    entries.append(
      Entry(
        line: Int(error.pointee.line), column: Int(error.pointee.int2),
        message: message.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "; "),
        fromValidator: fromValidator))
  }

  /// A C callback that forwards to the collector passed as user data.
  static let callback: xmlStructuredErrorFunc = { userData, error in
    guard let userData else { return }
    Unmanaged<LibXMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().add(error)
  }
}

