import FinCyberCore

/// Reads the rows of a returned answers sheet, checking every cell it reads against the model.
struct AnswersSheetReader {
  let cells: SheetCells
  let shared: [String]
  let questionnaire: Questionnaire
  /// The statements the workbook was written with, by id.
  private let statements: Set<String>

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - cells: The answers sheet's cells.
  ///   - shared: The shared strings.
  ///   - questionnaire: The questionnaire the answers are for.
  ///   - components: The components the workbook covers; nil for every one.
  init(cells: SheetCells, shared: [String], questionnaire: Questionnaire, components: [String]?) {
    self.cells = cells
    self.shared = shared
    self.questionnaire = questionnaire
    let chosen = components.map(Set.init)
    statements = Set(questionnaire.statements.filter { chosen?.contains($0.componentID) ?? true }.map(\.id))
  }

  private var sheet: String { cells.sheet }

  /// The rows, each checked; a problem for every cell that is wrong.
  ///
  /// - Parameter problems: Receives every problem.
  mutating func rows(problems: inout CellProblems) -> [ReturnedRow] {
    guard let columns = header(problems: &problems) else { return [] }
    var rows: [ReturnedRow] = []
    var seen: [String: CellReference] = [:]
    for row in cells.rows where row > 1 {
      /// A read column's text in this row, or nil with its problem added.
      func text(_ column: WorkbookLayout.Column) -> (reference: CellReference, text: String?)? {
        let reference = CellReference(row: row, column: columns[column]!)
        switch WorkbookReader.text(cells.cells[reference], shared: shared) {
        case .success(let text): return (reference, text)
        case .failure(let problem):
          problems.add(sheet: sheet, reference, problem.message + "; a text is expected here", fix: "format the cell as text and type it again")
          return nil
        }
      }
      let read = WorkbookLayout.Column.read.map { column in (column, text(column)) }
      guard read.allSatisfy({ $0.1 != nil }) else { continue }
      let values = Dictionary(uniqueKeysWithValues: read.map { ($0.0, $0.1!) })
      guard values.values.contains(where: { $0.text != nil }) else { continue }
      guard rows.count < statements.count else {
        problems.add(
          sheet: sheet, CellReference(row: row, column: 1),
          "the sheet has more rows than the \(statements.count) statements it was written with", fix: "remove the rows that were added")
        break
      }
      if let parsed = self.row(values, seen: &seen, problems: &problems) { rows.append(parsed) }
    }
    return rows
  }

  /// Each read column's number, from the header row; nil (with problems) when one is missing or
  /// given twice.
  private func header(problems: inout CellProblems) -> [WorkbookLayout.Column: Int]? {
    var found: [String: [CellReference]] = [:]
    for (reference, cell) in cells.cells where reference.row == 1 {
      if case .success(let key?) = WorkbookReader.text(cell, shared: shared) { found[key.trimmedSpaces, default: []].append(reference) }
    }
    var columns: [WorkbookLayout.Column: Int] = [:]
    for column in WorkbookLayout.Column.read {
      let places = (found[column.key] ?? []).sorted()
      switch places.count {
      case 0:
        problems.add(
          sheet: sheet, nil, "no column is headed '\(column.key)' in row 1",
          fix: "put the column back with its key '\(column.key)' in row 1, or write a new workbook")
      case 1:
        columns[column] = places[0].column
      default:
        problems.add(
          sheet: sheet, places[1], "a second column is headed '\(column.key)' (the first is \(places[0]))",
          fix: "keep one column headed '\(column.key)'")
      }
    }
    return columns.count == WorkbookLayout.Column.read.count ? columns : nil
  }

  /// One row's answer, checked; nil when it has a problem.
  private func row(
    _ values: [WorkbookLayout.Column: (reference: CellReference, text: String?)], seen: inout [String: CellReference],
    problems: inout CellProblems
  ) -> ReturnedRow? {
    let count = problems.diagnostics.count
    let statement = values[.statement]!
    guard let id = statement.text?.trimmedSpaces else {
      problems.add(sheet: sheet, statement.reference, "the row has no statement id", fix: "give the row back its id, or empty the row")
      return nil
    }
    guard statements.contains(id) else {
      let known = questionnaire.statementIDs.contains(id)
      problems.add(
        sheet: sheet, statement.reference,
        known ? "'\(id)' is not one of the statements this workbook was written with" : "'\(id)' is not a statement of questionnaire '\(questionnaire.id)'",
        fix: "give the row back its id as written, or remove the row")
      return nil
    }
    if let first = seen[id] {
      problems.add(sheet: sheet, statement.reference, "'\(id)' is given twice (first in \(sheet)!\(first))", fix: "keep one row for it")
      return nil
    }
    seen[id] = statement.reference

    let scale = questionnaire.answerScale
    let answerCell = values[.answer]!
    let value = answerCell.text.map { AnswerValue($0.trimmedSpaces) } ?? scale.unansweredValue
    guard let meaning = scale[value] else {
      problems.add(
        sheet: sheet, answerCell.reference, "'\(value.rawValue)' is not an answer of questionnaire '\(questionnaire.id)'",
        fix: "choose one of: " + scale.meanings.map(\.value.rawValue).joined(separator: ", "))
      return nil
    }
    var texts: [WorkbookLayout.Column: String] = [:]
    for column in [WorkbookLayout.Column.comment, .evidence, .compensatingControl, .justification, .answeredBy] {
      let cell = values[column]!
      guard let text = AnswerText.clean(cell.text) else { continue }
      if let problem = column == .answeredBy ? AnswerText.nameProblem(text) : AnswerText.problem(text) {
        problems.add(sheet: sheet, cell.reference, problem.message, fix: problem.fix)
      }
      texts[column] = text
    }
    let required: WorkbookLayout.Column? = switch meaning.requirement {
    case .none: nil
    case .compensatingControl: .compensatingControl
    case .justification: .justification
    }
    if let required, texts[required] == nil {
      problems.add(
        sheet: sheet, values[required]!.reference, "the answer '\(value.rawValue)' (\(answerCell.reference)) needs a text in '\(required.key)'",
        fix: "write it in this cell, or choose another answer")
    }
    let fingerprint = values[.fingerprint]!
    guard let print = fingerprint.text?.trimmedSpaces, AnswerFingerprint.isWellFormed(print) else {
      problems.add(
        sheet: sheet, fingerprint.reference, "the hidden fingerprint of '\(id)' is missing or was changed",
        fix: "copy the row's fingerprint back from the workbook as it was written, or write a new workbook")
      return nil
    }
    guard problems.diagnostics.count == count else { return nil }
    let answer = Answer(
      statementID: id, value: value, comment: texts[.comment], evidence: texts[.evidence],
      compensatingControl: texts[.compensatingControl], justification: texts[.justification])
    return ReturnedRow(answer: answer, answeredBy: texts[.answeredBy], fingerprint: print, cell: "\(sheet)!\(answerCell.reference)")
  }
}

extension String {
  /// The text without the spaces, tabs and line breaks around it.
  var trimmedSpaces: String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
