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
  /// no network, no recovery; line numbers beyond 65,535 kept.
  static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

  private static let setUp: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader { url, _, context in
      guard let url else { return nil }
      let name = String(cString: url)
      guard name.hasPrefix(LibXML.schemaURLPrefix),
        let text = BundledSchemas.text(named: String(name.dropFirst(LibXML.schemaURLPrefix.count)))
      else { return nil }
      var bytes = Array(text.utf8)
      bytes.append(0)
      return bytes.withUnsafeBufferPointer { xmlNewStringInputStream(context, $0.baseAddress) }
    }
  }()

  /// Makes sure libxml2 is initialised; cheap after the first call.
  static func initialize() { _ = setUp }
}

/// Collects libxml2's structured errors while one document is parsed or validated.
final class LibXMLErrorCollector {
  struct Entry {
    var line: Int
    var column: Int
    var message: String
  }
  private(set) var entries: [Entry] = []
  /// Caps the count so that a hostile file cannot flood the report.
  let limit = 50

  func add(_ error: xmlErrorPtr?) {
    guard let error, entries.count < limit else { return }
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
    entries.append(
      Entry(
        line: Int(error.pointee.line), column: Int(error.pointee.int2),
        message: message.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "; ")))
  }

  /// A C callback that forwards to the collector passed as user data.
  static let callback: xmlStructuredErrorFunc = { userData, error in
    guard let userData else { return }
    Unmanaged<LibXMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().add(error)
  }
}

