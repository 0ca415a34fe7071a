import FinCyberCore
import Foundation
import Mustache

/// Renders the HTML gap report from templates, escaping every value.
public struct GapReportPage {
  /// The templates in use: the bundled ones, or an institution's own.
  public let library: MustacheLibrary

  /// Uses the templates bundled with fincyber.
  ///
  /// - Throws: `FinCyberError.invalidInput` when a bundled template does not parse.
  public init() throws {
    try self.init(templates: BundledTemplates.all)
  }

  /// Uses templates given by file name (`gap-report.mustache`, …) and text.
  ///
  /// - Parameter templates: The templates' texts by file name.
  /// - Throws: `FinCyberError.invalidInput` naming the template that does not parse, or that
  ///   uses unescaped output.
  public init(templates: [String: String]) throws {
    var library = MustacheLibrary()
    for (file, text) in templates.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
      if let line = BundledTemplates.unescapedOutputLine(in: text) {
        throw FinCyberError.invalidInput([
          Diagnostic(file: file, line: line, column: 1, message: "the template writes unescaped output ({{{ }}} or {{& }})",
                     fix: "use {{ }} so that every value is escaped")
        ])
      }
      do {
        try library.register(text, named: String(file.dropLast(".mustache".count)))
      } catch {
        throw FinCyberError.invalidInput([Diagnostic(file: file, line: 1, column: 1, message: "the template does not parse: \(error)")])
      }
    }
    guard library.getTemplate(named: "gap-report") != nil else {
      throw FinCyberError.invalidInput([Diagnostic(file: "gap-report.mustache", line: 1, column: 1, message: "the template is missing")])
    }
    self.library = library
  }

  /// Uses the `.mustache` files of a folder, so that an institution can restyle the report.
  ///
  /// - Parameter folder: The folder holding `gap-report.mustache` and any partials it uses.
  /// - Throws: `FinCyberError.cannotRead` or `.invalidInput`.
  public init(templateFolder folder: String) throws {
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

  /// The report as HTML.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - previous: The institution's previous assessment, for the direction of each pillar.
  ///   - language: The language of the page.
  public func html(_ input: ReportInput, previous: Assessment? = nil, language: Language) -> String {
    library.render(GapReportView(input, previous: previous, language: language), withTemplate: "gap-report") ?? ""
  }
}
