import ArgumentParser
import FinCyberCore
import FinCyberReports
import Foundation

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

  @Option(name: .long, help: "The institution's previous response file, to show each pillar's direction.")
  var previous: String?

  @Option(name: .long, help: "A folder of .mustache templates that replace the bundled ones (gap-report.mustache and its partials).")
  var templateDir: String?

  @Option(name: .long, help: "A timestamp to record in the XML output (xs:dateTime); none by default, so the same inputs give the same bytes.")
  var generatedAt: String?

  @Flag(name: .long, help: "Also write an OSCAL 1.0.6 assessment-results document (assessment-results.oscal.xml).")
  var oscal = false

  func validate() throws {
    if let generatedAt, !Self.isDateTime(generatedAt) {
      throw ValidationError("--generated-at takes an xs:dateTime such as 2026-04-01T09:00:00+08:00")
    }
  }

  static func isDateTime(_ text: String) -> Bool {
    let pattern = #"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$"#
    return text.range(of: pattern, options: .regularExpression) != nil
  }

  func run() throws {
    // The questionnaire on one core; the response file and the report templates on the other.
    let (questionnairePath, responsesPath, templateDir) = (questionnaire, responses, templateDir)
    let (inputs, (document, answerBytes, page)) = try Parallel.both(
      { try Inputs(questionnairePath: questionnairePath) },
      {
        let (document, bytes) = try Inputs.responsesDocument(at: responsesPath)
        return (document, bytes, try GapReportPage(templates: templateDir.map { try ReportTemplates(folder: $0) } ?? ReportTemplates()))
      })
    let answers = try Loader.responses(document, for: inputs.questionnaire)
    let assessment = Scorer.score(answers, against: inputs.questionnaire)
    let input = ReportInput(
      assessment: assessment, questionnaireSHA256: SHA256.hex(inputs.questionnaireBytes),
      responsesSHA256: SHA256.hex(answerBytes))
    let earlier = try previous.map { Scorer.score(try inputs.responses(at: $0).responses, against: inputs.questionnaire) }
    let files = try ReportSet.files(input, previous: earlier, language: lang, page: page, generatedAt: generatedAt, oscal: oscal)
    try AtomicFile.writeAll(files, into: out)
    Terminal.print(SummaryTable.text(assessment, language: lang))
    Terminal.print("")
    for file in files { Terminal.print("wrote \(out)/\(file.name)") }
  }
}
