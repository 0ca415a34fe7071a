import CLibXML2
import Foundation

/// A parsed and schema-valid document: its kind, its root element and its text for locating problems.
public struct LoadedXMLDocument: Sendable {
  /// Which of fincyber's formats the document is.
  public var kind: BundledSchema
  /// The root element, copied into Swift values.
  public var root: XMLElementNode
  /// The document's text, for locating problems found after parsing.
  public var source: SourceText
}

/// Parses XML with libxml2 and validates it against one of fincyber's bundled schemas.
public enum XMLDocumentLoader {
  static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
  static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"

  /// Why the bytes are not UTF-8 XML, or nil. fincyber reads UTF-8 only, so that every file means
  /// the same to it, to xmllint and to the people who exchange it.
  static func encodingProblem(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return "the file is UTF-32; fincyber reads UTF-8" }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "the file is UTF-16; fincyber reads UTF-8" }
    if bytes.count >= 4, bytes[0] == 0 || bytes[1] == 0 { return "the file is UTF-16 or UTF-32 without a byte-order mark; fincyber reads UTF-8" }
    // An XML declaration that names another encoding.
    let head = String(decoding: bytes.prefix(200), as: UTF8.self)
    if head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>") {
      let declaration = head[..<end.lowerBound].lowercased()
      if let range = declaration.range(of: "encoding") {
        let value = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
          .prefix { $0 != "\"" && $0 != "'" && $0 != " " }
        if value != "utf-8" && value != "utf8" { return "the file declares encoding '\(value)'; fincyber reads UTF-8" }
      }
    }
    return nil
  }

  /// Parses and validates a document of one of the expected kinds.
  ///
  /// The document is refused when it is not well-formed, carries a DOCTYPE, has a root of
  /// another kind, or is invalid against its schema. Nothing outside the bytes given is read.
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to name in diagnostics.
  ///   - kinds: The kinds of document accepted here.
  /// - Returns: The document's kind, root element and source text.
  /// - Throws: `FinCyberError.invalidInput` with one diagnostic per problem.
  public static func load(_ bytes: [UInt8], path: String, expecting kinds: [BundledSchema]) throws -> LoadedXMLDocument {
    LibXML.initialize()
    let source = SourceText(path: path, bytes: bytes)
    if bytes.isEmpty {
      throw FinCyberError.invalidInput([
        Diagnostic(file: path, line: 1, column: 1, message: "the file is empty", fix: "give a \(kinds[0].kindName) in XML")
      ])
    }
    if let problem = encodingProblem(bytes) {
      throw FinCyberError.invalidInput([
        Diagnostic(file: path, line: 1, column: 1, message: problem, fix: "save the file as UTF-8 (with or without a byte-order mark)")
      ])
    }
    let collector = LibXMLErrorCollector()
    let userData = Unmanaged.passUnretained(collector).toOpaque()
    xmlSetStructuredErrorFunc(userData, LibXMLErrorCollector.callback)
    defer { xmlSetStructuredErrorFunc(nil, nil) }

    let parsed = withExtendedLifetime(collector) {
      bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
          xmlReadMemory($0.baseAddress, Int32(clamping: $0.count), path, nil, LibXML.parseOptions)
        }
      }
    }
    guard let document = parsed, collector.entries.isEmpty else {
      if let parsed { xmlFreeDoc(parsed) }
      throw FinCyberError.invalidInput(diagnostics(from: collector, source: source, fix: "the file is not well-formed XML; check the tag or character at that place"))
    }
    defer { xmlFreeDoc(document) }

    if document.pointee.intSubset != nil {
      let position = source.find("<!DOCTYPE") ?? (1, 1)
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: path, line: position.line, column: position.column, message: "a DOCTYPE declaration is not allowed",
          fix: "remove the <!DOCTYPE …> declaration; fincyber files use XML Schema and no DTD or entities")
      ])
    }
    guard let rootPointer = xmlDocGetRootElement(document) else {
      throw FinCyberError.invalidInput([Diagnostic(file: path, line: 1, column: 1, message: "the document has no root element")])
    }
    let rootName = String(cString: rootPointer.pointee.name)
    let rootNamespace = rootPointer.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    guard let kind = kinds.first(where: { $0.rootElement == rootName && $0.namespace == rootNamespace }) else {
      let found = BundledSchema.allCases.first { $0.rootElement == rootName && $0.namespace == rootNamespace }
      let position = source.locate(element: rootName, near: Int(xmlGetLineNo(rootPointer)))
      let expected = kinds.map { "a \($0.kindName) (<\($0.rootElement) xmlns=\"\($0.namespace)\">)" }.joined(separator: " or ")
      let what = found.map { "this is a \($0.kindName)" }
        ?? "the root element <\(rootName)> in namespace \(rootNamespace.map { "'\($0)'" } ?? "(none)") is not a fincyber format"
      throw FinCyberError.invalidInput([
        Diagnostic(file: path, line: position.line, column: position.column, message: "\(what); expected \(expected)",
                   fix: found == nil ? "check the root element's name and its xmlns attribute" : "pass the file where a \(found!.kindName) is expected")
      ])
    }
    for hint in ["xsi:schemaLocation", "xsi:noNamespaceSchemaLocation"] where xmlHasNsProp(rootPointer, hint.dropFirst(4).description, xsiNamespace) != nil {
      let position = source.locate(element: rootName, attribute: hint, near: Int(xmlGetLineNo(rootPointer)))
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: path, line: position.line, column: position.column, message: "\(hint) is not followed: fincyber validates against its own bundled schema",
          fix: "remove the \(hint) attribute")
      ])
    }
    guard kind.compiled.validate(document, into: collector) else {
      throw FinCyberError.invalidInput(diagnostics(from: collector, source: source, fix: "see \(kind.schemaPath) for what is allowed here"))
    }
    return LoadedXMLDocument(kind: kind, root: element(from: rootPointer), source: source)
  }

  /// Turns collected libxml2 errors into diagnostics with readable element names and a column.
  private static func diagnostics(from collector: LibXMLErrorCollector, source: SourceText, fix: String) -> [Diagnostic] {
    if collector.entries.isEmpty {
      return [Diagnostic(file: source.path, line: 1, column: 1, message: "libxml2 could not read the document", fix: fix)]
    }
    return collector.entries.map { entry in
      // Schema errors read "Element '{urn:…}statement', attribute 'level': …"; drop the namespace.
      let message = entry.message.replacingOccurrences(of: #"\{(urn|https?):[^}]*\}"#, with: "", options: .regularExpression)
      var column = entry.column
      var line = entry.line
      if column <= 0, let range = message.range(of: #"Element '([^']+)'"#, options: .regularExpression) {
        let name = message[range].dropFirst("Element '".count).dropLast()
        var attribute: String?
        if let attributeRange = message.range(of: #"attribute '([^']+)'"#, options: .regularExpression) {
          attribute = String(message[attributeRange].dropFirst("attribute '".count).dropLast())
          if attribute?.hasPrefix("xml:") == false, attribute?.contains(":") == true { attribute = nil }
        }
        let position = source.locate(element: String(name), attribute: attribute, near: line)
        line = position.line
        column = position.column
      }
      return Diagnostic(file: source.path, line: line, column: column, message: message, fix: fix)
    }
  }

  /// Copies an element and its descendants into Swift values.
  private static func element(from node: xmlNodePtr) -> XMLElementNode {
    var namespaces = NamespaceNames()
    return element(from: node, namespaces: &namespaces)
  }

  /// Namespace URIs by the libxml2 declaration they come from: every element of a file shares a
  /// handful, so each becomes one Swift string instead of one per element.
  private struct NamespaceNames {
    private var known: [(declaration: xmlNsPtr, uri: String)] = []

    mutating func uri(_ declaration: xmlNsPtr) -> String? {
      if let found = known.first(where: { $0.declaration == declaration }) { return found.uri }
      guard let href = declaration.pointee.href else { return nil }
      let uri = String(cString: href)
      known.append((declaration, uri))
      return uri
    }
  }

  private static func element(from node: xmlNodePtr, namespaces: inout NamespaceNames) -> XMLElementNode {
    var result = XMLElementNode(
      name: String(cString: node.pointee.name),
      namespace: node.pointee.ns.flatMap { namespaces.uri($0) },
      line: Int(xmlGetLineNo(node)))
    var attribute = node.pointee.properties
    while let current = attribute {
      let name = String(cString: current.pointee.name)
      var key = name
      if let namespace = current.pointee.ns {
        if namespaces.uri(namespace) == xmlNamespace {
          key = "xml:" + name
        } else if let prefix = namespace.pointee.prefix {
          key = String(cString: prefix) + ":" + name
        }
      }
      if let only = current.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE,
        let content = only.pointee.content
      {
        // The usual case, one text node: read it in place.
        result.attributeList.append(.init(name: key, value: String(cString: content)))
      } else if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
        result.attributeList.append(.init(name: key, value: String(cString: value)))
        fincyber_xmlFree(value)
      } else {
        result.attributeList.append(.init(name: key, value: ""))
      }
      attribute = current.pointee.next
    }
    var child = node.pointee.children
    var text: [UInt8] = []
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        result.children.append(element(from: current, namespaces: &namespaces))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          text.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
        }
      default:
        break
      }
      child = current.pointee.next
    }
    result.text = String(decoding: text, as: UTF8.self)
    return result
  }
}
