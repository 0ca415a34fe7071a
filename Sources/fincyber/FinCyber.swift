import ArgumentParser
import FinCyberCore
import Foundation

/// The `fincyber` command: measure an institution's cybersecurity maturity against a maturity
/// model, by default Taiwan's Financial Cybersecurity Resilience Roadmap.
@main
struct FinCyber: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fincyber",
    abstract: "Measure cybersecurity maturity against a maturity model: by default Taiwan's Financial Cybersecurity Resilience Roadmap.",
    discussion: """
      Every command works with the bundled questionnaire of the Roadmap unless given another with --questionnaire \
      (or --from and --to for migrate); reports and files then speak that questionnaire's words and languages.

      Exit codes: 0 success, 1 invalid input (or a file that cannot be read or written, or a port serve cannot listen on), 2 usage error.
      """,
    version: "0.1.0",
    subcommands: [Assess.self, Validate.self, Template.self, TrendCommand.self, Migrate.self, PlanCommand.self, WorkbookCommand.self, ImportWorkbook.self, CohortCommand.self, Anonymize.self, SampleCohort.self, Serve.self]
  )

  /// Runs a subcommand, mapping errors to fincyber's exit codes: 1 for bad input, 2 for bad usage.
  /// A library error is printed with the advice of the command that met it (the option that mends it).
  static func main() async {
    var advice = FlagAdvice()
    do {
      var command = try parseAsRoot()
      advice = (type(of: command) as? any AdvisedCommand.Type)?.advice ?? advice
      if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch let error as FinCyberError {
      Terminal.error(advice.describe(error))
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
