import FinCyberCore

extension WorkbookContent {
  /// The gaps sheet: the answers sheet's statements that are gaps as the answers stood when the
  /// workbook was written, compliance-baseline gaps first (a baseline statement also below the
  /// target is listed once, as in the action list), each with its answer and comment.
  func writeGaps(into book: inout XLSXBook) {
    let baselineIDs = Set(assessment.baselineGaps.map(\.statement.id))
    let gaps = (assessment.baselineGaps + assessment.targetGaps.filter { !baselineIDs.contains($0.statement.id) })
      .filter { covers($0.statement.id) }
    let rows: [[TableCell]] = gaps.map { gap in
      [
        .text(gap.statement.id), .text(WorkbookLabels.text("gap." + gap.kind.rawValue, language)),
        .text(componentName(gap.statement.componentID)), .text(gap.statement.level.name.text(language)),
        .text(gap.statement.text.text(language)), .text(gap.answer.value.rawValue), .text(gap.answer.comment ?? ""),
      ]
    }
    book.readingTable(
      WorkbookLayout.Sheet.gaps,
      columns: [("statement", 18), ("gap", 16), ("component", 28), ("level", 14), ("text", 60), ("answer", 18), ("comment", 36)],
      rows: rows)
  }
}
