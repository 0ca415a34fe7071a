import FinCyberCore
import Foundation
import Mustache

/// The mustache templates the HTML reports are rendered from: the bundled ones, or an
/// institution's own. Every value is escaped; a template that writes unescaped output is refused.
public struct ReportTemplates: Sendable {
  let library: MustacheLibrary

  /// The templates bundled with fincyber.
  ///
  /// - Throws: `FinCyberError.invalidInput` when a bundled template does not parse.
  public init() throws {
    try self.init(templates: BundledTemplates.all)
  }

  /// The bundled templates that some pages need: each named one and every partial it names
  /// (`{{> styles}}`), and theirs in turn; no other is parsed.
  ///
  /// Parsing a template costs time in proportion to its length times its tags, and `assess` ran
  /// with every bundled page's templates parsed (the cohort's, the trend's) though it renders one.
  /// - Parameter pages: The templates rendered, without `.mustache` (`gap-report`).
  /// - Throws: `FinCyberError.invalidInput` when a bundled template does not parse.
  public init(bundled pages: [String]) throws {
    let all = BundledTemplates.all
    var needed: [String: String] = [:]
    var pending = pages
    while let name = pending.popLast() {
      let file = name + ".mustache"
      guard needed[file] == nil, let text = all[file] else { continue }
      needed[file] = text
      pending += Self.partials(in: text)
    }
    try self.init(templates: needed)
  }

  /// The names of the partials a template includes (`{{> name}}`, spaces allowed around the name).
  ///
  /// - Parameter template: The template's text.
  static func partials(in template: String) -> [String] {
    // On UTF-8 bytes: every byte the tag syntax uses is ASCII, and a search by `Character` through
    // the templates was a twentieth of `assess`'s instructions.
    let bytes = Array(template.utf8)
    let (open, space, close, partial) = (UInt8(ascii: "{"), UInt8(ascii: " "), UInt8(ascii: "}"), UInt8(ascii: ">"))
    var names: [String] = []
    var index = 0
    while index + 1 < bytes.count {
      guard bytes[index] == open, bytes[index + 1] == open else {
        index += 1
        continue
      }
      index += 2
      while index < bytes.count, bytes[index] == space { index += 1 }
      guard index < bytes.count, bytes[index] == partial else { continue }
      index += 1
      while index < bytes.count, bytes[index] == space { index += 1 }
      let start = index
      while index < bytes.count, bytes[index] != space, bytes[index] != close { index += 1 }
      if index > start { names.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
    }
    return names
  }

  /// Templates given by file name (`gap-report.mustache`, …) and text.
  ///
  /// - Parameter templates: The templates' texts by file name.
  /// - Throws: `FinCyberError.invalidInput` naming the template that does not parse, or that
  ///   uses unescaped output.
  public init(templates: [String: String]) throws {
    ScalarHTMLEscaping.registered
    var library = MustacheLibrary()
    for (file, text) in templates.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
      if let line = BundledTemplates.unescapedOutputLine(in: text) {
        throw FinCyberError.invalidInput([
          Diagnostic(file: file, line: line, column: 1, message: BundledTemplates.unescapedOutputMessage,
                     fix: "use {{ }} so that every value is escaped")
        ])
      }
      do {
        // Every template and partial escapes with ScalarHTMLEscaping: the pragma, on a line of
        // its own, writes nothing.
        try library.register(ScalarHTMLEscaping.pragma + text, named: String(file.dropLast(".mustache".count)))
      } catch let error as MustacheTemplate.ParserError {
        // The line as the author counts it, without the pragma's line put before it.
        throw FinCyberError.invalidInput([
          Diagnostic(
            file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
            message: "the template does not parse: \(error.error)",
            fix: "check the tag at that place: every {{#section}} and {{^section}} needs its {{/section}}")
        ])
      } catch {
        throw FinCyberError.invalidInput([Diagnostic(file: file, message: "the template does not parse: \(error)")])
      }
    }
    self.library = library
  }

  /// The `.mustache` files of a folder, so that an institution can restyle its reports.
  ///
  /// - Parameter folder: The folder holding `gap-report.mustache` and any partials it uses.
  /// - Throws: `FinCyberError.cannotRead` or `.invalidInput`.
  public init(folder: String) throws {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      throw FinCyberError.cannotRead(path: folder, reason: "not a readable folder")
    }
    var templates: [String: String] = [:]
    for name in names where name.hasSuffix(".mustache") {
      let bytes = try InputFile.read(folder + "/" + name)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw FinCyberError.invalidInput([Diagnostic(file: folder + "/" + name, line: 1, column: 1, message: "the template is not UTF-8 text")])
      }
      templates[name] = text
    }
    try self.init(templates: templates)
  }

  /// Whether a template of that name (without `.mustache`) was given.
  ///
  /// - Parameter name: The template's name.
  func contains(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

  /// Renders a page's values with a named template; every value is escaped.
  ///
  /// - Parameters:
  ///   - view: The page's values, as dictionaries, arrays and plain values.
  ///   - name: The template, without `.mustache`.
  /// - Throws: `FinCyberError.invalidInput` when the template is missing.
  public func render(_ view: [String: Any], template name: String) throws -> String {
    try render(view as Any, name)
  }

  /// Renders a view with a named template; a template that is missing is an input error.
  func render(_ view: Any, _ name: String) throws -> String {
    try render(plain: Self.plain(view) ?? [String: Any](), name)
  }

  /// Renders a view that is already plain (dictionaries, arrays, strings and numbers, no `nil`),
  /// without reflecting it again: a cohort renders thousands of position reports.
  func render(plain view: Any, _ name: String) throws -> String {
    guard contains(name) else {
      throw FinCyberError.invalidInput([
        Diagnostic(file: name + ".mustache", line: 1, column: 1, message: "the template is missing", fix: "add \(name).mustache to the template folder")
      ])
    }
    return library.render(view, withTemplate: name) ?? ""
  }

  /// A view as nested dictionaries and arrays, reflected once.
  ///
  /// swift-mustache reflects a struct anew (`Mirror`) for every name it looks up, at every level of
  /// the context stack; on a 450-statement report that was a third of `assess`. A dictionary answers
  /// by hashing. The meaning is unchanged: a `nil` property is left out, as swift-mustache treats a
  /// `nil` property as absent, and only stored properties are seen, as with `Mirror`.
  static func plain(_ value: Any) -> Any? {
    switch value {
    case is String, is Int, is Double, is Bool, is [String: String], is [String]: return value
    case let dictionary as [String: Any]: return dictionary.compactMapValues { plain($0) }
    case let array as [Any]: return array.compactMap { plain($0) }
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      return mirror.children.first.flatMap { plain($0.value) }
    case .struct, .class:
      var dictionary: [String: Any] = [:]
      for child in mirror.children {
        if let label = child.label, let plainValue = plain(child.value) { dictionary[label] = plainValue }
      }
      return dictionary
    default:
      return value
    }
  }
}
