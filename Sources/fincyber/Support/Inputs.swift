import FinCyberCore

/// Loads the questionnaire and responses a subcommand names, or the bundled ones.
struct Inputs {
  var questionnaire: Questionnaire
  var questionnaireBytes: [UInt8]

  /// Loads a questionnaire from a path, or the bundled default when the path is nil.
  init(questionnairePath: String?) throws {
    if let path = questionnairePath {
      questionnaireBytes = try InputFile.read(path)
      questionnaire = try Loader.questionnaire(questionnaireBytes, path: path)
    } else {
      questionnaireBytes = BundledFiles.defaultQuestionnaire
      questionnaire = try Loader.questionnaire(questionnaireBytes, path: BundledFiles.defaultQuestionnairePath + " (bundled)")
    }
  }

  /// Loads responses from a path, or the bundled sample when the path is nil.
  func responses(at path: String?) throws -> (responses: Responses, bytes: [UInt8]) {
    let (document, bytes) = try Self.responsesDocument(at: path)
    return (try Loader.responses(document, for: questionnaire), bytes)
  }

  /// Reads and validates a response file, or the bundled sample when the path is nil, before
  /// its questionnaire is known: the two can then be read at once.
  static func responsesDocument(at path: String?) throws -> (document: LoadedXMLDocument, bytes: [UInt8]) {
    if let path {
      let bytes = try InputFile.read(path)
      return (try XMLDocumentLoader.load(bytes, path: path, expecting: [.responses]), bytes)
    }
    let bytes = BundledFiles.defaultResponses
    return (try XMLDocumentLoader.load(bytes, path: BundledFiles.defaultResponsesPath + " (bundled)", expecting: [.responses]), bytes)
  }
}
