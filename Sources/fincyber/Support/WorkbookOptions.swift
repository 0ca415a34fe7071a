import ArgumentParser
import FinCyberCore

/// `--responses FILE`: the institution's response file a command reads (and, for some, updates).
struct ResponseFileOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The institution's response file.", valueName: "FILE"))
  var responses: String
}

/// `--owner NAME`: the control owner a workbook is for, recorded as the answerer of what they change.
struct OwnerOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The control owner: recorded as who answered each answer they change.", valueName: "NAME"))
  var owner: String?

  /// The name as the response file keeps it; nil when none was given.
  var name: String? { AnswerText.clean(owner) }

  func validate() throws {
    if owner != nil && name == nil { throw ValidationError("--owner needs a name") }
    if let name, let problem = AnswerText.nameProblem(name) { throw ValidationError("--owner: " + problem.message + "; " + problem.fix) }
  }
}

/// `--force` of `import-workbook`: apply a returned workbook over answers changed in the response
/// file since the workbook was written, which are otherwise kept and the import refused.
struct ChangedAnswersOption: ParsableArguments {
  @Flag(name: .long, help: "Apply the workbook's answers even over answers changed in the response file since it was written.")
  var force = false
}
