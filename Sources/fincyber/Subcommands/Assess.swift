import ArgumentParser
import FinCyberCore
import FinCyberReports
import Foundation

/// `fincyber assess`: load, validate, score, print the summary and write the reports.
struct Assess: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score an assessment, print a summary per domain and write the gap reports.",
    discussion: """
      With no options it assesses the bundled sample institution against the bundled questionnaire. \
      --lang sets the language of the summary and the HTML report.
      """)

  static let advice = FlagAdvice(questionnaire: "pass it with --questionnaire")

  /// The reports' folder when `--out` is not given.
  enum ReportFolder: DefaultOutputFolder { static let name = "fincyber-report" }

  @OptionGroup var model: QuestionnaireOption

  @Option(name: .long, help: "The institution's response file (default: the bundled sample bank).")
  var responses: String?

  @OptionGroup var output: OutputFolderOrDefault<ReportFolder>

  @OptionGroup var language: LanguageOption

  @Option(name: .long, help: "The institution's previous response file, to show each domain's direction.")
  var previous: String?

  @Option(name: .long, help: "A folder of .mustache templates that replace the bundled ones (gap-report.mustache and its partials).")
  var templateDir: String?

  @Option(name: .long, help: "A timestamp to record in the XML output (xs:dateTime); none by default, so the same inputs give the same bytes.")
  var generatedAt: String?

  @Flag(name: .long, help: "Also write an OSCAL 1.0.6 assessment-results document (assessment-results.oscal.xml).")
  var oscal = false

  @OptionGroup var plan: PlanOption

  @Flag(name: .long, help: "The responses are final: the board pack says so, instead of marking itself a draft on every page.")
  var final = false

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
    // Each input's fingerprint is taken on the core that read it.
    let (model, responsesPath, templateDir) = (model, responses, templateDir)
    let ((inputs, questionnaireSHA256), (document, responsesSHA256, page)) = try Parallel.both(
      {
        let inputs = try model.load()
        return (inputs, BundledFiles.sha256(of: inputs.questionnaireBytes))
      },
      {
        let (document, bytes) = try Inputs.responsesDocument(at: responsesPath)
        let page = try templateDir.map { try GapReportPage(templates: ReportTemplates(folder: $0)) } ?? GapReportPage()
        return (document, BundledFiles.sha256(of: bytes), page)
      })
    let lang = try language.language(for: inputs.questionnaire)
    let answers = try Loader.responses(document, for: inputs.questionnaire)
    let assessment = Scorer.score(answers, against: inputs.questionnaire)
    let input = ReportInput(assessment: assessment, questionnaireSHA256: questionnaireSHA256, responsesSHA256: responsesSHA256)
    let earlier = try previous.map { Scorer.score(try inputs.responses(at: $0).responses, against: inputs.questionnaire) }
    let planned = try plan.load(for: answers)
    let files = try ReportSet.files(
      input, previous: earlier, language: lang, page: page, generatedAt: generatedAt, oscal: oscal, plan: planned, final: final)
    try AtomicFile.writeAll(files, into: output.out)
    Terminal.print(SummaryTable.text(assessment, language: lang))
    Terminal.print("")
    for file in files { Terminal.print("wrote \(output.out)/\(file.name)") }
    if oscal, planned != nil, !files.contains(where: { $0.name == "plan-of-action.oscal.xml" }) {
      Terminal.print("no plan-of-action.oscal.xml: the plan has no open initiative and no uncovered gap")
    }
  }
}
