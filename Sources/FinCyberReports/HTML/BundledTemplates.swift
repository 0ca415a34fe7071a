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
    // `{{`, then any white space on the same line, then `{`, `&` or `=`: one pass over the
    // scalars (a regular expression built for each line cost a quarter of `assess`).
    let scalars = Array(template.unicodeScalars)
    var line = 1
    for index in scalars.indices {
      if scalars[index] == "\n" {
        line += 1
        continue
      }
      guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else { continue }
      var next = index + 2
      while next < scalars.count, scalars[next] != "\n", scalars[next].properties.isWhitespace { next += 1 }
      if next < scalars.count, scalars[next] == "{" || scalars[next] == "&" || scalars[next] == "=" { return line }
    }
    return nil
  }

  /// What a template that writes unescaped output is told.
  public static let unescapedOutputMessage =
    "the template writes unescaped output ({{{ }}} or {{& }}) or changes its delimiters ({{= =}})"
}
