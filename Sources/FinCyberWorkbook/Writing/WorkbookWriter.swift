import FinCyberCore

/// Writes the Excel workbook that the CISO hands to a control owner: how to fill it in, one row
/// per statement to answer (all of them, or those of the owner's components), the gaps, the
/// outcome indicators and the crosswalk profiles. ``WorkbookReader`` reads it back when it returns.
///
/// It only renders: what an answer value means and requires, what is a gap and which level an
/// outcome reaches all come from the questionnaire and the core's scoring.
public struct WorkbookWriter {
  /// The questionnaire the answers are for.
  public let questionnaire: Questionnaire
  /// The language of the names written beside the ids (component, level, gap kind).
  public let language: Language

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire the answers are for.
  ///   - language: The language of the names written beside the ids; the instructions are written
  ///     in every language of the model that fincyber writes, whatever this is.
  public init(questionnaire: Questionnaire, language: Language) {
    self.questionnaire = questionnaire
    self.language = language
  }

  /// The ids among those given that name no component of the questionnaire.
  ///
  /// - Parameter ids: Component ids.
  public func unknownComponents(_ ids: [String]) -> [String] {
    let known = Set(questionnaire.statements.map(\.componentID))
    return ids.filter { !known.contains($0) }
  }

  /// The workbook's bytes.
  ///
  /// - Parameters:
  ///   - responses: The answers as they stand.
  ///   - components: The component ids whose statements the answers sheet lists, in any order;
  ///     nil for every statement. Each must be a component of the questionnaire
  ///     (``unknownComponents(_:)``).
  ///   - owner: Who the workbook is for; recorded as the answerer of what comes back changed.
  ///   - writtenAt: When it is written, as an `xs:dateTime`.
  /// - Throws: `FinCyberError.cannotWrite` when libxlsxwriter fails.
  public func xlsx(_ responses: Responses, components: [String]? = nil, owner: String? = nil, writtenAt: String) throws -> [UInt8] {
    let chosen = components.map(Set.init)
    let content = WorkbookContent(
      questionnaire: questionnaire, language: language, responses: responses,
      statements: questionnaire.statements.filter { chosen?.contains($0.componentID) ?? true },
      components: components.map { ids in questionnaire.statements.map(\.componentID).reduce(into: [String]()) { order, id in
        if ids.contains(id) && !order.contains(id) { order.append(id) }
      } },
      owner: owner, writtenAt: writtenAt, assessment: Scorer.score(responses, against: questionnaire))
    return try XLSXBook.make { book in
      content.writeInstructions(into: &book)
      content.writeAnswers(into: &book)
      content.writeGaps(into: &book)
      content.writeOutcomes(into: &book)
      content.writeAbout(into: &book)
      content.writeProfiles(into: &book)
    }
  }
}

/// What one workbook shows, shared by the functions that write its sheets.
struct WorkbookContent {
  let questionnaire: Questionnaire
  let language: Language
  let responses: Responses
  /// The statements of the answers sheet, in model order.
  let statements: [Statement]
  /// The components chosen, in model order; nil for every one.
  let components: [String]?
  let owner: String?
  let writtenAt: String
  /// The answers scored, for the gaps and the outcomes.
  let assessment: Assessment

  /// The languages of the instructions: the model's that fincyber writes, in its order.
  var instructionLanguages: [Language] { questionnaire.languages.compactMap(Language.init(rawValue:)) }

  /// Whether a statement is on the answers sheet.
  func covers(_ statementID: String) -> Bool { statements.contains { $0.id == statementID } }

  /// A component's id and name.
  func componentName(_ id: String) -> String {
    for domain in questionnaire.domains {
      for factor in domain.factors {
        if let component = factor.components.first(where: { $0.id == id }) { return id + " " + component.name.text(language) }
      }
    }
    return id
  }
}
