import FinCyberCore
import Foundation
import Testing

/// One hostile or broken input and what fincyber must say about it.
struct HostileCase: CustomTestStringConvertible, Sendable {
  var file: String
  var line: Int
  var column: Int
  var message: String
  var testDescription: String { file }
}

/// Every reader of XML treats its input as hostile: nothing named by a file is fetched or
/// expanded, every broken file gives a located message with a fix, and nothing takes long.
@Suite(.serialized) struct HostileInputTests {
  static let folder = Fixtures.path("hostile")

  /// Files whose attack is in the prologue: the same refusal whatever kind of document is expected.
  static let prologueAttacks: [HostileCase] = [
    HostileCase(file: "external-entity-file.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "external-entity-http.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "external-entity-relative.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "parameter-entity-file.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "parameter-entity-http.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "external-dtd.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "external-dtd-file.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "quadratic-blowup.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "billion-laughs.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    HostileCase(file: "truncated.xml", line: 5, column: 1, message: "Premature end of data in tag responses line 2"),
    HostileCase(file: "invalid-utf8.xml", line: 3, column: 55, message: "Input is not proper UTF-8"),
    HostileCase(file: "utf16.xml", line: 1, column: 1, message: "the file is UTF-16; fincyber reads UTF-8"),
    HostileCase(file: "declared-latin1.xml", line: 1, column: 31, message: "the file declares encoding 'ISO-8859-1'"),
    // A declaration padded past what a first look reads, tabs round its '=', a whole file in
    // UTF-7 that shows value="no" to a reader and scores "yes", and a whole file in EBCDIC.
    HostileCase(file: "declared-latin1-late.xml", line: 1, column: 281, message: "the file declares encoding 'ISO-8859-1'"),
    HostileCase(file: "encoding-tabs.xml", line: 1, column: 33, message: "the file declares encoding 'ISO-8859-1'"),
    HostileCase(file: "utf7-hidden.xml", line: 1, column: 281, message: "the file declares encoding 'UTF-7'"),
    HostileCase(file: "ebcdic.xml", line: 1, column: 1, message: "the file does not begin with '<'"),
    HostileCase(file: "control-character-id.xml", line: 5, column: 41, message: "xmlParseCharRef: invalid xmlChar value 1"),
  ]

  /// Files that are well-formed but wrong for a response file.
  static let responseProblems: [HostileCase] = [
    HostileCase(file: "xinclude.xml", line: 3, column: 44, message: "Element 'name': Element content is not allowed"),
    HostileCase(file: "xinclude-http.xml", line: 5, column: 12, message: "Element 'include': This element is not expected"),
    HostileCase(file: "schema-location.xml", line: 2, column: 99, message: "xsi:schemaLocation is not followed"),
    HostileCase(file: "no-namespace.xml", line: 2, column: 1, message: "the root element <responses> in namespace (none) is not a fincyber format"),
    HostileCase(file: "tab-in-id.xml", line: 5, column: 20, message: "The value 'D1.GV.BO B.1' is not accepted by the pattern"),
    HostileCase(file: "outcome-nan.xml", line: 6, column: 46, message: "the value of 'OI.D2.PATCH' must be a finite number"),
    HostileCase(file: "outcome-infinite.xml", line: 6, column: 46, message: "the value of 'OI.D2.PATCH' must be a finite number"),
    HostileCase(file: "outcome-negative.xml", line: 6, column: 46, message: "the value -1 of 'OI.D1.BOARD' is below its lowest possible value 0"),
    HostileCase(file: "outcome-huge.xml", line: 6, column: 46, message: "the value 1e308 of 'OI.D2.PATCH' is implausibly large"),
    HostileCase(file: "date-february-30.xml", line: 4, column: 15, message: "'2026-02-30' is not a valid value of the atomic type 'xs:date'"),
    HostileCase(file: "date-month-13.xml", line: 4, column: 15, message: "'2026-13-01' is not a valid value of the atomic type 'xs:date'"),
    HostileCase(file: "date-february-29-not-leap.xml", line: 4, column: 15, message: "'2027-02-29' is not a valid value of the atomic type 'xs:date'"),
  ]

  /// The file's bytes with the traps' addresses put in: `@PORT@` the listener's port, `@TRAP@` the
  /// pipe's absolute path, `@TRAPNAME@` its name alone, which names it relative to the file when the
  /// file is read as if it lay in the pipe's folder (see ``pathBesideTrap(_:_:)``).
  static func bytes(_ file: String, port: Int, trap: String) throws -> [UInt8] {
    let raw = try InputFile.read(folder + "/" + file)
    guard let text = String(validating: raw, as: UTF8.self), text.contains("@") else { return raw }
    let name = URL(fileURLWithPath: trap).lastPathComponent
    return Array(
      text.replacingOccurrences(of: "@PORT@", with: String(port)).replacingOccurrences(of: "@TRAPNAME@", with: name)
        .replacingOccurrences(of: "@TRAP@", with: trap).utf8)
  }

  /// The path a file is read under: in the trap's folder, so that a relative reference in it would
  /// resolve to the trap.
  static func pathBesideTrap(_ file: String, _ trap: FileTrap) -> String {
    URL(fileURLWithPath: trap.path).deletingLastPathComponent().appendingPathComponent(file).path
  }

  /// Reads the file through every XML reader: questionnaire, responses, and any document kind.
  static func refusals(_ bytes: [UInt8], path: String) -> [FinCyberError?] {
    [
      (try? Loader.questionnaire(bytes, path: path)).map { _ in nil } ?? capture { _ = try Loader.questionnaire(bytes, path: path) },
      capture { _ = try Loader.responses(bytes, path: path, for: Fixtures.mini) },
      capture { _ = try XMLDocumentLoader.load(bytes, path: path, expecting: [.gapAnalysis]) },
    ]
  }

  static func capture(_ body: () throws -> Void) -> FinCyberError? {
    do {
      try body()
      return nil
    } catch let error as FinCyberError {
      return error
    } catch {
      return nil
    }
  }

  func check(_ error: FinCyberError?, _ expected: HostileCase, path: String) throws {
    let first = try #require(error?.diagnostics.first, "\(expected.file) was accepted")
    #expect((first.line, first.column) == (expected.line, expected.column), "\(first)")
    #expect(first.message.contains(expected.message), "\(first)")
    #expect(first.fix != nil, "no fix offered: \(first)")
    #expect(!first.description.contains("\n"))
  }

  @Test(arguments: prologueAttacks)
  func prologueAttackIsRefusedEverywhereAndFetchesNothing(_ expected: HostileCase) throws {
    let listener = try LoopbackTrap()
    let trap = try FileTrap()
    let path = Self.pathBesideTrap(expected.file, trap)
    let bytes = try Self.bytes(expected.file, port: listener.port, trap: trap.path)
    for error in Self.refusals(bytes, path: path) { try check(error, expected, path: path) }
    #expect(listener.connectionsSeen() == 0, "a connection was attempted")
    #expect(!trap.wasOpened(), "a local file named by the input was opened")
  }

  @Test(arguments: responseProblems)
  func responseProblemIsRefusedAndFetchesNothing(_ expected: HostileCase) throws {
    let listener = try LoopbackTrap()
    let trap = try FileTrap()
    let path = Self.pathBesideTrap(expected.file, trap)
    let bytes = try Self.bytes(expected.file, port: listener.port, trap: trap.path)
    try check(Self.capture { _ = try Loader.responses(bytes, path: path, for: Fixtures.mini) }, expected, path: path)
    // Read as a questionnaire or a gap analysis, the file is refused too (for what it is, a
    // response file, or for its problem), and fetches nothing either.
    for error in Self.refusals(bytes, path: path) where error == nil {
      Issue.record("\(expected.file) was accepted by one of the readers")
    }
    #expect(listener.connectionsSeen() == 0, "a connection was attempted")
    #expect(!trap.wasOpened(), "a local file named by the input was opened")
  }

  /// Inputs that once crashed a fuzz target (`Fuzz/regressions/`), replayed here as well as by
  /// `Fuzz/run.sh`: under `swift test --sanitize=address` (Scripts/memory-check.sh) the memory error
  /// they found would stop the suite.
  static let fuzzRegressions: [String] = (try? FileManager.default.contentsOfDirectory(
    atPath: Fixtures.packageRoot.appendingPathComponent("Fuzz/regressions").path))?.filter { $0.hasSuffix(".xml") }.sorted() ?? []

  @Test func thereAreFuzzRegressions() {
    #expect(!Self.fuzzRegressions.isEmpty)
  }

  @Test(arguments: fuzzRegressions)
  func aFuzzRegressionInputLoadsSafely(_ file: String) throws {
    let path = Fixtures.packageRoot.appendingPathComponent("Fuzz/regressions/" + file).path
    let bytes = try InputFile.read(path)
    if file.hasPrefix("questionnaire-") {
      // The use-after-free in the schema entity loader was found on a valid questionnaire.
      let questionnaire = try Loader.questionnaire(bytes, path: path)
      #expect(questionnaire.statements.count == 16)
    }
    let refusal = Self.capture { _ = try Loader.responses(bytes, path: path, for: Fixtures.mini) }
    if file.hasPrefix("responses-") {
      // A broken XML declaration before a DOCTYPE: the first problem is the declaration (libxml2
      // then read the DOCTYPE with its events off, which once leaked what it kept of it).
      #expect(refusal?.diagnostics.first?.message.contains("XML declaration") == true, "\(String(describing: refusal))")
    }
  }

  @Test func theTrapsCatchWhatTheyGuard() throws {
    // Controls: a real open and a real connection are seen, so a silent trap cannot pass.
    let trap = try FileTrap()
    let descriptor = open(trap.path, O_RDONLY)
    #expect(descriptor >= 0)
    close(descriptor)
    #expect(trap.wasOpened())
    let listener = try LoopbackTrap()
    let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(listener.port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    #expect(connected == 0)
    #expect(listener.connectionsSeen() == 1)
    close(client)
  }

  @Test func aByteOrderMarkIsAccepted() throws {
    let responses = try Loader.responses(at: Self.folder + "/utf8-bom.xml", for: Fixtures.mini)
    #expect(responses.institution.name == "Test Bank")
  }

  @Test func deepNestingIsRefusedAtTheDepthLimit() throws {
    let depth = 100_000
    let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<responses xmlns=\"urn:fincyber:responses:1\">"
      + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</responses>\n"
    let error = Self.capture { _ = try Loader.responses(Array(text.utf8), path: "deep.xml", for: Fixtures.mini) }
    #expect(error?.diagnostics.first?.message.contains("Excessive depth in document: 256") == true, "\(String(describing: error))")
  }

  @Test func aHugeAttributeIsRefusedAtTheLengthLimit() throws {
    let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<responses xmlns=\"urn:fincyber:responses:1\" questionnaire=\""
      + String(repeating: "A", count: 11_000_000) + "\" questionnaire-version=\"1\"/>\n"
    let error = Self.capture { _ = try Loader.responses(Array(text.utf8), path: "huge.xml", for: Fixtures.mini) }
    #expect(error?.diagnostics.first?.message.contains("AttValue length too long") == true, "\(String(describing: error))")
  }

  /// libxml2 2.9 compares a tag's attributes pairwise: 200,000 on one tag took 13 s before this
  /// check, a million 12 minutes. They are refused before libxml2 reads the file, wherever the
  /// tag stands, and however the attributes are spelled (prefixed, or namespace declarations).
  @Test(arguments: [
    ("<responses xmlns=\"urn:fincyber:responses:1\"", " a%d=\"x\"", ">\n</responses>\n", 2, 1),
    ("<responses xmlns=\"urn:fincyber:responses:1\">\n  <answers>\n    <!-- a=\"b\" > -->\n    <x:a xmlns:x=\"urn:x\"", " x:a%d='x'", "/>\n  </answers>\n</responses>\n", 5, 5),
    ("<responses xmlns=\"urn:fincyber:responses:1\"", " xmlns:p%d=\"urn:p\"", ">\n</responses>\n", 2, 1),
  ])
  func aTagWithMoreAttributesThanAnyFormatHasIsRefusedBeforeParsing(_ shape: (String, String, String, Int, Int)) throws {
    let (head, attribute, tail, line, column) = shape
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + head
    for index in 0..<200_000 { text += attribute.replacingOccurrences(of: "%d", with: String(index)) }
    text += tail
    for error in Self.refusals(Array(text.utf8), path: "attributes.xml") {
      let first = try #require(error?.diagnostics.first)
      #expect(first.message.contains("more than 32 attributes"), "\(first)")
      #expect((first.line, first.column) == (line, column))
    }
    // Attributes inside a comment, CDATA or a quoted value are not counted; 32 on one tag pass.
    let quiet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- " + String(repeating: "a=\"b\" ", count: 100) + "-->\n<r "
      + (0..<32).map { "a\($0)=\"= '>\"" }.joined(separator: " ") + "/>\n"
    #expect(Self.capture { _ = try XMLDocumentLoader.load(Array(quiet.utf8), path: "quiet.xml", expecting: [.responses]) }?
      .diagnostics.first?.message.contains("attributes") == false)
  }

