import FinCyberCore

extension WorkbookContent {
  /// The outcome indicators sheet: the indicators of the domains the answers sheet covers, each
  /// with its unit, which way is better, its threshold per level, the measured value and note, and
  /// the level the value reaches (the core's scoring).
  func writeOutcomes(into book: inout XLSXBook) {
    let domains = Set(statements.map(\.domainID))
    let levels = questionnaire.levels
    let results = assessment.domains.flatMap(\.outcomes).filter { domains.contains($0.indicator.domainID) }
    let rows: [[TableCell]] = results.map { result in
      let indicator = result.indicator
      let thresholds = levels.map { level in TableCell.number(indicator.thresholds.first { $0.level == level }?.value) }
      return [
        .text(indicator.id), .text(indicator.domainID), .text(indicator.name.text(language)), .text(indicator.unit.text(language)),
        .text(WorkbookLabels.text("better." + indicator.better.rawValue, language)),
      ] + thresholds + [
        .number(result.value), .text(result.note ?? ""), .text(result.reached?.name.text(language) ?? ""),
      ]
    }
    let columns: [(key: String, width: Double)] =
      [("indicator", 18), ("domain", 10), ("name", 40), ("unit", 12), ("better", 14)]
      + levels.map { ("threshold:" + $0.id, 14) } + [("measured", 12), ("note", 36), ("reached", 14)]
    book.readingTable(WorkbookLayout.Sheet.outcomes, columns: columns, rows: rows)
  }
}
