import FinCyberCore

extension WorkbookContent {
  /// The answers sheet: a header row of column keys, then one row per statement with its answer as
  /// it stands; the answer column is a drop-down of the model's answer values, the header row and
  /// the id column stay in view, every column has a filter, and the fingerprint column is hidden.
  func writeAnswers(into book: inout XLSXBook) {
    let columns = WorkbookLayout.Column.all(for: questionnaire)
    let scale = questionnaire.answerScale
    book.sheet(WorkbookLayout.Sheet.answers) { sheet in
      for (index, column) in columns.enumerated() {
        sheet.text(0, index, column.key, .header)
        sheet.column(index, width: width(column), column.isEditable ? .editable : .reading, hidden: column == .fingerprint)
      }
      for (offset, statement) in statements.enumerated() {
        let answer = responses.answers[statement.id]
        for (index, column) in columns.enumerated() {
          sheet.text(offset + 1, index, cell(column, statement, answer, scale), column.isEditable ? .editable : .reading)
        }
      }
      sheet.freeze(rows: 1, columns: 1)
      sheet.filter(lastRow: statements.count, lastColumn: columns.count - 1)
      if let answerColumn = columns.firstIndex(of: .answer), !statements.isEmpty {
        sheet.dropDown(
          rows: 1...statements.count, column: answerColumn, source: aboutAnswerValuesRange,
          title: WorkbookLabels.text("dropdownTitle", language), prompt: dropDownPrompt,
          error: WorkbookLabels.text("dropdownError", language))
      }
    }
  }

  /// What a cell of the answers sheet holds.
  private func cell(_ column: WorkbookLayout.Column, _ statement: Statement, _ answer: Answer?, _ scale: AnswerScale) -> String {
    switch column {
    case .statement: return statement.id
    case .component: return componentName(statement.componentID)
    case .level: return statement.level.name.text(language)
    case .baseline: return statement.isComplianceBaseline ? WorkbookLabels.text("baselineMark", language) : ""
    case .text(let tag): return statement.text.values[tag] ?? ""
    case .answer: return scale.meaning(of: answer).value.rawValue
    case .comment: return answer?.comment ?? ""
    case .evidence: return answer?.evidence ?? ""
    case .compensatingControl: return answer?.compensatingControl ?? ""
    case .justification: return answer?.justification ?? ""
    case .answeredBy: return answer?.trail.answeredBy ?? ""
    case .carried: return answer?.trail.carried == true ? WorkbookLabels.text("carriedMark", language) : ""
    case .fingerprint: return AnswerFingerprint.of(statement.id, answer, scale)
    }
  }

  /// A column's width, in characters.
  private func width(_ column: WorkbookLayout.Column) -> Double {
    switch column {
    case .statement: return 18
    case .component: return 28
    case .level, .baseline, .answeredBy, .carried, .fingerprint: return 14
    case .text: return 60
    case .answer: return 20
    case .comment, .evidence, .compensatingControl, .justification: return 36
    }
  }

  /// The drop-down's prompt: each value with its name, or the values alone where that is too long.
  private var dropDownPrompt: String {
    let meanings = questionnaire.answerScale.meanings
    let named = meanings.map { $0.value.rawValue + (language == .traditionalChinese ? "：" : ": ") + $0.name.text(language) }
      .joined(separator: "\n")
    return named.unicodeScalars.count <= 255 ? named : meanings.map(\.value.rawValue).joined(separator: ", ")
  }
}
