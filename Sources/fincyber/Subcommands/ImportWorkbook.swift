import ArgumentParser
import FinCyberCore
import FinCyberServer
import FinCyberWorkbook

/// `fincyber import-workbook`: apply a workbook's answers, returned by a control owner, to the
/// response file it was written from.
struct ImportWorkbook: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    commandName: "import-workbook",
    abstract: "Apply the answers of a workbook returned by a control owner to the response file it was written from.",
    discussion: """
      Every cell is checked against the questionnaire; on any problem nothing is written and each is \
      listed with its cell (answers!H17). Only answers that changed are written, each recording who \
      answered (the workbook's owner, --owner, or a name written in the row) and when; a carried \
      answer returned unchanged is confirmed. An answer changed in the response file since the \
      workbook was written is not overwritten unless --force is given. --lang sets the language of \
      the texts written above each answer in the response file.
      """)

  static let advice = FlagAdvice(
    questionnaire: "pass it with --questionnaire",
    overwriteChanges: "pass --force to apply the workbook's answers over those changes",
    answerer: "pass --owner NAME")

  @OptionGroup var model: QuestionnaireOption

  @OptionGroup var responses: ResponseFileOption

  @Argument(help: ArgumentHelp("The workbook returned.", valueName: "FILE.xlsx"))
  var workbook: String

  @OptionGroup var overwrite: ChangedAnswersOption

  @OptionGroup var owner: OwnerOption

  @OptionGroup var language: LanguageOption

  func run() throws {
    let inputs = try model.load()
    let questionnaire = inputs.questionnaire
    let lang = try language.language(for: questionnaire)
    let path = responses.responses
    let (current, original) = try inputs.responses(at: path)
    let returned = try WorkbookReader.read(try InputFile.read(workbook), path: workbook, questionnaire: questionnaire)
    let (updated, changes) = try WorkbookImport.apply(
      returned, to: current, questionnaire: questionnaire, owner: owner.name, at: Today.now(of: questionnaire), overwrite: overwrite.force)
    guard !changes.isEmpty else {
      Terminal.print("\(path) left as it was: the workbook changes no answer and confirms none")
      return
    }
    let bytes = try ResponsesWriter(questionnaire: questionnaire, language: lang).xml(updated)
    // What is written must load like any response file.
    _ = try Loader.responses(bytes, path: path, for: questionnaire)
    try AtomicFile.write(bytes, to: path, permissions: .keepOrOwnerOnly)
    let dropped = HandWrittenComments.find(in: original, responses: current, questionnaire: questionnaire)
    if !dropped.isEmpty {
      Terminal.error(
        "note: \(path) had \(dropped.count) comment\(dropped.count == 1 ? "" : "s") written by hand, which the rewritten file does not keep: "
          + dropped.map { "<!-- \($0) -->" }.joined(separator: " "))
    }
    for change in changes {
      let what = change.confirmed ? "\(change.after.rawValue) confirmed" : "\(change.before.rawValue) → \(change.after.rawValue)"
      Terminal.print("\(change.statementID): \(what) (by \(change.by))")
    }
    Terminal.print("updated \(path): " + Self.summary(changes))
  }

  /// "3 answers changed, 2 carried answers confirmed, by A (4) and B (1)".
  static func summary(_ changes: [WorkbookImport.Change]) -> String {
    let changed = changes.filter { !$0.confirmed }.count
    let confirmed = changes.count - changed
    var parts: [String] = []
    if changed > 0 { parts.append("\(changed) answer\(changed == 1 ? "" : "s") changed") }
    if confirmed > 0 { parts.append("\(confirmed) carried answer\(confirmed == 1 ? "" : "s") confirmed") }
    var people: [(name: String, count: Int)] = []
    for change in changes {
      if let index = people.firstIndex(where: { $0.name == change.by }) { people[index].count += 1 } else { people.append((change.by, 1)) }
    }
    let by = people.count == 1 ? people[0].name : people.map { "\($0.name) (\($0.count))" }.joined(separator: ", ")
    return parts.joined(separator: ", ") + ", by " + by
  }
}