  /// Every element read becomes a Swift value: half a million empty elements in 2 MB drove the
  /// questionnaire fuzzer to 683 MB under AddressSanitizer. The parse stops at the element over
  /// the limit, which the diagnostic points at.
  @Test func aDocumentOfMoreElementsThanAnyFileNeedsIsStoppedAtTheLimit() throws {
    let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<responses xmlns=\"urn:fincyber:responses:1\">\n"
    let over = head + String(repeating: "<a/>", count: 100_000) + "<b/>\n</responses>\n"
    for error in Self.refusals(Array(over.utf8), path: "many.xml") {
      let first = try #require(error?.diagnostics.first)
      if first.message.contains("this is a response file") { continue }  // the questionnaire reader names the kind first
      #expect(first.message.contains("more than 100000 elements"), "\(first)")
      #expect((first.line, first.column) == (3, 399_997), "the root is element 1, so <a/> number 100,000 goes over")
    }
    let at = head + String(repeating: "<a/>", count: 99_999) + "\n</responses>\n"
    let error = Self.capture { _ = try Loader.responses(Array(at.utf8), path: "at.xml", for: Fixtures.mini) }
    #expect(error?.diagnostics.first?.message.contains("more than 100000 elements") == false, "\(String(describing: error?.diagnostics.first))")
  }

