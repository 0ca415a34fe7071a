import ArgumentParser
import FinCyberCore

/// `fincyber sample-cohort`: synthetic response files for benchmarks and demonstrations.
struct SampleCohort: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample-cohort",
    abstract: "Write N realistic synthetic response files (the same seed gives the same files).")

  @Option(name: .long, help: "How many institutions.")
  var count: Int

  @Option(name: .long, help: "The seed.")
  var seed: UInt64 = 1

  @OptionGroup var output: OutputFolder

  @OptionGroup var model: QuestionnaireOption

  func validate() throws {
    guard (1...100_000).contains(count) else { throw ValidationError("--count takes 1 to 100000") }
  }

  func run() throws {
    let model = try self.model.load().questionnaire
    var generator = SyntheticCohort(questionnaire: model, seed: seed)
    let writer = ResponsesWriter(questionnaire: model, language: .english)
    var outputs: [(name: String, bytes: [UInt8])] = []
    for number in 1...count {
      let responses = generator.next(number: number)
      outputs.append(("\(responses.institution.id!).xml", try writer.xml(responses)))
    }
    try AtomicFile.writeAll(outputs, into: output.out, permissions: .keepOrOwnerOnly)
    Terminal.print("wrote \(count) synthetic response files into \(output.out)")
  }
}
