import ArgumentParser
import FinCyberCore
import Foundation

/// `fincyber template`: write a response file with every statement present and unanswered.
struct Template: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a response file to fill in: every statement present, unanswered, with its text above it.",
    discussion: """
      The file opens with how to answer, in each of the questionnaire's languages; --lang sets the \
      language of the texts above each statement.
      """)

  static let advice = FlagAdvice(replace: "pass --force to replace it")

  @OptionGroup var model: QuestionnaireOption

  @OptionGroup var output: OutputFile

  @Option(name: .long, help: "The institution's name (default: \"To be completed\", in the questionnaire's languages).")
  var institution: String?

  @Option(name: .long, help: "The sector id, where the questionnaire has sectors (default: its first sector).")
  var sector: String?

  @Option(name: .long, help: "The tier id, where the sector has tiers (default: the sector's first tier).")
  var tier: String?

  @Option(name: .long, help: "Who answers (default: \"To be completed\", in the questionnaire's languages).")
  var assessor: String?

  @Option(name: .long, help: "The period, e.g. 2026Q1 (default: the quarter of the assessment date).")
  var period: String?

  @Option(name: .long, help: "The assessment date, YYYY-MM-DD (default: today).")
  var date: String?

  @OptionGroup var language: LanguageOption

  @Option(name: .long, help: ArgumentHelp(
    "The previous period's response file to start from: every answer, text, outcome and rating is carried over, each answer marked carried until someone confirms or changes it.",
    valueName: "LAST.xml"))
  var from: String?

  func validate() throws {
    if from != nil && (institution != nil || sector != nil || tier != nil || assessor != nil) {
      throw ValidationError("--from takes the institution, sector, tier and assessor from the previous file; leave --institution, --sector, --tier and --assessor out")
    }
  }

  func run() throws {
    let inputs = try model.load()
    let model = inputs.questionnaire
    let lang = try language.language(for: model)
    if let from {
      try carryForward(from: from, inputs: inputs, language: lang)
      return
    }
    let (sectorID, tierID) = try Self.sectorAndTier(sector: sector, tier: tier, in: model)
    let today = Today.of(model)
    let unknown = ResponseTemplate.toBeCompleted(in: model)
    let template = ResponseTemplate(
      questionnaire: model, institution: Institution(id: nil, name: institution ?? unknown, sectorID: sectorID, tierID: tierID),
      date: date ?? today.date, period: period ?? date.flatMap(Quarter.period(containing:)) ?? today.period, assessor: assessor ?? unknown,
      language: lang)
    let bytes = try template.xml()
    // The template must load like any response file before it is written.
    _ = try Loader.responses(bytes, path: output.out, for: model)
    try AtomicFile.write(bytes, to: output.out, overwrite: output.force, permissions: .keepOrOwnerOnly)
    Terminal.print("wrote \(output.out): \(model.statements.count) \(model.vocabulary.plural(.statement, .english)) to answer")
  }

  /// Writes the new period's file from the previous period's.
  private func carryForward(from path: String, inputs: Inputs, language: Language) throws {
    let model = inputs.questionnaire
    let (previous, _) = try inputs.responses(at: path)
    let newPeriod = period ?? date.flatMap(Quarter.period(containing:)) ?? Quarter.adding(1, to: previous.period) ?? previous.period
    let newDate = date ?? Today.of(model).date
    let carried = CarryForward.responses(from: previous, period: newPeriod, date: newDate)
    let bytes = try ResponsesWriter(questionnaire: model, language: language).xml(carried)
    // The new file must load like any response file before it is written.
    _ = try Loader.responses(bytes, path: output.out, for: model)
    try AtomicFile.write(bytes, to: output.out, overwrite: output.force, permissions: .keepOrOwnerOnly)
    Terminal.print(
      "wrote \(output.out): \(newPeriod), carried over from \(previous.period): \(carried.answers.count) answers to confirm or change")
  }

  /// The sector and tier a new file names: those asked for, else the model's first; none where
  /// the model (or the sector) has none.
  ///
  /// - Parameters:
  ///   - sector: The sector id asked for.
  ///   - tier: The tier id asked for.
  ///   - model: The questionnaire.
  /// - Throws: `ValidationError` for a sector or tier the model does not have.
  static func sectorAndTier(sector: String?, tier: String?, in model: Questionnaire) throws -> (sector: String?, tier: String?) {
    guard let first = model.sectors.first else {
      if sector != nil || tier != nil {
        throw ValidationError("questionnaire '\(model.id)' sorts institutions into no sectors or tiers; leave --sector and --tier out")
      }
      return (nil, nil)
    }
    let sectorID = sector ?? first.id
    guard model.sectors.contains(where: { $0.id == sectorID }) else {
      throw ValidationError("unknown sector '\(sectorID)'; use one of: \(model.sectors.map(\.id).joined(separator: ", "))")
    }
    let tiers = model.tiers.filter { $0.sectorID == sectorID }
    guard let firstTier = tiers.first else {
      if let tier { throw ValidationError("the sector '\(sectorID)' has no tiers, so not '\(tier)'; leave --tier out") }
      return (sectorID, nil)
    }
    let tierID = tier ?? firstTier.id
    guard tiers.contains(where: { $0.id == tierID }) else {
      throw ValidationError("unknown tier '\(tierID)' for sector '\(sectorID)'; use one of: \(tiers.map(\.id).joined(separator: ", "))")
    }
    return (sectorID, tierID)
  }
}
