/// One problem found in an input file, located by line and column.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// The file the problem is in, as the user named it.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in characters.
  public var column: Int
  /// What is wrong.
  public var message: String
  /// How to mend it, when there is a plain answer.
  public var fix: String?

  /// Creates a diagnostic.
  ///
  /// - Parameters:
  ///   - file: The file the problem is in.
  ///   - line: The 1-based line.
  ///   - column: The 1-based column.
  ///   - message: What is wrong.
  ///   - fix: How to mend it.
  public init(file: String, line: Int, column: Int, message: String, fix: String? = nil) {
    self.file = file
    self.line = max(line, 1)
    self.column = max(column, 1)
    self.message = message
    self.fix = fix
  }

  /// The diagnostic as one line: `file:line:column: message — fix`.
  public var description: String {
    var text = "\(file):\(line):\(column): \(message)"
    if let fix { text += " — \(fix)" }
    return text
  }
}
