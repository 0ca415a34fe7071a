import FinCyberCore
import FinCyberReports
import Mustache

/// The answering pages' templates and assets, compiled into fincyber.
struct PageTemplates: Sendable {
  private let library: MustacheLibrary

  /// Template and asset files by file name.
  static let files: [String: String] = Dictionary(
    uniqueKeysWithValues: BundledResources.files.map { (String($0.key.split(separator: "/").last!), $0.value) })

  /// The bundled templates, parsed once (nil only if a bundled template were broken, which a test rules out).
  static let bundled = try? PageTemplates()

  /// Parses the bundled templates.
  ///
  /// - Throws: `FinCyberError.invalidInput` when a template does not parse or writes unescaped output.
  init() throws {
    var library = MustacheLibrary()
    for (file, text) in Self.files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
      if let line = BundledTemplates.unescapedOutputLine(in: text) {
        throw FinCyberError.invalidInput([Diagnostic(file: file, line: line, column: 1, message: BundledTemplates.unescapedOutputMessage)])
      }
      do {
        try library.register(text, named: String(file.dropLast(".mustache".count)))
      } catch {
        throw FinCyberError.invalidInput([Diagnostic(file: file, line: 1, column: 1, message: "the template does not parse: \(error)")])
      }
    }
    self.library = library
  }

  /// Renders a page; every value is escaped.
  ///
  /// - Parameters:
  ///   - name: The template, without `.mustache`.
  ///   - view: The page's values.
  func render(_ name: String, _ view: [String: Any]) -> String {
    library.render(view, withTemplate: name) ?? ""
  }
}
