import FinCyberCore

/// What a command adds to a library error: the option that mends it. Library messages describe
/// the problem and its remedy and know nothing of the command line; each command names its own
/// options here.
struct FlagAdvice: Sendable {
  /// How to give the questionnaire that answers are for (``Diagnostic/Kind/answersAnotherQuestionnaire``),
  /// e.g. "pass it with --questionnaire".
  var questionnaire: String?
  /// How to replace an output that exists already (``FinCyberError/fileExists(path:)``).
  var replace: String?
  /// How to compare different institutions (``Diagnostic/Kind/mixesInstitutions``).
  var mixedInstitutions: String?
  /// How to listen elsewhere (``FinCyberError/cannotListen(address:reason:)``).
  var port: String?
  /// How to overwrite answers changed since a workbook was written (``Diagnostic/Kind/changedSinceWorkbook``).
  var overwriteChanges: String?
  /// How to name who answered a workbook's changes (``Diagnostic/Kind/noAnswerer``).
  var answerer: String?

  /// The error as printed: the library's message, with this command's advice added.
  ///
  /// - Parameter error: The error.
  func describe(_ error: FinCyberError) -> String {
    switch error {
    case .invalidInput(let diagnostics):
      return diagnostics.map { advised($0).description }.joined(separator: "\n")
    case .fileExists:
      return (error.errorDescription ?? "\(error)") + (replace.map { ", or " + $0 } ?? "")
    case .cannotListen:
      return (error.errorDescription ?? "\(error)") + (port.map { ": " + $0 } ?? "")
    case .cannotRead, .cannotWrite:
      return error.errorDescription ?? "\(error)"
    }
  }

  /// A diagnostic with this command's advice added to its fix.
  private func advised(_ diagnostic: Diagnostic) -> Diagnostic {
    let advice: String?
    switch diagnostic.kind {
    case .answersAnotherQuestionnaire: advice = questionnaire
    case .mixesInstitutions: advice = mixedInstitutions
    case .changedSinceWorkbook: advice = overwriteChanges
    case .noAnswerer: advice = answerer
    case nil: advice = nil
    }
    guard let advice else { return diagnostic }
    var advised = diagnostic
    advised.fix = diagnostic.fix.map { $0 + ": " + advice } ?? advice
    return advised
  }
}

/// A command that adds advice to the library errors it meets.
protocol AdvisedCommand {
  /// The command's advice.
  static var advice: FlagAdvice { get }
}
