import FinCyberCore
import FinCyberReports

/// The answering pages' templates and assets, compiled into fincyber. They are parsed, and
/// refused when they would write unescaped output, as the report templates are.
struct PageTemplates: Sendable {
  private let templates: ReportTemplates

  /// Template and asset files by file name.
  static let files: [String: String] = Dictionary(
    uniqueKeysWithValues: BundledResources.files.map { (String($0.key.split(separator: "/").last!), $0.value) })

  /// The bundled templates, parsed once (nil only if a bundled template were broken, which a test rules out).
  static let bundled = try? PageTemplates()

  /// Parses the bundled templates.
  ///
  /// - Throws: `FinCyberError.invalidInput` when a template does not parse or writes unescaped output.
  init() throws {
    templates = try ReportTemplates(templates: Self.files)
  }

  /// Renders a page; every value is escaped.
  ///
  /// - Parameters:
  ///   - name: The template, without `.mustache`.
  ///   - view: The page's values.
  func render(_ name: String, _ view: [String: Any]) -> String {
    (try? templates.render(view, template: name)) ?? ""
  }
}
