import FinCyberCore

extension WorkbookContent {
  /// The hidden sheet: what the workbook was written from (questionnaire, institution, period,
  /// owner, components, time), by key, and the answer values that the answers sheet's drop-down
  /// offers (a range rather than a list in the validation itself, which Excel caps at 255 characters).
  func writeAbout(into book: inout XLSXBook) {
    let values = questionnaire.answerScale.meanings.map { (WorkbookLayout.Key.answerValue, $0.value.rawValue) }
    book.sheet(WorkbookLayout.Sheet.about, hidden: true) { sheet in
      sheet.text(0, 0, "key", .header)
      sheet.text(0, 1, "value", .header)
      for (offset, fact) in (aboutFacts + values).enumerated() {
        sheet.text(offset + 1, 0, fact.0.rawValue)
        sheet.text(offset + 1, 1, fact.1)
      }
      sheet.column(0, width: 16)
      sheet.column(1, width: 40)
    }
  }

  /// What the workbook was written from, by key, in the order written.
  private var aboutFacts: [(WorkbookLayout.Key, String)] {
    let institution = responses.institution
    return [
      (.format, WorkbookLayout.format), (.questionnaire, questionnaire.id), (.version, questionnaire.version),
      (.institutionID, institution.id ?? ""), (.institution, institution.name), (.period, responses.period),
      (.owner, owner ?? ""), (.components, components?.joined(separator: " ") ?? ""), (.writtenAt, writtenAt),
    ]
  }

  /// The range of the hidden sheet that holds the answer values, for the drop-down: after the
  /// header row and the facts, one row per value.
  var aboutAnswerValuesRange: String {
    let first = 2 + aboutFacts.count
    let last = first + questionnaire.answerScale.meanings.count - 1
    return "=\(WorkbookLayout.Sheet.about)!$B$\(first):$B$\(last)"
  }
}
