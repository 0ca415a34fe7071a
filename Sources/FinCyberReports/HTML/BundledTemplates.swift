/// The report templates compiled into fincyber.
public enum BundledTemplates {
  /// Template files by file name.
  public static var all: [String: String] {
    Dictionary(uniqueKeysWithValues: BundledResources.files.map { (String($0.key.split(separator: "/").last!), $0.value) })
  }

  /// The first line of a template that writes unescaped output, or nil.
  ///
  /// Unescaped output is a triple mustache (`{{{name}}}`), an ampersand tag (`{{&name}}`), or a
  /// change of delimiters (`{{=<% %>=}}`), after which `<%& name %>` would write unescaped output
  /// that no fixed pattern can find; spaces after the braces do not hide any of them.
  /// - Parameter template: The template's text.
  public static func unescapedOutputLine(in template: String) -> Int? {
    for (index, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.contains(/\{\{\s*[{&=]/) { return index + 1 }
    }
    return nil
  }

  /// What a template that writes unescaped output is told.
  public static let unescapedOutputMessage =
    "the template writes unescaped output ({{{ }}} or {{& }}) or changes its delimiters ({{= =}})"
}