  /// A text longer than any format allows stops the read where it starts: the reader keeps each
  /// element's text, and libxml2's validator copies it again piece by piece.
  @Test func aTextLongerThanAnyFormatAllowsIsRefusedWhereItStarts() throws {
    let text = Fixtures.responsesXML(answers: [:]).replacingOccurrences(
      of: "<assessor>Tester</assessor>", with: "<assessor>" + String(repeating: "資", count: 400_000) + "</assessor>")
    let error = Self.capture { _ = try Loader.responses(Array(text.utf8), path: "long.xml", for: Fixtures.mini) }
    let first = try #require(error?.diagnostics.first)
    #expect(first.message.contains("an element's text is longer than 1 MiB"), "\(first)")
    let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<assessor>") })
    #expect(first.line == line + 1)
    // A text of 8,000 characters, the longest the formats allow, is read to its end (the schema
    // then judges it).
    let allowed = Fixtures.responsesXML(answers: [:]).replacingOccurrences(
      of: "<assessor>Tester</assessor>", with: "<assessor>" + String(repeating: "資", count: 8_000) + "</assessor>")
    let judged = Self.capture { _ = try Loader.responses(Array(allowed.utf8), path: "allowed.xml", for: Fixtures.mini) }
    #expect(judged?.diagnostics.contains { $0.message.contains("longer than 1 MiB") } != true)
  }

