import ArgumentParser
import FinCyberCore
import Foundation

/// The `fincyber` command: measure an institution against the Financial Cybersecurity Resilience Roadmap.
@main
struct FinCyber: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fincyber",
    abstract: "Measure cybersecurity maturity against Taiwan's Financial Cybersecurity Resilience Roadmap.",
    discussion: """
      Exit codes: 0 success, 1 invalid input (or a file that cannot be read or written, or a port serve cannot listen on), 2 usage error.
      """,
    version: "0.1.0",
    subcommands: [Assess.self, Validate.self, Template.self, TrendCommand.self, Migrate.self, CohortCommand.self, Anonymize.self, SampleCohort.self, Serve.self]
  )

  /// Runs a subcommand, mapping errors to fincyber's exit codes: 1 for bad input, 2 for bad usage.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch let error as FinCyberError {
      Terminal.error(error.errorDescription ?? "\(error)")
      Foundation.exit(1)
    } catch {
      if exitCode(for: error) == .validationFailure {
        Terminal.error(fullMessage(for: error))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
