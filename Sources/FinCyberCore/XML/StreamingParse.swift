import CLibXML2

/// One pass of libxml2's SAX2 parser over a document, with the schema validator plugged into the
/// same event stream, building `XMLElementNode` values as the events arrive.
///
/// No libxml2 tree is built and none is walked afterwards: each document is parsed once, and its
/// elements are copied straight into Swift values. The validator is chosen, and plugged in, when
/// the root element shows which kind of document this is; a DOCTYPE stops the parse before any of
/// its declarations are read, so no entity is ever declared, expanded or fetched.
///
/// A document of another format than fincyber's own (a part of a spreadsheet, say) is read the same
/// way, with every one of these limits, and only checked to be well-formed: its root element is
/// named by the caller (``ForeignRoot``) and no validator is plugged in.
///
/// The builder owns no C memory beyond the parse: `StreamingParse.run` creates and frees the
/// parser and validator contexts around it.
final class StreamingParse {
  /// The root element of a document that is not one of fincyber's formats, read without a schema.
  struct ForeignRoot {
    /// The root element's local name.
    var name: String
    /// Its namespace URI.
    var namespace: String
  }

  /// Why the parse was stopped before it ended, in the terms of the document's text.
  enum Refusal {
    case doctype(line: Int)
    /// More elements than the parse allows; the byte offset the parser had reached.
    case tooManyElements(offset: Int)
    /// An element's text longer than ``maximumText``; the byte offset the parser had reached.
    case textTooLong(offset: Int)
    case root(name: String, namespace: String?, line: Int)
    case schemaHint(attribute: String, root: String, line: Int)
    /// libxml2 could not set up the validator (it ran out of memory).
    case noValidator

    /// Whether the parse ended here; after the other refusals it reads on unvalidated, so that
    /// a file that is also not well-formed is reported as such.
    var stoppedTheParse: Bool {
      switch self {
      case .doctype, .tooManyElements, .textTooLong, .noValidator: return true
      case .root, .schemaHint: return false
      }
    }
  }

  /// What one parse found.
  struct Outcome {
    var kind: BundledSchema?
    var root: XMLElementNode?
    var refusal: Refusal?
    var wellFormed: Bool
    var valid: Bool
  }

  /// The most elements a document may have. The bundled questionnaire of 449 statements has
  /// about 5,100, a response file about 600; each element read becomes a Swift value, so a 2 MB
  /// file of half a million empty elements took 683 MB under AddressSanitizer (the questionnaire
  /// fuzzer's peak) and a 16 MiB one 361 MB and 13 s in a debug build.
  static let maximumElements = 100_000

  /// The longest text one element may hold, in bytes. The longest a fincyber format allows is
  /// 8,000 characters (32,000 bytes); a file's description runs to a few thousand. libxml2 2.9's
  /// schema validator copies an element's text again as each piece arrives, so a long text costs
  /// it far more than its length (150 MB allocated for a broken 192 KB file); and the reader keeps
  /// the text too.
  static let maximumText = 1024 * 1024

  private let parser: xmlParserCtxtPtr
  /// Elements started so far.
  private var elements = 0
  /// The most elements this parse reads.
  private let elementLimit: Int
  private let kinds: [BundledSchema]
  /// Whether the accepted root's schema is plugged in (false for a verbatim bundled document).
  private let validating: Bool
  /// The root accepted without a schema, when the document is not one of fincyber's formats.
  private let foreignRoot: ForeignRoot?
  /// Whether the root element was accepted (and, for a fincyber format, its validator plugged in).
  private var rootAccepted = false
  private let collector: LibXMLErrorCollector
  private var kind: BundledSchema?
  private var validator: xmlSchemaValidCtxtPtr?
  private var plug: xmlSchemaSAXPlugPtr?
  private var refusal: Refusal?
  // One parse runs on one thread, and each handler is the only code touching these while it
  // runs: Swift's run-time exclusivity checks, one per access, are left out of the hot path.
  @exclusivity(unchecked) private var open: [XMLElementNode] = []
  @exclusivity(unchecked) private var texts: [[UInt8]] = []
  private var root: XMLElementNode?
  /// Names and namespace URIs by the address of libxml2's interned copy: every element of a file
  /// shares a handful, so each becomes one Swift string instead of one per element.
  @exclusivity(unchecked) private var strings = InternedStrings()
  /// Attribute names as fincyber spells them (`xml:lang`, `xsi:type`, `id`), by local name.
  @exclusivity(unchecked) private var attributeNames = InternedStrings()

