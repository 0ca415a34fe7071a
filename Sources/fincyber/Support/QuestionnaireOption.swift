import ArgumentParser

/// `--questionnaire FILE`: the questionnaire a command works with, else the bundled one.
struct QuestionnaireOption: ParsableArguments {
  @Option(name: .long, help: "The questionnaire (default: the bundled Roadmap questionnaire).")
  var questionnaire: String?

  /// The questionnaire named, or the bundled one, loaded.
  ///
  /// - Throws: `FinCyberError` when the file cannot be read or is invalid.
  func load() throws -> Inputs { try Inputs(questionnairePath: questionnaire) }
}

/// `--questionnaire FILE`, repeatable: the questionnaire versions that a command's files answer,
/// besides the bundled one.
struct QuestionnaireVersionsOption: ParsableArguments {
  @Option(name: .long, help: "A questionnaire version that response files answer (repeat for several; the bundled one is always known).")
  var questionnaire: [String] = []
}
