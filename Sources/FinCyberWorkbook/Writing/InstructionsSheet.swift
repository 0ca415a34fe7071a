import FinCyberCore

extension WorkbookContent {
  /// The instructions sheet, the first one opened: what the workbook is for (institution, period,
  /// owner, components), how to fill it in, what each column of the answers sheet means, each
  /// answer value with its name and what it requires, and how to return the file. One column per
  /// language of the model that fincyber writes, side by side, after a column of keys.
  func writeInstructions(into book: inout XLSXBook) {
    let languages = instructionLanguages
    book.sheet(WorkbookLayout.Sheet.instructions) { sheet in
      sheet.column(0, width: 22)
      for index in languages.indices { sheet.column(index + 1, width: 70, .plain) }
      var row = 0
      /// A row of a key (or nothing) and a text per language.
      func line(_ key: String, _ style: XLSXBook.Style = .plain, _ text: (Language) -> String) {
        if !key.isEmpty { sheet.text(row, 0, key, style == .heading ? .heading : .plain) }
        for (index, language) in languages.enumerated() { sheet.text(row, index + 1, text(language), style) }
        row += 1
      }
      /// A row of a label and its value, per language.
      func labelled(_ key: String, _ value: (Language) -> String) {
        line("") { language in WorkbookLabels.text(key, language) + (language == .traditionalChinese ? "：" : ": ") + value(language) }
      }
      line("", .heading) { questionnaire.title.text($0) + " — " + WorkbookLabels.text("title", $0) }
      labelled("institution") { _ in responses.institution.name }
      labelled("period") { _ in responses.period }
      labelled("owner") { owner ?? WorkbookLabels.text("noOwner", $0) }
      labelled("coverage") { language in
        components.map { $0.map(componentName).joined(separator: "; ") }
          ?? WorkbookLabels.text("allComponents", language, model: questionnaire)
      }
      labelled("writtenAt") { _ in writtenAt }
      row += 1
      line("", .heading) { WorkbookLabels.text("howTitle", $0) }
      for key in ["how1", "how2", "how3", "how4", "otherSheets"] {
        line("") { WorkbookLabels.text(key, $0, model: questionnaire) }
      }
      row += 1
      line(WorkbookLabels.text("column", .english), .heading) { WorkbookLabels.text("columnsTitle", $0) }
      for column in WorkbookLayout.Column.all(for: questionnaire) {
        line(column.key) { language in meaning(of: column, language) }
      }
      row += 1
      line(WorkbookLabels.text("value", .english), .heading) { WorkbookLabels.text("valuesTitle", $0) }
      for answer in questionnaire.answerScale.meanings {
        line(answer.value.rawValue) { language in
          let requirement = WorkbookLabels.text("requires." + requirementKey(answer.requirement), language)
          return answer.name.text(language) + (language == .traditionalChinese ? "；" : "; ") + WorkbookLabels.text("requires", language)
            + (language == .traditionalChinese ? "：" : ": ") + requirement
        }
      }
      row += 1
      line("", .heading) { WorkbookLabels.text("returnTitle", $0) }
      for key in ["return1", "return2", "return3"] {
        line("") { WorkbookLabels.text(key, $0) }
      }
    }
  }

  /// What a column of the answers sheet holds, in a language.
  private func meaning(of column: WorkbookLayout.Column, _ language: Language) -> String {
    switch column {
    case .text(let tag): return WorkbookLabels.text("col.text", language, model: questionnaire, ["language": tag])
    case .statement: return WorkbookLabels.text("col.statement", language, model: questionnaire)
    case .component: return WorkbookLabels.text("col.component", language, model: questionnaire)
    case .level: return WorkbookLabels.text("col.level", language)
    case .baseline: return WorkbookLabels.text("col.baseline", language, model: questionnaire)
    case .answer: return WorkbookLabels.text("col.answer", language)
    case .comment: return WorkbookLabels.text("col.comment", language)
    case .evidence: return WorkbookLabels.text("col.evidence", language)
    case .compensatingControl: return WorkbookLabels.text("col.compensatingControl", language)
    case .justification: return WorkbookLabels.text("col.justification", language, model: questionnaire)
    case .answeredBy: return WorkbookLabels.text("col.answeredBy", language)
    case .carried: return WorkbookLabels.text("col.carried", language)
    case .fingerprint: return WorkbookLabels.text("col.fingerprint", language)
    }
  }

  /// The label key of what an answer requires.
  private func requirementKey(_ requirement: AnswerMeaning.Requirement) -> String {
    switch requirement {
    case .none: return "none"
    case .compensatingControl: return "compensatingControl"
    case .justification: return "justification"
    }
  }
}
