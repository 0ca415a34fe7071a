import FinCyberCore

/// A workbook as it came back from a control owner: what it was written from, and every row of
/// its answers sheet, each cell checked against the model.
public struct ReturnedWorkbook: Sendable {
  /// The workbook's path, as the user named it.
  public var path: String
  public var questionnaireID: String
  public var questionnaireVersion: String
  /// The institution and period of the response file it was written from.
  public var institutionID: String?
  public var institutionName: String
  public var period: String
  /// Who it was written for, if anyone was named.
  public var owner: String?
  /// The components its answers sheet covers; nil for every one.
  public var components: [String]?
  /// Its rows, in the sheet's order.
  public var rows: [ReturnedRow]
}

/// One row of a returned answers sheet.
public struct ReturnedRow: Sendable {
  /// The answer as the row gives it: the value (the scale's unanswered value for an empty cell)
  /// and the texts as a response file keeps them; no trail.
  public var answer: Answer
  /// A name written in the row's `answered-by` cell.
  public var answeredBy: String?
  /// The fingerprint of the answer as the response file held it when the workbook was written.
  public var fingerprint: String
  /// The row's answer cell, for messages (`answers!H17`).
  public var cell: String
}

/// Reads a returned workbook (``WorkbookWriter``'s, as saved by Excel, LibreOffice or a script) and
/// checks every cell, refusing the whole workbook on any problem, each told at its cell.
///
/// The file is read like every input: a bounded size (`InputFile`), an archive checked before any
/// entry is inflated (``ZipArchive``), only the parts a workbook needs, each parsed by the core's
/// hardened XML reader. The sheets are found by name and the columns by the key in their header
/// cell, so moved columns and sorted rows are fine; a column missing or given twice, a formula, a
/// cell of the wrong type, a value not in the model's answer scale, a required text left out, a
/// statement unknown, outside the workbook's components or given twice, and more rows than
/// statements are each refused.
public enum WorkbookReader {
  /// Reads a returned workbook.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The file's path, for messages.
  ///   - questionnaire: The questionnaire the answers are for.
  /// - Throws: `FinCyberError.invalidInput` with every problem found.
  public static func read(_ bytes: [UInt8], path: String, questionnaire: Questionnaire) throws -> ReturnedWorkbook {
    try ZipArchive.open(bytes, path: path) { archive in
      let package = try XLSXPackage(archive)
      var problems = CellProblems(path: path)
      let shared = try sharedStrings(package, questionnaire)
      let about = try sheet(WorkbookLayout.Sheet.about, in: package, questionnaire, problems: &problems)
      let facts = AboutFacts(about, shared: shared, problems: &problems)
      try problems.throwIfAny()
      var workbook = try facts.workbook(path: path, questionnaire: questionnaire)
      let answers = try sheet(WorkbookLayout.Sheet.answers, in: package, questionnaire, problems: &problems)
      try problems.throwIfAny()
      var reader = AnswersSheetReader(cells: answers, shared: shared, questionnaire: questionnaire, components: workbook.components)
      workbook.rows = reader.rows(problems: &problems)
      try problems.throwIfAny()
      return workbook
    }
  }

  /// The shared strings, in order; none when the workbook has no such part.
  private static func sharedStrings(_ package: XLSXPackage, _ questionnaire: Questionnaire) throws -> [String] {
    guard let part = package.sharedStringsPart else { return [] }
    let root = try XLSXPackage.xml(
      part, in: package.archive, root: "sst", kind: "shared strings part",
      maximumElements: max(100_000, questionnaire.statements.count * 40),
      why: "a workbook of \(questionnaire.statements.count) statements has far fewer texts")
    return root.children(named: "si").map(SheetCells.text(of:))
  }

  /// A sheet's cells, found by name; every formula in it is a problem.
  private static func sheet(
    _ name: String, in package: XLSXPackage, _ questionnaire: Questionnaire, problems: inout CellProblems
  ) throws -> SheetCells {
    let columns = WorkbookLayout.Column.all(for: questionnaire).count
    let rows = questionnaire.statements.count + 1
    let root = try XLSXPackage.xml(
      try package.sheetPart(named: name), in: package.archive, root: "worksheet", kind: "worksheet",
      maximumElements: 1_000 + rows * (columns + 4) * 4,
      why: "more rows or cells than a sheet of the questionnaire's \(questionnaire.statements.count) statements can have")
    let cells = SheetCells(root, sheet: name, problems: &problems)
    for cell in cells.cells.values.sorted(by: { $0.reference < $1.reference }) where cell.hasFormula {
      problems.add(sheet: name, cell.reference, "the cell holds a formula", fix: "type the value itself: a returned workbook may hold no formula")
    }
    return cells
  }

  /// A cell's text: nil when it is empty; a problem when it holds anything but text.
  ///
  /// - Parameters:
  ///   - cell: The cell as stored, if any.
  ///   - shared: The shared strings.
  /// - Returns: The text, through ``CellText/read(_:)``, or why the cell is not one.
  static func text(_ cell: StoredCell?, shared: [String]) -> Result<String?, CellTypeProblem> {
    guard let cell else { return .success(nil) }
    switch cell.type {
    case "s":
      guard let index = cell.value.flatMap({ Int($0) }), shared.indices.contains(index) else {
        return .failure(CellTypeProblem("the cell names a shared string that the workbook does not have"))
      }
      return .success(nonEmpty(CellText.read(shared[index])))
    case "inlineStr":
      return .success(nonEmpty(CellText.read(cell.inline ?? "")))
    case "str":
      return .success(nonEmpty(CellText.read(cell.value ?? "")))
    case nil, "n":
      return cell.value == nil ? .success(nil) : .failure(CellTypeProblem("the cell holds the number \(cell.value!)"))
    case "b":
      return .failure(CellTypeProblem("the cell holds a true/false value"))
    case "e":
      return .failure(CellTypeProblem("the cell holds an error (\(cell.value ?? "?"))"))
    case "d":
      return .failure(CellTypeProblem("the cell holds a date"))
    case let other?:
      return .failure(CellTypeProblem("the cell is of an unknown type '\(other)'"))
    }
  }

  private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}

/// Why a cell is not the text it should be.
struct CellTypeProblem: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
