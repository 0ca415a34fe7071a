/// The report templates compiled into fincyber.
public enum BundledTemplates {
  /// Template files by file name.
  public static var all: [String: String] {
    Dictionary(uniqueKeysWithValues: BundledResources.files.map { (String($0.key.split(separator: "/").last!), $0.value) })
  }

  /// The first line of a template that writes unescaped output, or nil.
  ///
  /// - Parameter template: The template's text.
  public static func unescapedOutputLine(in template: String) -> Int? {
    for (index, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.contains("{{{") || line.contains("{{&") || line.contains("{{ &") { return index + 1 }
    }
    return nil
  }
}