  private init(
    parser: xmlParserCtxtPtr, kinds: [BundledSchema], foreignRoot: ForeignRoot?, elementLimit: Int, validating: Bool,
    collector: LibXMLErrorCollector
  ) {
    self.parser = parser
    self.kinds = kinds
    self.validating = validating
    self.foreignRoot = foreignRoot
    self.elementLimit = elementLimit
    self.collector = collector
  }

  /// Parses and validates the bytes; libxml2's errors go to the collector.
  ///
  /// - Parameters:
  ///   - bytes: The document, already checked to be non-empty UTF-8.
  ///   - kinds: The kinds of document accepted; the root element picks one.
  ///   - foreignRoot: The root element accepted, unvalidated, when the document is of no fincyber
  ///     format (`kinds` is then empty).
  ///   - elementLimit: The most elements read before the parse is refused.
  ///   - validating: Whether a document of one of `kinds` is validated against its schema; false
  ///     only for a bundled document given verbatim, which was validated when it was embedded.
  ///   - collector: Receives every parser and validator error.
  /// - Returns: What the parse found; nil when libxml2 could not start.
  static func run(
    _ bytes: [UInt8], kinds: [BundledSchema], foreignRoot: ForeignRoot? = nil, elementLimit: Int = maximumElements,
    validating: Bool = true, collector: LibXMLErrorCollector
  ) -> Outcome? {
    let created = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { xmlCreateMemoryParserCtxt($0.baseAddress, Int32(clamping: $0.count)) }
    }
    guard let parser = created, let handler = parser.pointee.sax else {
      if let created { xmlFreeParserCtxt(created) }
      return nil
    }
    defer { xmlFreeParserCtxt(parser) }
    // The options first: XML_PARSE_NOCDATA clears the handler's CDATA event, which the schema
    // plug then never hands on. Set after, CDATA reaches the element's text, as in a tree.
    _ = xmlCtxtUseOptions(parser, LibXML.parseOptions)
    handler.pointee = events()

