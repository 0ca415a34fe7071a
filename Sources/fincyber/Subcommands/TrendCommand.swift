import ArgumentParser
import FinCyberCore
import FinCyberReports

/// `fincyber trend`: one institution's assessments over time.
struct TrendCommand: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    commandName: "trend",
    abstract: "Compare one institution's assessments period by period; write trend.html and trend.xml.",
    discussion: """
      FILEs are response files or gap-analysis XML files (gap-report.xml), in any order. Response files \
      are scored against the questionnaire version they name: the bundled one, or one given with --questionnaire. \
      --lang sets the language of the HTML report (default: that of the latest assessment's questionnaire).
      """)

  static let advice = FlagAdvice(mixedInstitutions: "pass --allow-mixed")

  /// The trend report's folder when `--out` is not given.
  enum TrendFolder: DefaultOutputFolder { static let name = "fincyber-trend" }

  @Argument(help: "Two or more response files or gap-analysis XML files.")
  var files: [String]

  @OptionGroup var versions: QuestionnaireVersionsOption

  @OptionGroup var output: OutputFolderOrDefault<TrendFolder>

  @OptionGroup var language: LanguageOption

  @Flag(name: .long, help: "Allow assessments of different institutions in one trend.")
  var allowMixed = false

  func validate() throws {
    if files.count < 2 { throw ValidationError("a trend needs two files or more") }
  }

  func run() throws {
    var questionnaires: [(model: Questionnaire, bytes: [UInt8])] = [
      (try Inputs(questionnairePath: nil).questionnaire, BundledFiles.defaultQuestionnaire)
    ]
    for path in versions.questionnaire {
      let bytes = try InputFile.read(path)
      questionnaires.insert((try Loader.questionnaire(bytes, path: path), bytes), at: 0)
    }
    var records: [GapAnalysis] = []
    var diagnostics: [Diagnostic] = []
    for path in files {
      do {
        records.append(try record(path, questionnaires))
      } catch let error as FinCyberError {
        guard case .invalidInput(let found) = error else { throw error }
        diagnostics += found
      }
    }
    if !diagnostics.isEmpty { throw FinCyberError.invalidInput(diagnostics) }
    let trend = try Trend(records, sources: files, allowMixed: allowMixed, revisions: questionnaires.compactMap(\.model.revision))
    let latest = trend.records.last!
    let model = questionnaires.first { $0.model.id == latest.questionnaireID && $0.model.version == latest.questionnaireVersion }?.model
    // Without the latest assessment's questionnaire, the language is that of the last one given, else the bundled one's.
    let lang = try language.language(for: model ?? questionnaires[0].model)
    let outputs: [(name: String, bytes: [UInt8])] = [
      ("trend.html", Array(try TrendPage().html(trend, questionnaire: model, language: lang).utf8)),
      ("trend.xml", try TrendWriter.xml(trend)),
    ]
    try AtomicFile.writeAll(outputs, into: output.out)
    for step in trend.steps {
      Terminal.print("\(step.from) → \(step.to): \(step.regressions.count) regressions, \(step.closed.count) gaps closed, \(step.opened.count) opened")
    }
    for file in outputs { Terminal.print("wrote \(output.out)/\(file.name)") }
  }

  private func record(_ path: String, _ questionnaires: [(model: Questionnaire, bytes: [UInt8])]) throws -> GapAnalysis {
    let bytes = try InputFile.read(path)
    let document = try XMLDocumentLoader.load(bytes, path: path, expecting: [.responses, .gapAnalysis])
    if document.kind == .gapAnalysis { return try GapAnalysisReader.read(bytes, path: path) }
    let wanted = (document.root["questionnaire"] ?? "", document.root["questionnaire-version"] ?? "")
    guard let match = questionnaires.first(where: { ($0.model.id, $0.model.version) == wanted }) else {
      throw FinCyberError.invalidInput([
        document.source.diagnostic(
          at: document.root, attribute: "questionnaire-version",
          "no questionnaire '\(wanted.0)' version \(wanted.1) was given for these answers",
          fix: "pass it with --questionnaire, or migrate the answers with fincyber migrate")
      ])
    }
    let responses = try Loader.responses(document, for: match.model)
    let input = ReportInput(
      assessment: Scorer.score(responses, against: match.model), questionnaireSHA256: BundledFiles.sha256(of: match.bytes),
      responsesSHA256: BundledFiles.sha256(of: bytes))
    return GapAnalysis(input)
  }
}
