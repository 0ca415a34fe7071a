import ArgumentParser
import FinCyberCore
import FinCyberWorkbook
import Foundation

/// `fincyber workbook`: write the Excel workbook a control owner answers.
struct WorkbookCommand: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    commandName: "workbook",
    abstract: "Write an Excel workbook (.xlsx) for a control owner to answer, from the response file.",
    discussion: """
      The workbook holds instructions in the questionnaire's languages, an answers sheet with one \
      row per statement (every statement, or those of --components) whose answer is a drop-down of \
      the model's answer values, the gaps and the outcome indicators. Send it to the owner; when it \
      comes back, apply it with import-workbook. --lang sets the language of the names beside the ids.
      """)

  static let advice = FlagAdvice(questionnaire: "pass it with --questionnaire", replace: "pass --force to replace it")

  @OptionGroup var model: QuestionnaireOption

  @OptionGroup var responses: ResponseFileOption

  @OptionGroup var output: OutputFile

  @Option(name: .long, help: ArgumentHelp(
    "The components whose statements the answers sheet lists, by id, separated by commas (default: every component).",
    valueName: "ID,…"))
  var components: String?

  @OptionGroup var owner: OwnerOption

  @OptionGroup var language: LanguageOption

  func run() throws {
    let inputs = try model.load()
    let questionnaire = inputs.questionnaire
    let writer = WorkbookWriter(questionnaire: questionnaire, language: try language.language(for: questionnaire))
    let chosen = try components.map { try Self.componentIDs($0, writer: writer) }
    let (answers, _) = try inputs.responses(at: responses.responses)
    let bytes = try writer.xlsx(answers, components: chosen, owner: owner.name, writtenAt: Today.now(of: questionnaire))
    try AtomicFile.write(bytes, to: output.out, overwrite: output.force, permissions: .keepOrOwnerOnly)
    let chosenSet = chosen.map(Set.init)
    let listed = questionnaire.statements.filter { chosenSet?.contains($0.componentID) ?? true }
    let carried = listed.filter { answers.answers[$0.id]?.trail.carried == true }.count
    let words = questionnaire.vocabulary.plural(.statement, .english)
    Terminal.print(
      "wrote \(output.out): \(listed.count) \(words) to answer" + (owner.name.map { " for \($0)" } ?? "")
        + (carried > 0 ? ", \(carried) carried from the previous period to confirm" : ""))
  }

  /// The component ids of `--components`, each known to the questionnaire.
  private static func componentIDs(_ list: String, writer: WorkbookWriter) throws -> [String] {
    let ids = list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard !ids.isEmpty else { throw ValidationError("--components needs at least one component id") }
    let unknown = writer.unknownComponents(ids)
    guard unknown.isEmpty else {
      let examples = writer.questionnaire.statements.map(\.componentID).reduce(into: [String]()) { ids, id in
        if ids.last != id { ids.append(id) }
      }.prefix(3)
      throw ValidationError(
        "--components: questionnaire '\(writer.questionnaire.id)' has no component " + unknown.map { "'\($0)'" }.joined(separator: ", ")
          + "; component ids look like " + examples.joined(separator: ", "))
    }
    return ids
  }
}
