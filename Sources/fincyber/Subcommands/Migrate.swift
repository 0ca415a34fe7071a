import ArgumentParser
import FinCyberCore

/// `fincyber migrate`: carry answers over to a newer questionnaire version.
struct Migrate: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    abstract: "Carry a response file's answers over to the questionnaire version that revises theirs.",
    discussion: """
      Unchanged statements keep their answers; replaced and split statements pass theirs on; retired \
      statements' answers are kept under <retired-answers>; new statements start unanswered. Every \
      change is printed. --lang sets the language of the texts above each statement in the written file.
      """)

  static let advice = FlagAdvice(questionnaire: "pass it with --from", replace: "pass --force to replace it")

  @Argument(help: "The response file to migrate.")
  var responses: String

  @Option(name: .long, help: "The newer questionnaire version.")
  var to: String

  @Option(name: .long, help: "The questionnaire version the answers were given to (default: the bundled one).")
  var from: String?

  @OptionGroup var output: OutputFile

  @OptionGroup var language: LanguageOption

  func run() throws {
    let old = try Inputs(questionnairePath: from)
    let (answers, _) = try old.responses(at: responses)
    let newDocument = try XMLDocumentLoader.load(try InputFile.read(to), path: to, expecting: [.questionnaire])
    let new = try Loader.questionnaire(newDocument)
    let lang = try language.language(for: new)
    let (migrated, changes) = try Migration.migrate(answers, from: old.questionnaire, to: new, newDocument: newDocument)
    let bytes = try ResponsesWriter(questionnaire: new, language: lang).xml(migrated)
    // What is written must load like any response file of the new version.
    _ = try Loader.responses(bytes, path: output.out, for: new)
    try AtomicFile.write(bytes, to: output.out, overwrite: output.force, permissions: .keepOrOwnerOnly)
    for change in changes { Terminal.print(change.description) }
    Terminal.print("wrote \(output.out): \(migrated.answers.count) answers carried to version \(new.version), \(migrated.retiredAnswers.count) kept as retired")
  }
}
