import FinCyberCore

/// The hidden sheet of a returned workbook, read back: what the workbook was written from.
struct AboutFacts {
  /// The value of each key (the first, for a key given twice).
  private var values: [String: String] = [:]

  /// Reads the key and value cells, each a text.
  ///
  /// - Parameters:
  ///   - cells: The hidden sheet's cells.
  ///   - shared: The shared strings.
  ///   - problems: Receives a problem for each cell that is not text.
  init(_ cells: SheetCells, shared: [String], problems: inout CellProblems) {
    for row in cells.rows where row > 1 {
      let key = CellReference(row: row, column: 1)
      let value = CellReference(row: row, column: 2)
      switch (WorkbookReader.text(cells.cells[key], shared: shared), WorkbookReader.text(cells.cells[value], shared: shared)) {
      case (.success(let name?), .success(let text)):
        if values[name] == nil { values[name] = text ?? "" }
      case (.failure(let problem), _):
        problems.add(sheet: cells.sheet, key, problem.message, fix: "give back the hidden sheet as fincyber wrote it")
      case (_, .failure(let problem)):
        problems.add(sheet: cells.sheet, value, problem.message, fix: "give back the hidden sheet as fincyber wrote it")
      default:
        break
      }
    }
  }

  /// The value of a key; nil when the key is missing or its value empty.
  subscript(_ key: WorkbookLayout.Key) -> String? { values[key.rawValue].flatMap { $0.isEmpty ? nil : $0 } }

  /// The workbook these facts describe, with no rows yet.
  ///
  /// - Parameters:
  ///   - path: The workbook's path.
  ///   - questionnaire: The questionnaire the answers are for.
  /// - Throws: `FinCyberError.invalidInput` when the sheet is not fincyber's, the workbook answers
  ///   another questionnaire or version, or it names a component the questionnaire does not have.
  func workbook(path: String, questionnaire: Questionnaire) throws -> ReturnedWorkbook {
    let sheet = WorkbookLayout.Sheet.about
    guard self[.format] == WorkbookLayout.format, let id = self[.questionnaire], let version = self[.version],
      let institution = self[.institution], let period = self[.period]
    else {
      throw ZipArchive.refusal(
        path, "the hidden sheet '\(sheet)' does not say what the workbook was written from; it was not written by fincyber, or the sheet was changed",
        fix: "give back the workbook fincyber wrote, its hidden sheet as it was")
    }
    guard id == questionnaire.id, version == questionnaire.version else {
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: path, message: "the workbook answers questionnaire '\(id)' version \(version), not '\(questionnaire.id)' version \(questionnaire.version)",
          fix: "read it with the questionnaire it was written for", kind: .answersAnotherQuestionnaire)
      ])
    }
    let components = self[.components].map { $0.split(separator: " ").map(String.init) }
    let known = Set(questionnaire.statements.map(\.componentID))
    if let unknown = components?.first(where: { !known.contains($0) }) {
      throw ZipArchive.refusal(
        path, "the hidden sheet '\(sheet)' names the component '\(unknown)', which questionnaire '\(questionnaire.id)' does not have",
        fix: "give back the hidden sheet as fincyber wrote it")
    }
    return ReturnedWorkbook(
      path: path, questionnaireID: id, questionnaireVersion: version, institutionID: self[.institutionID], institutionName: institution,
      period: period, owner: self[.owner], components: components, rows: [])
  }
}
