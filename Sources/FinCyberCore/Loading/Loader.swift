/// Loads questionnaires and response files: parse, validate against the schema, check cross references.
public enum Loader {
  /// Parses and validates a questionnaire or a response file, telling which it is.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to name in diagnostics.
  /// - Throws: `FinCyberError.invalidInput` when the file is neither, or invalid.
  public static func document(_ bytes: [UInt8], path: String) throws -> LoadedXMLDocument {
    try XMLDocumentLoader.load(bytes, path: path, expecting: [.questionnaire, .responses])
  }

  /// Builds a questionnaire from a document already parsed and validated.
  ///
  /// - Parameter document: A document of kind `.questionnaire`.
  /// - Throws: `FinCyberError.invalidInput` with every cross-reference problem.
  public static func questionnaire(_ document: LoadedXMLDocument) throws -> Questionnaire {
    precondition(document.kind == .questionnaire, "not a questionnaire")
    var reader = QuestionnaireReader(source: document.source)
    return try reader.read(document.root)
  }

  /// Builds responses from a document already parsed and validated.
  ///
  /// - Parameters:
  ///   - document: A document of kind `.responses`.
  ///   - questionnaire: The questionnaire the answers belong to.
  ///   - today: When given (`YYYY-MM-DD`), an assessment dated after this day is refused.
  /// - Throws: `FinCyberError.invalidInput` with every problem against the questionnaire.
  public static func responses(_ document: LoadedXMLDocument, for questionnaire: Questionnaire, today: String? = nil) throws -> Responses {
    precondition(document.kind == .responses, "not a response file")
    var reader = ResponsesReader(source: document.source, questionnaire: questionnaire, today: today)
    return try reader.read(document.root)
  }

  /// Loads a questionnaire from bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to name in diagnostics.
  /// - Throws: `FinCyberError.invalidInput` with every problem found.
  public static func questionnaire(_ bytes: [UInt8], path: String) throws -> Questionnaire {
    try questionnaire(try XMLDocumentLoader.load(bytes, path: path, expecting: [.questionnaire]))
  }

  /// Loads a questionnaire file.
  ///
  /// - Parameter path: The file's path.
  /// - Throws: `FinCyberError.cannotRead` or `.invalidInput`.
  public static func questionnaire(at path: String) throws -> Questionnaire {
    try questionnaire(try InputFile.read(path), path: path)
  }

  /// Loads a response file from bytes, checking it against its questionnaire.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to name in diagnostics.
  ///   - questionnaire: The questionnaire the answers belong to.
  ///   - today: When given (`YYYY-MM-DD`), an assessment dated after this day is refused.
  /// - Throws: `FinCyberError.invalidInput` with every problem found.
  public static func responses(_ bytes: [UInt8], path: String, for questionnaire: Questionnaire, today: String? = nil) throws -> Responses {
    try responses(try XMLDocumentLoader.load(bytes, path: path, expecting: [.responses]), for: questionnaire, today: today)
  }

  /// Loads a response file, checking it against its questionnaire.
  ///
  /// - Parameters:
  ///   - path: The file's path.
  ///   - questionnaire: The questionnaire the answers belong to.
  ///   - today: When given (`YYYY-MM-DD`), an assessment dated after this day is refused.
  /// - Throws: `FinCyberError.cannotRead` or `.invalidInput`.
  public static func responses(at path: String, for questionnaire: Questionnaire, today: String? = nil) throws -> Responses {
    try responses(try InputFile.read(path), path: path, for: questionnaire, today: today)
  }
}