  /// The read ends at the first error that makes a file not well-formed: without recovery libxml2
  /// would read on to the end with its events off (150 MB allocated after a broken tag in a
  /// 192 KB fuzz input), and nothing it found there is reported.
  @Test func aFileIsReadNoFurtherThanItsFirstFatalError() throws {
    let broken = Fixtures.responsesXML(answers: [:])
      .replacingOccurrences(of: "<assessor>Tester</assessor>", with: "<assessor>Tester</assesor>")
      .replacingOccurrences(of: "<answers>", with: "<answers>\n<answer statement=>\n")
    let error = Self.capture { _ = try Loader.responses(Array(broken.utf8), path: "broken.xml", for: Fixtures.mini) }
    let diagnostics = try #require(error?.diagnostics)
    #expect(diagnostics.first?.message.contains("Opening and ending tag mismatch") == true, "\(diagnostics)")
    #expect(!diagnostics.contains { $0.message.contains("AttValue") }, "an error after the first fatal one was reported: \(diagnostics)")
  }

  /// libxml2's schema errors are capped at 50 a file, and the rest are counted, not dropped silently.
  @Test func schemaErrorsBeyondTheCapAreCounted() throws {
    let answers = (0..<80).map { "<answer statement=\"D1.GV.BO.B.\($0)\" value=\"yes\" bogus=\"1\"/>\n" }.joined()
    let text = Fixtures.responsesXML(answers: [:]).replacingOccurrences(of: "<answers>\n", with: "<answers>\n" + answers)
    let error = Self.capture { _ = try Loader.responses(Array(text.utf8), path: "many.xml", for: Fixtures.mini) }
    let diagnostics = try #require(error?.diagnostics)
    #expect(diagnostics.count == 51)
    #expect(diagnostics.first?.message.contains("The attribute 'bogus' is not allowed") == true)
    #expect(diagnostics.last?.message == "30 more problems of the same kinds not shown")
  }

