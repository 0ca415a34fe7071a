import ArgumentParser
import FinCyberCore
import FinCyberServer
import Foundation

/// `fincyber serve`: answer the questionnaire in a browser, over one response file.
struct Serve: AsyncParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    abstract: "Answer the questionnaire in a browser on this machine; every change is saved to the response file at once.",
    discussion: """
      Listens on a random loopback address of its own (127.x.y.z; 127.0.0.1 where the system has
      no other) and prints the address to open, with a new access token each run. A missing
      response file is created from the template; a response file that is a symbolic link is
      followed, and the file it names is written. Each save is validated first, and the file it
      replaces is kept as FILE.bak. A change is refused if the file was changed on disk since it
      was loaded, or if another tab saved the same answer since the page was opened. Stop with
      Ctrl-C. --lang sets the pages' language until it is switched in a page, and the language of
      the texts above each statement in the file.
      """)

  static let advice = FlagAdvice(questionnaire: "pass it with --questionnaire", port: "pass --port 0 for any free port, or another number")

  @OptionGroup var model: QuestionnaireOption

  @Argument(help: "The response file to answer; created from the template when it does not exist.")
  var responses: String

  @Option(name: .long, help: "The port to listen on, on the run's loopback address (0: any free port).")
  var port: Int = 8765

  @OptionGroup var language: LanguageOption

  @Option(name: .long, help: ArgumentHelp(
    "Start a new response file from the previous period's: every answer, text, outcome and rating carried over, dated today in today's quarter, each answer marked carried until someone confirms or changes it.",
    valueName: "LAST.xml"))
  var from: String?

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535") }
    if from != nil && FileManager.default.fileExists(atPath: responses) {
      throw ValidationError("\(responses) exists; --from starts a new response file only: name a file that does not exist yet")
    }
  }

  func run() async throws {
    let inputs = try model.load()
    let configuration = AnswerServer.Configuration(
      questionnaire: inputs.questionnaire, questionnaireBytes: inputs.questionnaireBytes, responsesPath: responses,
      port: port, language: try language.language(for: inputs.questionnaire), today: Today.of(inputs.questionnaire),
      now: { [questionnaire = inputs.questionnaire] in Today.now(of: questionnaire) }, carryFrom: from)
    try await AnswerServer.run(configuration) { announcement in
      for line in announcement.lines { Terminal.print(line) }
    }
  }
}
