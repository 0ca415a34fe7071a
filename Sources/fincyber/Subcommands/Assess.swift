import ArgumentParser
import FinCyberCore
import FinCyberReports

/// `fincyber assess`: load, validate, score, print the summary and write the reports.
struct Assess: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score an assessment, print a summary per pillar and write the gap reports.",
    discussion: "With no options it assesses the bundled sample institution against the bundled questionnaire.")

  @Option(name: .long, help: "The questionnaire (default: the bundled Roadmap questionnaire).")
  var questionnaire: String?

  @Option(name: .long, help: "The institution's response file (default: the bundled sample bank).")
  var responses: String?

  @Option(name: .long, help: "The folder to write the reports into.")
  var out: String = "fincyber-report"

  @Option(name: .long, help: "The language of the summary and the HTML report: zh-TW or en.")
  var lang: Language = .traditionalChinese

  func run() throws {
    let inputs = try Inputs(questionnairePath: questionnaire)
    let (answers, answerBytes) = try inputs.responses(at: responses)
    let assessment = Scorer.score(answers, against: inputs.questionnaire)
    let input = ReportInput(
      assessment: assessment, questionnaireSHA256: SHA256.hex(inputs.questionnaireBytes),
      responsesSHA256: SHA256.hex(answerBytes))
    let files = try ReportSet.files(input, language: lang, page: try GapReportPage())
    try AtomicFile.writeAll(files, into: out)
    Terminal.print(SummaryTable.text(assessment, language: lang))
    Terminal.print("")
    for file in files { Terminal.print("wrote \(out)/\(file.name)") }
  }
}
