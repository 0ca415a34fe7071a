import ArgumentParser
import FinCyberCore
import FinCyberServer
import Foundation

/// `fincyber serve`: answer the questionnaire in a browser, over one response file.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Answer the questionnaire in a browser on this machine; every change is saved to the response file at once.",
    discussion: """
      Listens on 127.0.0.1 only and prints the address to open, with a new access token each run.
      A missing response file is created from the template. Each save is validated first, and the
      file it replaces is kept as FILE.bak. A change is refused if the file was changed on disk
      since it was loaded. Stop with Ctrl-C.
      """)

  @Option(name: .long, help: "The questionnaire (default: the bundled Roadmap questionnaire).")
  var questionnaire: String?

  @Argument(help: "The response file to answer; created from the template when it does not exist.")
  var responses: String

  @Option(name: .long, help: "The port to listen on, on 127.0.0.1 (0: any free port).")
  var port: Int = 8765

  @Option(name: .long, help: "The pages' language until switched, and the language of the file's comments: zh-TW or en.")
  var lang: Language = .traditionalChinese

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535") }
  }

  func run() async throws {
    let inputs = try Inputs(questionnairePath: questionnaire)
    let configuration = AnswerServer.Configuration(
      questionnaire: inputs.questionnaire, questionnaireBytes: inputs.questionnaireBytes, responsesPath: responses,
      port: port, language: lang, today: Template.today())
    let file = responses
    try await AnswerServer.run(configuration) { url in
      Terminal.print("fincyber serve: answering \(file)")
      Terminal.print("open \(url)")
      Terminal.print("(only this machine can connect; stop with Ctrl-C)")
    }
  }
}
