import ArgumentParser
import FinCyberCore
import Foundation

/// `fincyber plan`: make an improvement plan from an assessment, or bring one up to date.
struct PlanCommand: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Make or update the improvement plan: the model's initiatives that close the assessment's gaps, in priority order.",
    discussion: """
      The plan (an XML file, Reports/schema/plan.xsd) lists each initiative that closes a gap, with \
      the gaps it closes, its effort, cost and duration, and fields for its owner, budget, start and \
      due quarter, status and the board's decision. Edit those by hand; run plan again on the next \
      quarter's answers and every edit is kept, initiatives whose gaps are closed stay with the \
      period that closed them, and new ones are added. Priority: compliance-baseline gaps first, \
      then the domains farthest from target, prerequisites before what needs them, then the \
      smaller effort.
      """)

  static let advice = FlagAdvice(questionnaire: "pass it with --questionnaire")

  @OptionGroup var model: QuestionnaireOption

  @Option(name: .long, help: "The institution's response file (default: the bundled sample bank).")
  var responses: String?

  @OptionGroup var output: KeptFile

  func run() throws {
    let out = output.out
    let inputs = try model.load()
    let (responses, _) = try inputs.responses(at: self.responses)
    let assessment = Scorer.score(responses, against: inputs.questionnaire)
    guard !assessment.questionnaire.initiatives.isEmpty else {
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: model.questionnaire ?? BundledFiles.defaultQuestionnairePath + " (bundled)",
          message: "questionnaire '\(inputs.questionnaire.id)' \(inputs.questionnaire.version) defines no remediation initiatives",
          fix: "a plan groups gaps into the model's initiatives: use a version of the questionnaire that has <initiatives>")
      ])
    }
    var previous: ImprovementPlan?
    if FileManager.default.fileExists(atPath: out) {
      let plan = try PlanReader.read(try InputFile.read(out), path: out)
      try Self.checkBelongs(plan, to: responses, path: out)
      previous = plan
    }
    let plan = PlanBuilder.plan(for: assessment, updating: previous)
    try AtomicFile.write(try PlanWriter.xml(plan), to: out, permissions: .keepOrOwnerOnly)
    let open = plan.items.filter(\.isOpen)
    Terminal.print(
      "\(previous == nil ? "wrote" : "updated") \(out): \(open.count) initiatives close \(open.reduce(0) { $0 + $1.closes.count }) gaps"
        + "; \(plan.decisionsRequested.count) await a decision"
        + (plan.uncovered.isEmpty ? "" : "; \(plan.uncovered.count) gaps no initiative covers, listed under <uncovered>"))
  }

  /// A plan is brought up to date only with the same institution's answers to the same questionnaire.
  static func checkBelongs(_ plan: ImprovementPlan, to responses: Responses, path: String) throws {
    let same = plan.institutionID.map { $0 == responses.institution.id } ?? (plan.institutionName == responses.institution.name)
    if !same {
      let named = { (id: String?, name: String) in id.map { "'\($0)' (\(name))" } ?? "'\(name)'" }
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: path,
          message: "this plan is for \(named(plan.institutionID, plan.institutionName)), the answers are of \(named(responses.institution.id, responses.institution.name))",
          fix: "name the institution's own plan file, or a new file")
      ])
    }
    if plan.questionnaireID != responses.questionnaireID {
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: path, message: "this plan is for questionnaire '\(plan.questionnaireID)', the answers for '\(responses.questionnaireID)'",
          fix: "name a plan made for the same questionnaire, or a new file")
      ])
    }
  }
}
