import Foundation

/// The errors that fincyber's libraries throw.
///
/// A message describes the problem and its remedy and names no command-line option: a command
/// line adds its own advice where it catches the error (``Diagnostic/kind`` tells it which).
public enum FinCyberError: Error, LocalizedError, Sendable, Equatable {
  /// An input file is malformed, invalid against its schema, or inconsistent with its questionnaire.
  case invalidInput([Diagnostic])
  /// A file could not be read.
  case cannotRead(path: String, reason: String)
  /// A file could not be written; nothing was left behind.
  case cannotWrite(path: String, reason: String)
  /// An output file exists already and overwriting was not asked for.
  case fileExists(path: String)
  /// A server could not listen on its address.
  case cannotListen(address: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .invalidInput(let diagnostics):
      return diagnostics.map(\.description).joined(separator: "\n")
    case .cannotRead(let path, let reason):
      return "\(path): cannot read: \(reason)"
    case .cannotWrite(let path, let reason):
      return "\(path): cannot write: \(reason); nothing was written"
    case .fileExists(let path):
      return "\(path): exists already — choose another path"
    case .cannotListen(let address, let reason):
      return "\(address): cannot listen: \(reason) — another program (or another fincyber serve) may use this port; "
        + "listen on any free port, or on another one"
    }
  }

  /// The diagnostics behind an invalid input, or none for other errors.
  public var diagnostics: [Diagnostic] {
    if case .invalidInput(let diagnostics) = self { return diagnostics }
    return []
  }
}