  @Test func tenThousandAnswersToOneStatementAreCapped() throws {
    let answers = String(repeating: "<answer statement=\"D1.GV.BO.B.1\" value=\"yes\"/>\n", count: 10_000)
    let text = Fixtures.responsesXML(answers: [:]).replacingOccurrences(of: "<answers>\n", with: "<answers>\n" + answers)
    let error = Self.capture { _ = try Loader.responses(Array(text.utf8), path: "many.xml", for: Fixtures.mini) }
    let diagnostics = try #require(error?.diagnostics)
    #expect(diagnostics.count == 101)
    #expect(diagnostics[0].message.contains("statement 'D1.GV.BO.B.1' is answered twice (first on line 6)"))
    #expect(diagnostics.last?.message == "9899 more problems of the same kinds not shown")
    #expect(diagnostics.last?.position == nil, "the problems not shown have no one place")
  }

  @Test func aFileOverTheSizeLimitIsNotRead() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-big-\(UUID().uuidString).xml").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    _ = FileManager.default.createFile(atPath: path, contents: Data(count: InputFile.maximumSize + 1))
    let error = Self.capture { _ = try InputFile.read(path) }
    let first = try #require(error?.diagnostics.first)
    #expect(first.message == "the file is larger than the limit of 16 MiB")
    #expect(first.position == nil, "the file is refused whole: it has no place to point at")
    #expect(first.description.hasPrefix("\(path): the file is larger than the limit"))
  }
}
