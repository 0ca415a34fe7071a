/// Gathers the problems found in one file, capped so that a hostile file cannot flood the report.
struct DiagnosticList {
  let source: SourceText
  private(set) var items: [Diagnostic] = []
  private var dropped = 0
  static let limit = 100

  init(source: SourceText) { self.source = source }

  /// Adds a problem located at an element, or at one of its attributes.
  ///
  /// - Parameters:
  ///   - element: The element the problem is in.
  ///   - attribute: The attribute at fault, if one is.
  ///   - message: What is wrong.
  ///   - fix: How to mend it.
  ///   - kind: What kind of problem it is, when a caller may add a remedy.
  mutating func add(_ element: XMLElementNode, attribute: String? = nil, _ message: String, fix: String? = nil, kind: Diagnostic.Kind? = nil) {
    guard items.count < Self.limit else {
      dropped += 1
      return
    }
    var diagnostic = source.diagnostic(at: element, attribute: attribute, message, fix: fix)
    diagnostic.kind = kind
    items.append(diagnostic)
  }

  /// Throws the problems gathered, if any.
  func throwIfAny() throws {
    guard !items.isEmpty else { return }
    var all = items
    if dropped > 0, let last = items.last {
      all.append(Diagnostic(file: last.file, message: "\(dropped) more problems of the same kinds not shown"))
    }
    throw FinCyberError.invalidInput(all)
  }

  /// The languages a localised text must be given in: a questionnaire's declared languages.
  var languages: [String] = Language.allCases.map(\.rawValue)

  /// Reads a localised text from the children with one name: each of ``languages`` once, and no
  /// other language.
  ///
  /// - Parameters:
  ///   - parent: The element whose children hold the text.
  ///   - name: The children's name.
  ///   - required: Whether the text must be given; an optional one, once given in one language,
  ///     must be given in every one.
  mutating func localized(_ parent: XMLElementNode, _ name: String, required: Bool = true) -> LocalizedText {
    var values: [String: String] = [:]
    for child in parent.children(named: name) {
      let language = child["xml:lang"] ?? ""
      if !languages.contains(language) {
        add(child, attribute: "xml:lang", "<\(name)> in '\(language)', a language the model does not declare",
            fix: "the model declares \(languages.joined(separator: ", ")) (its languages attribute): remove this text or declare its language")
        continue
      }
      if values[language] != nil {
        add(child, attribute: "xml:lang", "<\(name)> is given twice in language '\(language)'", fix: "keep one <\(name) xml:lang=\"\(language)\">")
      }
      values[language] = child.text.trimmed
    }
    if required || !values.isEmpty {
      for language in languages where values[language] == nil {
        let what = parent["id"].map { "<\(parent.name) id=\"\($0)\">" } ?? parent["of"].map { "<\(parent.name) of=\"\($0)\">" } ?? "<\(parent.name)>"
        add(parent, "\(what) has no <\(name)> in \(language)", fix: "add <\(name) xml:lang=\"\(language)\">…</\(name)>")
      }
    }
    return LocalizedText(values)
  }
}

extension String {
  /// The string without leading and trailing white space; inner line breaks and spacing folded.
  ///
  /// White space here is XML's (space, tab, line feed, carriage return), as in `xs:token`; other
  /// spaces, such as the ideographic space U+3000, are text. Works on UTF-8 bytes: a questionnaire
  /// holds about a megabyte of such text, and grapheme-by-grapheme splitting was most of its load time.
  var trimmed: String {
    if isTrimmed { return self }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var pendingSpace = false
    for byte in utf8 {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether ``trimmed`` would give the string back unchanged: no tab, line feed or carriage
  /// return, no space at either end, no two spaces together. Most texts of a questionnaire are so,
  /// and the check is one pass over the bytes without a copy.
  private var isTrimmed: Bool {
    var previous: UInt8 = 0x20
    for byte in utf8 {
      if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) { return false }
      previous = byte
    }
    return previous != 0x20 || isEmpty
  }

  /// The string without leading and trailing white space, inner text kept as written.
  var trimmedKeepingLines: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
