import FinCyberCore

/// The per-domain summary that `fincyber assess` prints: a plain-text table for a terminal.
public enum SummaryTable {
  /// The table as text, one line per domain, columns aligned for CJK and Latin text alike; the
  /// compliance-baseline column and line only for a model with a compliance-baseline document, the
  /// inherent risk only for a model with a risk profile.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - language: The language of the labels.
  public static func text(_ assessment: Assessment, language: Language) -> String {
    let questionnaire = assessment.questionnaire
    let words = Localizer(language: language, questionnaire: questionnaire)
    let hasBaseline = questionnaire.complianceBaseline != nil
    let header = [words.text("domain"), words.text("achieved"), words.text("target"), words.text("percentToTarget")]
      + (hasBaseline ? [words.text("baselineGaps")] : []) + [words.text("targetGaps")]
    let rows = assessment.domains.map { domain in
      ["\(domain.domain.id) \(words.name(domain.domain.name))", words.levelName(domain.score.achieved),
       words.levelName(domain.target.level), Formatting.percent(domain.percentToTarget)]
        + (hasBaseline ? [String(domain.baselineGaps.count)] : []) + [String(domain.targetGaps.count)]
    }
    let widths = header.indices.map { column in ([header] + rows).map { width($0[column]) }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - width(cell))
        return column >= 3 ? padding + cell : cell + padding
      }.joined(separator: "  ")
    }
    var lines = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    lines += rows.map(line)
    lines.append("")
    let responses = assessment.responses
    var facts = [responses.institution.name, responses.period]
    if questionnaire.hasRiskProfile {
      facts.append(words.text("overallRisk") + ": " + (assessment.inherentRisk.overall.map { words.name($0.name) } ?? words.text("notRated")))
    }
    lines.append(facts.joined(separator: " · "))
    if hasBaseline { lines.append(words.text(assessment.meetsComplianceBaseline ? "baselineMet" : "baselineNotMet")) }
    if !assessment.isComplete { lines.append(Completeness.incomplete(assessment, words)) }
    return lines.joined(separator: "\n")
  }

  /// The number of terminal columns a text takes: East Asian wide characters take two.
  static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + (EastAsianWidth.isWide($1) ? 2 : 1) }
  }
}
