import FinCyberCore

/// `gap-actions.csv`: one row per gap, baseline gaps first, with empty `owner` and `due` columns
/// for the action plan; then one row per outcome finding (an outcome below its domain's target, an
/// indicator not measured); and, with a previous assessment, what changed for each gap since.
///
/// A compliance-baseline statement that is also below the target is listed once, as a baseline gap.
public enum GapActionList {
  /// The column names, stable across languages so that other tools can rely on them: fixed ones,
  /// `source_measures` for a model that cites source documents, one column per crosswalk framework
  /// the questionnaire declares, named by its id (`csf`), then `owner`, `due` and `since_previous`.
  ///
  /// - Parameter questionnaire: The questionnaire whose sources and crosswalks add columns.
  public static func columns(_ questionnaire: Questionnaire) -> [String] {
    ["statement_id", "domain", "factor", "component", "level", "gap_kind", "statement", "answer", "comment", "evidence"]
      + (questionnaire.documents.isEmpty ? [] : ["source_measures"]) + questionnaire.crosswalks.map(\.id)
      + ["owner", "due", "since_previous"]
  }

  /// What `since_previous` says of a gap: `regression` (met last time), `opened` (a gap now, not
  /// then) or `still-open`; empty without a previous assessment and for a statement it lacked.
  /// An outcome finding's row has `outcome-below-target` or `outcome-not-measured` as its
  /// `gap_kind`, the indicator's id, the target level, and the measured against the needed value.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - previous: The institution's previous assessment, if any.
  ///   - language: The language of names and statement texts.
  public static func csv(_ assessment: Assessment, previous: Assessment? = nil, language: Language) -> [UInt8] {
    let questionnaire = assessment.questionnaire
    let words = Localizer(language: language, questionnaire: questionnaire)
    var writer = CSVWriter()
    writer.row(columns(questionnaire))
    let baselineIDs = Set(assessment.baselineGaps.map(\.statement.id))
    let gaps = assessment.baselineGaps + assessment.targetGaps.filter { !baselineIDs.contains($0.statement.id) }
    let change = previous.map { AssessmentChange(from: $0, to: assessment) }
    let regressions = Set(change?.regressions ?? [])
    let opened = Set(change?.opened ?? [])
    let compared = Set(previous?.questionnaire.statements.map(\.id) ?? [])
    let empties = Array(repeating: "", count: (questionnaire.documents.isEmpty ? 0 : 1) + questionnaire.crosswalks.count)
    let names = { (statement: Statement) -> [String] in
      let domain = questionnaire.domains.first { $0.id == statement.domainID }
      let factor = domain?.factors.first { $0.id == statement.factorID }
      let component = factor?.components.first { $0.id == statement.componentID }
      return [
        "\(statement.domainID) \(domain?.name.text(language) ?? "")", "\(statement.factorID) \(factor?.name.text(language) ?? "")",
        "\(statement.componentID) \(component?.name.text(language) ?? "")",
      ]
    }
    for gap in gaps {
      let statement = gap.statement
      let since = change == nil || !compared.contains(statement.id)
        ? "" : regressions.contains(statement.id) ? "regression" : opened.contains(statement.id) ? "opened" : "still-open"
      writer.row([statement.id] + names(statement) + [
        statement.level.name.text(language),
        gap.kind.rawValue,
        statement.text.text(language),
        gap.answer.value.rawValue,
        gap.answer.comment ?? "",
        gap.answer.evidence ?? "",
      ] + (questionnaire.documents.isEmpty ? [] : [statement.sources.joined(separator: " ")])
        + questionnaire.crosswalks.map { statement.references.ids(in: $0.id).joined(separator: " ") } + ["", "", since])
    }
    for domain in assessment.domains {
      for outcome in domain.outcomesBelowTarget + domain.outcomesNotMeasured {
        writer.row([
          outcome.indicator.id, "\(domain.domain.id) \(words.name(domain.domain.name))", "", "", words.name(outcome.target.name),
          outcome.isMeasured ? "outcome-below-target" : "outcome-not-measured", OutcomeTargetView.finding(outcome, words), outcome.value.map(RecordValue.number) ?? "",
          outcome.note ?? "", "",
        ] + empties + ["", "", ""])
      }
    }
    return writer.bytes
  }
}
