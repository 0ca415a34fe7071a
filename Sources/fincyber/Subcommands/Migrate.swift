import ArgumentParser
import FinCyberCore

/// `fincyber migrate`: carry answers over to a newer questionnaire version.
struct Migrate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Carry a response file's answers over to the questionnaire version that revises theirs.",
    discussion: """
      Unchanged statements keep their answers; replaced and split statements pass theirs on; retired \
      statements' answers are kept under <retired-answers>; new statements start unanswered. Every \
      change is printed.
      """)

  @Argument(help: "The response file to migrate.")
  var responses: String

  @Option(name: .long, help: "The newer questionnaire version.")
  var to: String

  @Option(name: .long, help: "The questionnaire version the answers were given to (default: the bundled one).")
  var from: String?

  @Option(name: .long, help: "The file to write.")
  var out: String

  @Flag(name: .long, help: "Replace the output file if it exists.")
  var force = false

  @Option(name: .long, help: "The language of the comments in the written file: zh-TW or en.")
  var lang: Language = .traditionalChinese

  func run() throws {
    let old = try Inputs(questionnairePath: from)
    let (answers, _) = try old.responses(at: responses)
    let newBytes = try InputFile.read(to)
    let new = try Loader.questionnaire(newBytes, path: to)
    let (migrated, changes) = try Migration.migrate(answers, from: old.questionnaire, to: new, newPath: to)
    let bytes = try ResponsesWriter(questionnaire: new, language: lang).xml(migrated)
    // What is written must load like any response file of the new version.
    _ = try Loader.responses(bytes, path: out, for: new)
    try AtomicFile.write(bytes, to: out, overwrite: force, permissions: .keepOrOwnerOnly)
    for change in changes { Terminal.print(change.description) }
    Terminal.print("wrote \(out): \(migrated.answers.count) answers carried to version \(new.version), \(migrated.retiredAnswers.count) kept as retired")
  }
}