    let builder = StreamingParse(
      parser: parser, kinds: kinds, foreignRoot: foreignRoot, elementLimit: elementLimit, validating: validating, collector: collector)
    parser.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
    // A document that is not well-formed is refused at its first fatal error. Without recovery
    // libxml2 would read on to the end with its events off, to little use and at a cost: after a
    // broken tag in a 192 KB file its text handling allocated 150 MB.
    collector.onFatalParserError = { builder.endParse() }
    defer { collector.onFatalParserError = nil }
    withExtendedLifetime(builder) {
      _ = xmlParseDocument(parser)
      if let plug = builder.plug { xmlSchemaSAXUnplug(plug) }
    }
    // After a fatal error libxml2 parses on with its events off, and keeps entity declarations it
    // meets in a document of its own ("SAX compatibility"), which the context does not free
    // (found by the response fuzzer: a broken XML declaration, then a DOCTYPE).
    if let document = parser.pointee.myDoc {
      parser.pointee.myDoc = nil
      xmlFreeDoc(document)
    }
    var valid = true
    if let validator = builder.validator {
      valid = xmlSchemaIsValid(validator) == 1
      xmlSchemaFreeValidCtxt(validator)
    }
    return Outcome(
      kind: builder.kind, root: builder.root, refusal: builder.refusal,
      wellFormed: parser.pointee.wellFormed != 0, valid: valid)
  }

  /// The SAX2 events fincyber listens to. Everything else (entity and notation declarations,
  /// external subsets, entity resolution) is left unset, so libxml2 has nothing to call for it.
  private static func events() -> xmlSAXHandler {
    var handler = xmlSAXHandler()
    handler.initialized = UInt32(XML_SAX2_MAGIC)
    handler.internalSubset = { context, _, _, _ in
      StreamingParse.from(context).refuseDoctype()
    }
    handler.startElementNs = { context, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
      StreamingParse.from(context).start(
        name: name, prefix: prefix, uri: uri, namespaceCount: namespaceCount, namespaces: namespaces,
        attributeCount: attributeCount, defaulted: defaulted, attributes: attributes)
    }
    handler.endElementNs = { context, _, _, _ in
      StreamingParse.from(context).end()
    }
    handler.characters = { context, characters, count in
      StreamingParse.from(context).text(characters, count)
    }
    // Whitespace between elements and CDATA sections reach the element's text, as they do in
    // libxml2's own tree (with XML_PARSE_NOCDATA).
    handler.ignorableWhitespace = handler.characters
    handler.cdataBlock = handler.characters
    return handler
  }

  private static func from(_ context: UnsafeMutableRawPointer?) -> StreamingParse {
    Unmanaged<StreamingParse>.fromOpaque(context!).takeUnretainedValue()
  }

  private var line: Int { Int(xmlSAX2GetLineNumber(parser)) }

  /// How far the parser has read, in bytes of the file: the input's cursor, and what the input
  /// has already let go of.
  private var offset: Int {
    let input = parser.pointee.input.pointee
    return Int(input.consumed) + (input.base.flatMap { base in input.cur.map { $0 - base } } ?? 0)
  }

  private func string(_ pointer: UnsafePointer<xmlChar>) -> String {
    strings.string(at: pointer) { String(cString: pointer) }
  }

  /// Ends the parse once the libxml2 function now running returns, and sends no further event.
  ///
  /// Not `xmlStopParser`, which frees the parser's input at once: the function that called back
  /// here (text parsing, an error in the middle of a tag) still reads it when it returns. The
  /// input is freed with the parser.
  private func endParse() {
    parser.pointee.instate = XML_PARSER_EOF
    parser.pointee.disableSAX = 1
  }

  private func refuseDoctype() {
    refusal = .doctype(line: line)
    xmlStopParser(parser)
  }

  private func start(
    name: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
    namespaceCount: Int32, namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    attributeCount: Int32, defaulted: Int32, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    guard let name, refusal == nil else { return }
    if !rootAccepted {
      // The root element: it decides the schema, which is then plugged into the event stream and
      // handed this same event, so that it validates the root as it does every later element.
      // A root that is refused is parsed on unvalidated, so that a file that is also not
      // well-formed is reported as such first. A foreign root has no schema: it is read here.
      guard acceptRoot(name: name, uri: uri, attributeCount: attributeCount, attributes: attributes) else { return }
      if plug != nil {
        parser.pointee.sax.pointee.startElementNs?(
          parser.pointee.userData, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
        return
      }
    }
    // Counted here, once each: the root's event is handed on again once its validator is plugged in.
    elements += 1
    if elements > elementLimit {
      refusal = .tooManyElements(offset: offset)
      xmlStopParser(parser)
      return
    }
    open.append(XMLElementNode(name: string(name), namespace: uri.map(string), line: line))
    texts.append([])
    if attributeCount > 0, let attributes {
      let last = open.count - 1
      open[last].attributeList.reserveCapacity(Int(attributeCount))
      for index in 0..<Int(attributeCount) {
        let base = index * 5
        guard let localName = attributes[base], let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
        open[last].attributeList.append(
          .init(name: attributeName(localName, prefix: attributes[base + 1], namespace: attributes[base + 2]), value: Self.attributeValue(start, end)))
      }
    }
  }

  /// Accepts the root element: the foreign root asked for, or one of fincyber's formats, whose
  /// schema is then plugged in; false (with the refusal recorded) when the root is of no accepted
  /// kind or asks for a schema of its own.
  private func acceptRoot(
    name: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?,
    attributeCount: Int32, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) -> Bool {
    let rootName = string(name)
    let rootNamespace = uri.map(string)
    if let foreignRoot {
      guard foreignRoot.name == rootName, foreignRoot.namespace == rootNamespace else {
        refusal = .root(name: rootName, namespace: rootNamespace, line: line)
        return false
      }
      rootAccepted = true
      return true
    }
    guard let kind = kinds.first(where: { $0.rootElement == rootName && $0.namespace == rootNamespace }) else {
      refusal = .root(name: rootName, namespace: rootNamespace, line: line)
      return false
    }
    if attributeCount > 0, let attributes {
      for index in 0..<Int(attributeCount) {
        let base = index * 5
        guard let localName = attributes[base], let namespace = attributes[base + 2],
          string(namespace) == XMLDocumentLoader.xsiNamespace
        else { continue }
        let local = string(localName)
        if local == "schemaLocation" || local == "noNamespaceSchemaLocation" {
          refusal = .schemaHint(attribute: "xsi:" + local, root: rootName, line: line)
          return false
        }
      }
    }
    guard validating else {
      self.kind = kind
      rootAccepted = true
      return true
    }
    guard let validator = kind.compiled.newValidator(reportingTo: collector) else {
      refusal = .noValidator
      xmlStopParser(parser)
      return false
    }
    self.kind = kind
    self.validator = validator
    xmlSchemaValidateSetLocator(validator, { context, file, line in
      // The validator knows no parser of its own here: tell it where the parser is.
      file?.pointee = nil
      line?.pointee = UInt(xmlSAX2GetLineNumber(context?.assumingMemoryBound(to: xmlParserCtxt.self)))
      return 0
    }, UnsafeMutableRawPointer(parser))
    guard let saxField = parser.pointer(to: \.sax), let dataField = parser.pointer(to: \.userData),
      let plug = xmlSchemaSAXPlug(validator, saxField, dataField)
    else {
      refusal = .noValidator
      xmlStopParser(parser)
      return false
    }
    self.plug = plug
    rootAccepted = true
    // libxml2 2.9's splitter hands entity-reference events to the validator with the wrong
    // pointer. They need a DOCTYPE, which stops the parse first; leave nothing to call anyway.
    parser.pointee.sax.pointee.reference = nil
    return true
  }

  private func attributeName(_ name: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?) -> String {
    // Local names are interned by libxml2, but one local name may come with several prefixes;
    // only the common case, no prefix and no namespace, is looked up by address.
    if prefix == nil && namespace == nil {
      return attributeNames.string(at: name) { String(cString: name) }
    }
    let local = string(name)
    if let namespace, string(namespace) == XMLDocumentLoader.xmlNamespace { return "xml:" + local }
    if let prefix { return string(prefix) + ":" + local }
    return local
  }

  /// An attribute's value as SAX2 delivers it: libxml2 writes every `&` of the value as `&#38;`
  /// when it does not substitute entities (libxml2's own validator undoes it the same way).
  static func attributeValue(_ start: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) -> String {
    let bytes = UnsafeBufferPointer(start: start, count: end - start)
    guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(bytes.count)
    var index = 0
    let escaped = Array("&#38;".utf8)
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "&"), bytes.count - index >= escaped.count, Array(bytes[index..<index + escaped.count]) == escaped {
        decoded.append(UInt8(ascii: "&"))
        index += escaped.count
      } else {
        decoded.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: decoded, as: UTF8.self)
  }

  private func end() {
    guard var element = open.popLast(), let text = texts.popLast() else { return }
    element.text = String(decoding: text, as: UTF8.self)
    if open.isEmpty {
      root = element
    } else {
      open[open.count - 1].children.append(element)
    }
  }

  private func text(_ characters: UnsafePointer<xmlChar>?, _ count: Int32) {
    guard let characters, count > 0, !texts.isEmpty, refusal == nil else { return }
    guard texts[texts.count - 1].count + Int(count) <= Self.maximumText else {
      refusal = .textTooLong(offset: offset)
      endParse()
      return
    }
    texts[texts.count - 1].append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(count)))
  }
}

/// Swift strings for libxml2's interned C strings, found by address: a direct-mapped table,
/// cheaper than hashing for the few dozen names of a document, with a miss costing one copy.
struct InternedStrings {
  private static let size = 128
  private var addresses = [UnsafeRawPointer?](repeating: nil, count: size)
  private var values = [String](repeating: "", count: size)

  /// The string stored for an address, made and stored on a miss.
  ///
  /// - Parameters:
  ///   - address: The interned C string's address, stable for the parse.
  ///   - make: Makes the Swift string on a miss.
  mutating func string(at address: UnsafePointer<xmlChar>, _ make: () -> String) -> String {
    let key = UnsafeRawPointer(address)
    let slot = Int(bitPattern: UInt(bitPattern: key) >> 3) & (Self.size - 1)
    if addresses[slot] == key { return values[slot] }
    let made = make()
    addresses[slot] = key
    values[slot] = made
    return made
  }
}
