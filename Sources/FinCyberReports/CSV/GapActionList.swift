import FinCyberCore

/// `gap-actions.csv`: one row per gap, baseline gaps first, with empty `owner` and `due` columns
/// for the action plan.
///
/// A compliance-baseline statement that is also below the target is listed once, as a baseline gap.
public enum GapActionList {
  /// The column names, stable across languages so that other tools can rely on them: fixed ones,
  /// `source_measures` for a model that cites source documents, one column per crosswalk framework
  /// the questionnaire declares, named by its id (`csf`), then `owner` and `due`.
  ///
  /// - Parameter questionnaire: The questionnaire whose sources and crosswalks add columns.
  public static func columns(_ questionnaire: Questionnaire) -> [String] {
    ["statement_id", "domain", "factor", "component", "level", "gap_kind", "statement", "answer", "comment", "evidence"]
      + (questionnaire.documents.isEmpty ? [] : ["source_measures"]) + questionnaire.crosswalks.map(\.id) + ["owner", "due"]
  }

  /// The action list as CSV bytes (UTF-8 with a byte-order mark, CRLF line ends).
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - language: The language of names and statement texts.
  public static func csv(_ assessment: Assessment, language: Language) -> [UInt8] {
    let questionnaire = assessment.questionnaire
    var writer = CSVWriter()
    writer.row(columns(questionnaire))
    let baselineIDs = Set(assessment.baselineGaps.map(\.statement.id))
    let gaps = assessment.baselineGaps + assessment.targetGaps.filter { !baselineIDs.contains($0.statement.id) }
    for gap in gaps {
      let statement = gap.statement
      let domain = questionnaire.domains.first { $0.id == statement.domainID }
      let factor = domain?.factors.first { $0.id == statement.factorID }
      let component = factor?.components.first { $0.id == statement.componentID }
      writer.row([
        statement.id,
        "\(statement.domainID) \(domain?.name.text(language) ?? "")",
        "\(statement.factorID) \(factor?.name.text(language) ?? "")",
        "\(statement.componentID) \(component?.name.text(language) ?? "")",
        statement.level.name.text(language),
        gap.kind.rawValue,
        statement.text.text(language),
        gap.answer.value.rawValue,
        gap.answer.comment ?? "",
        gap.answer.evidence ?? "",
      ] + (questionnaire.documents.isEmpty ? [] : [statement.sources.joined(separator: " ")])
        + questionnaire.crosswalks.map { statement.references.ids(in: $0.id).joined(separator: " ") } + ["", ""])
    }
    return writer.bytes
  }
}
