import FinCyberCore

/// The per-domain summary that `fincyber assess` prints: a plain-text table for a terminal.
public enum SummaryTable {
  /// The table as text, one line per pillar, columns aligned for CJK and Latin text alike.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - language: The language of the labels.
  public static func text(_ assessment: Assessment, language: Language) -> String {
    let header = [
      Labels.text("pillar", language), Labels.text("achieved", language), Labels.text("target", language),
      Labels.text("percentToTarget", language), Labels.text("baselineGaps", language), Labels.text("targetGaps", language),
    ]
    let rows = assessment.domains.map { domain in
      [
        "\(domain.domain.id) \(domain.domain.name.text(language))", Formatting.levelName(domain.score.achieved, language),
        domain.target.level.name.text(language), Formatting.percent(domain.percentToTarget), String(domain.baselineGaps.count),
        String(domain.targetGaps.count),
      ]
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
    lines.append("\(responses.institution.name) · \(responses.period) · \(Labels.text("overallRisk", language)): \(assessment.inherentRisk.overall?.name.text(language) ?? Labels.text("notRated", language))")
    lines.append(Labels.text(assessment.meetsComplianceBaseline ? "baselineMet" : "baselineNotMet", language))
    if !assessment.isComplete {
      lines.append(Labels.text("incomplete", language) + " " + Labels.text("unansweredCount", language) + ": \(assessment.unanswered.count)")
    }
    return lines.joined(separator: "\n")
  }

  /// The number of terminal columns a text takes: East Asian wide characters take two.
  static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      let value = scalar.value
      let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
        || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
      return total + (wide ? 2 : 1)
    }
  }
}
