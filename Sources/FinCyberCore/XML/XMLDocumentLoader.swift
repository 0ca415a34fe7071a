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

  /// Parses and validates a document of one of the expected kinds.
  ///
  /// The document is refused when it is not UTF-8, has a start tag with more attributes than any
  /// fincyber format allows (``PreParseCheck``), is not well-formed, carries a DOCTYPE, has a root
  /// of another kind, or is invalid against its schema. Nothing outside the bytes given is read.
  /// A bundled document given byte for byte (``BundledFiles/verbatimDocument(_:)``) passes every
  /// check but the schema's, which it passed when it was embedded.
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to name in diagnostics.
  ///   - kinds: The kinds of document accepted here.
  /// - Returns: The document's kind, root element and source text.
  /// - Throws: `FinCyberError.invalidInput` with one diagnostic per problem.
  public static func load(_ bytes: [UInt8], path: String, expecting kinds: [BundledSchema]) throws -> LoadedXMLDocument {
    try load(bytes, path: path, expecting: kinds, validatingBundled: false)
  }

  /// ``load(_:path:expecting:)``, with the choice to validate a verbatim bundled document too (for
  /// the tests that check the bundled documents are valid).
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to name in diagnostics.
  ///   - kinds: The kinds of document accepted here.
  ///   - validatingBundled: Whether a verbatim bundled document is validated against its schema.
  /// - Returns: The document's kind, root element and source text.
  /// - Throws: `FinCyberError.invalidInput` with one diagnostic per problem.
  package static func load(
    _ bytes: [UInt8], path: String, expecting kinds: [BundledSchema], validatingBundled: Bool
  ) throws -> LoadedXMLDocument {
    let expectation = Expectation(
      kinds: kinds, foreignRoot: nil, elementLimit: StreamingParse.maximumElements,
      whyLimit: "no fincyber file needs that many (a questionnaire of 449 statements has about 5,100)",
      expected: kinds.map { "\($0.kindNameWithArticle) (<\($0.rootElement) xmlns=\"\($0.namespace)\">)" }.joined(separator: " or "),
      kindName: kinds[0].kindName, wrongRootFix: nil,
      validating: validatingBundled || BundledFiles.verbatimDocument(bytes) == nil)
    let (outcome, source, collector) = try parse(bytes, path: path, expectation)
    guard let kind = outcome.kind, let root = outcome.root else {
      throw FinCyberError.invalidInput([Diagnostic(file: path, message: "the document has no root element")])
    }
    guard outcome.valid else {
      throw FinCyberError.invalidInput(
        diagnostics(
          from: collector.entries.filter(\.fromValidator), dropped: collector.dropped.validator, source: source,
          fix: "see \(kind.schemaPath) for what is allowed here"))
    }
    return LoadedXMLDocument(kind: kind, root: root, source: source)
  }

  /// A document of a format that is not fincyber's own (a part of a spreadsheet file): what its
  /// root must be, and the words and limits its refusals use.
  package struct ForeignDocument: Sendable {
    /// The local name the root element must have.
    package var root: String
    /// The namespace URI the root element must be in.
    package var namespace: String
    /// What the document is, for messages ("worksheet").
    package var kindName: String
    /// The most elements the document may have.
    package var maximumElements: Int
    /// Why no such document needs more elements, for the message that refuses one.
    package var whyLimit: String
    /// How to mend a document whose root is another.
    package var wrongRootFix: String

    /// Describes a foreign document.
    ///
    /// - Parameters:
    ///   - root: The root element's local name.
    ///   - namespace: The root element's namespace URI.
    ///   - kindName: What the document is.
    ///   - maximumElements: The most elements it may have.
    ///   - whyLimit: Why no such document needs more.
    ///   - wrongRootFix: How to mend a document with another root.
    package init(root: String, namespace: String, kindName: String, maximumElements: Int, whyLimit: String, wrongRootFix: String) {
      (self.root, self.namespace, self.kindName) = (root, namespace, kindName)
      (self.maximumElements, self.whyLimit, self.wrongRootFix) = (maximumElements, whyLimit, wrongRootFix)
    }
  }

  /// Parses a document of a format that is not fincyber's own, with every defence of
  /// ``load(_:path:expecting:)`` but the schema: UTF-8 only, a bounded count of attributes per tag,
  /// no DOCTYPE (so no entity), nothing read outside the bytes given, a bounded count of elements
  /// and 1 MiB of text per element; only its root element is checked. The caller checks
  /// everything it reads.
  ///
  /// - Parameters:
  ///   - bytes: The document's bytes.
  ///   - path: The name to give it in diagnostics.
  ///   - document: What its root must be, and its limits.
  /// - Returns: The root element.
  /// - Throws: `FinCyberError.invalidInput` with one diagnostic per problem.
  package static func loadWellFormed(_ bytes: [UInt8], path: String, as document: ForeignDocument) throws -> XMLElementNode {
    let expectation = Expectation(
      kinds: [], foreignRoot: StreamingParse.ForeignRoot(name: document.root, namespace: document.namespace),
      elementLimit: document.maximumElements, whyLimit: document.whyLimit,
      expected: "\(withIndefiniteArticle(document.kindName)) (<\(document.root) xmlns=\"\(document.namespace)\">)", kindName: document.kindName,
      wrongRootFix: document.wrongRootFix, validating: false)
    let (outcome, _, _) = try parse(bytes, path: path, expectation)
    guard let element = outcome.root else {
      throw FinCyberError.invalidInput([Diagnostic(file: path, message: "the document has no root element")])
    }
    return element
  }

  /// What one parse accepts, and the words its refusals use.
  private struct Expectation {
    /// fincyber's formats accepted (each validated against its schema).
    var kinds: [BundledSchema]
    /// The one root accepted without a schema, for a document of another format.
    var foreignRoot: StreamingParse.ForeignRoot?
    /// The most elements read.
    var elementLimit: Int
    /// Why no accepted document has more elements.
    var whyLimit: String
    /// The documents accepted, as a message names them.
    var expected: String
    /// What an accepted document is, for an empty file's message.
    var kindName: String
    /// How to mend a foreign document with another root; nil for fincyber's formats.
    var wrongRootFix: String?
    /// Whether a document of fincyber's formats is validated against its schema (false only for a
    /// bundled document given verbatim).
    var validating: Bool
  }

  /// Parses bytes under the checks every document passes; schema errors are left to the caller.
  private static func parse(
    _ bytes: [UInt8], path: String, _ expectation: Expectation
  ) throws -> (StreamingParse.Outcome, SourceText, LibXMLErrorCollector) {
    LibXML.initialize()
    let source = SourceText(path: path, bytes: bytes)
    if bytes.isEmpty {
      throw FinCyberError.invalidInput([
        Diagnostic(file: path, message: "the file is empty", fix: "give \(withIndefiniteArticle(expectation.kindName)) in XML")
      ])
    }
    if let problem = PreParseCheck.problem(in: bytes) {
      let position = Self.position(ofByte: problem.offset, in: bytes)
      throw FinCyberError.invalidInput([
        Diagnostic(file: path, line: position.line, column: position.column, message: problem.message, fix: problem.fix)
      ])
    }
    let collector = LibXMLErrorCollector()
    let userData = Unmanaged.passUnretained(collector).toOpaque()
    xmlSetStructuredErrorFunc(userData, LibXMLErrorCollector.callback)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    let parsed = withExtendedLifetime(collector) {
      StreamingParse.run(
        bytes, kinds: expectation.kinds, foreignRoot: expectation.foreignRoot, elementLimit: expectation.elementLimit,
        validating: expectation.validating, collector: collector)
    }
    guard let outcome = parsed else {
      throw FinCyberError.invalidInput([Diagnostic(file: path, message: "libxml2 could not start parsing the document")])
    }
    let parserErrors = collector.entries.filter { !$0.fromValidator }
    // A DOCTYPE (or a validator that could not start) stops the parse where it stands; any other
    // refusal waits until the file is known to be well-formed.
    if let refusal = outcome.refusal, refusal.stoppedTheParse {
      throw FinCyberError.invalidInput([diagnostic(for: refusal, expectation, source: source, bytes: bytes)])
    }
    if !outcome.wellFormed || !parserErrors.isEmpty {
      throw FinCyberError.invalidInput(
        diagnostics(
          from: parserErrors, dropped: collector.dropped.parser, source: source,
          fix: "the file is not well-formed XML; check the tag or character at that place"))
    }
    if let refusal = outcome.refusal {
      throw FinCyberError.invalidInput([diagnostic(for: refusal, expectation, source: source, bytes: bytes)])
    }
    return (outcome, source, collector)
  }

  /// The line and column (in characters, from 1) of a byte of the file.
  static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    let before = bytes[..<min(offset, bytes.count)]
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let line = before.reduce(into: 1) { count, byte in if byte == UInt8(ascii: "\n") { count += 1 } }
    return (line, String(decoding: bytes[lineStart..<before.endIndex], as: UTF8.self).count + 1)
  }

  /// The diagnostic for a document refused before its parse ended.
  private static func diagnostic(
    for refusal: StreamingParse.Refusal, _ expectation: Expectation, source: SourceText, bytes: [UInt8]
  ) -> Diagnostic {
    switch refusal {
    case .doctype(let line):
      let position = source.find("<!DOCTYPE") ?? (line, 1)
      return Diagnostic(
        file: source.path, line: position.line, column: position.column, message: "a DOCTYPE declaration is not allowed",
        fix: "remove the <!DOCTYPE …> declaration; fincyber files use XML Schema and no DTD or entities")
    case .root(let rootName, let rootNamespace, let line):
      let found = BundledSchema.allCases.first { $0.rootElement == rootName && $0.namespace == rootNamespace }
      let position = source.locate(element: rootName, near: line)
      let expected = expectation.expected
      let root = "the root element <\(rootName)> in namespace \(rootNamespace.map { "'\($0)'" } ?? "(none)")"
      if let fix = expectation.wrongRootFix {
        return Diagnostic(
          file: source.path, line: position.line, column: position.column, message: "\(root) is not the one expected; expected \(expected)",
          fix: fix)
      }
      let what = found.map { "this is \($0.kindNameWithArticle)" } ?? "\(root) is not a fincyber format"
      return Diagnostic(
        file: source.path, line: position.line, column: position.column, message: "\(what); expected \(expected)",
        fix: found == nil ? "check the root element's name and its xmlns attribute" : "pass the file where \(found!.kindNameWithArticle) is expected")
    case .tooManyElements(let offset):
      // The parser has read the tag that went over the limit: point at its start.
      let tag = bytes[..<min(offset, bytes.count)].lastIndex(of: UInt8(ascii: "<")) ?? 0
      let position = position(ofByte: tag, in: bytes)
      return Diagnostic(
        file: source.path, line: position.line, column: position.column,
        message: "the document has more than \(expectation.elementLimit) elements; \(expectation.whyLimit)",
        fix: "check that this is the right file; a generated file may repeat an element by mistake")
    case .textTooLong(let offset):
      let position = position(ofByte: offset, in: bytes)
      return Diagnostic(
        file: source.path, line: position.line, column: position.column,
        message: "an element's text is longer than \(StreamingParse.maximumText / 1024 / 1024) MiB; no fincyber format allows more than 8,000 characters",
        fix: "shorten the text, or check that this is the right file")
    case .noValidator:
      return Diagnostic(file: source.path, message: "libxml2 could not start validating the document", fix: "try again with more free memory")
    case .schemaHint(let hint, let rootName, let line):
      let position = source.locate(element: rootName, attribute: hint, near: line)
      return Diagnostic(
        file: source.path, line: position.line, column: position.column,
        message: "\(hint) is not followed: fincyber validates against its own bundled schema", fix: "remove the \(hint) attribute")
    }
  }

  /// Turns collected libxml2 errors into diagnostics with readable element names and a column.
  private static func diagnostics(
    from entries: [LibXMLErrorCollector.Entry], dropped: Int, source: SourceText, fix: String
  ) -> [Diagnostic] {
    if entries.isEmpty {
      return [Diagnostic(file: source.path, message: "libxml2 could not read the document", fix: fix)]
    }
    var located = entries.map { entry -> Diagnostic in
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
    // libxml2's errors are capped per file: say how many more there were.
    if dropped > 0, let last = located.last {
      located.append(Diagnostic(file: last.file, message: "\(dropped) more problems of the same kinds not shown"))
    }
    return located
  }
}
