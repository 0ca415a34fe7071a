/// One problem found in an input file: located by line and column where it has a place in the
/// file, or a problem of the file as a whole (too large, empty), which has none.
///
/// A diagnostic never carries a made-up position: a printer shows `file:line:column:` for a
/// located problem and `file:` for the whole file.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// A kind of problem that a caller may know a remedy of its own for: a command line names the
  /// option that mends it, which the library does not know.
  public enum Kind: Sendable, Hashable {
    /// Answers checked against a questionnaire (or a version) other than the one they answer.
    case answersAnotherQuestionnaire
    /// Assessments of different institutions compared where one institution's were expected.
    case mixesInstitutions
    /// A returned workbook would overwrite an answer changed in the response file since the
    /// workbook was written.
    case changedSinceWorkbook
    /// A change from a returned workbook that names nobody who answered it.
    case noAnswerer
  }

  /// The file the problem is in, as the user named it.
  public var file: String
  /// The 1-based line; nil for a problem of the whole file.
  public var line: Int?
  /// The 1-based column, in characters; nil for a problem of the whole file.
  public var column: Int?
  /// What is wrong.
  public var message: String
  /// How to mend it, when there is a plain answer.
  public var fix: String?
  /// What kind of problem it is, for the few kinds a caller may add its own remedy to.
  public var kind: Kind?

  /// Creates a diagnostic at a place in the file.
  ///
  /// - Parameters:
  ///   - file: The file the problem is in.
  ///   - line: The 1-based line.
  ///   - column: The 1-based column.
  ///   - message: What is wrong.
  ///   - fix: How to mend it.
  ///   - kind: What kind of problem it is, when a caller may add a remedy.
  public init(file: String, line: Int, column: Int, message: String, fix: String? = nil, kind: Kind? = nil) {
    self.file = file
    self.line = max(line, 1)
    self.column = max(column, 1)
    self.message = message
    self.fix = fix
    self.kind = kind
  }

  /// Creates a diagnostic of the file as a whole, which has no place in it.
  ///
  /// - Parameters:
  ///   - file: The file the problem is in.
  ///   - message: What is wrong.
  ///   - fix: How to mend it.
  ///   - kind: What kind of problem it is, when a caller may add a remedy.
  public init(file: String, message: String, fix: String? = nil, kind: Kind? = nil) {
    self.file = file
    self.message = message
    self.fix = fix
    self.kind = kind
  }

  /// The line and column, or nil for a problem of the whole file.
  public var position: (line: Int, column: Int)? {
    guard let line, let column else { return nil }
    return (line, column)
  }

  /// The diagnostic as one line: `file:line:column: message — fix`, or `file: message — fix` for
  /// a problem of the whole file.
  public var description: String {
    var text = position.map { "\(file):\($0.line):\($0.column): " } ?? "\(file): "
    text += message
    if let fix { text += " — \(fix)" }
    return text
  }
}
