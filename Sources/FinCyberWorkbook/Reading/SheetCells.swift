import FinCyberCore

/// What one cell of a returned sheet holds, as its XML stores it.
struct StoredCell {
  /// Where it is.
  var reference: CellReference
  /// The cell's type (`t`): `s` a shared string, `inlineStr`, `str` a formula's text, `n` (or none)
  /// a number, `b` a boolean, `e` an error, `d` a date.
  var type: String?
  /// The `<v>` value, if any: a shared string's index, a number, a boolean.
  var value: String?
  /// An inline string's text, its runs joined.
  var inline: String?
  /// Whether the cell holds a formula (`<f>`).
  var hasFormula: Bool
}

/// The cells of a worksheet part, by reference: every row and cell of its `sheetData`, each
/// reference checked (within a sheet's limits, in its row, not given twice). A row or cell
/// without a reference follows the one before it, as the format allows.
struct SheetCells {
  /// The sheet's name, for cell references in messages (`answers!D17`).
  let sheet: String
  /// The cells that hold something or are styled, by reference.
  private(set) var cells: [CellReference: StoredCell] = [:]
  /// The rows that have at least one cell, lowest first.
  private(set) var rows: [Int] = []

  /// Reads the cells of a worksheet.
  ///
  /// - Parameters:
  ///   - worksheet: The part's root element, `<worksheet>`.
  ///   - sheet: The sheet's name.
  ///   - problems: Receives a problem for each reference that is broken or given twice.
  init(_ worksheet: XMLElementNode, sheet: String, problems: inout CellProblems) {
    self.sheet = sheet
    var rowNumber = 0
    var seenRows = Set<Int>()
    for row in worksheet.child(named: "sheetData")?.children(named: "row") ?? [] {
      if let given = row["r"] {
        guard let number = Int(given), (1...CellReference.maximumRow).contains(number) else {
          problems.add(sheet: sheet, nil, "a row is numbered '\(given)', which is not a row of a sheet")
          continue
        }
        rowNumber = number
      } else {
        rowNumber += 1
      }
      guard seenRows.insert(rowNumber).inserted else {
        problems.add(sheet: sheet, CellReference(row: rowNumber, column: 1), "row \(rowNumber) is given twice")
        continue
      }
      var column = 0
      for cell in row.children(named: "c") {
        if let given = cell["r"] {
          guard let reference = CellReference(given), reference.row == rowNumber else {
            problems.add(sheet: sheet, CellReference(row: rowNumber, column: max(column, 1)), "a cell of row \(rowNumber) is named '\(given)', which is not a cell of that row")
            continue
          }
          column = reference.column
        } else {
          column += 1
        }
        let reference = CellReference(row: rowNumber, column: column)
        guard column <= CellReference.maximumColumn, cells[reference] == nil else {
          problems.add(sheet: sheet, reference, "the cell is given twice, or lies beyond the sheet's last column")
          continue
        }
        cells[reference] = StoredCell(
          reference: reference, type: cell["t"], value: cell.child(named: "v")?.text, inline: cell.child(named: "is").map(Self.text(of:)),
          hasFormula: cell.child(named: "f") != nil)
      }
      if row.children.contains(where: { $0.name == "c" }) { rows.append(rowNumber) }
    }
    rows.sort()
  }

  /// The text of a string item (`<si>` of the shared strings, `<is>` of a cell): its `<t>`, or
  /// the `<t>` of each run (`<r>`) joined; phonetic runs (`<rPh>`) are not part of the text.
  static func text(of item: XMLElementNode) -> String {
    item.children.reduce(into: "") { text, child in
      switch child.name {
      case "t": text += child.text
      case "r": text += child.children(named: "t").map(\.text).joined()
      default: break
      }
    }
  }
}

/// Every problem found in a returned workbook, each at its cell (`answers!D17: …`); after 100, a
/// count of the rest, so that a hostile workbook cannot flood the terminal.
struct CellProblems {
  /// The most problems kept.
  static let limit = 100
  /// The workbook's path, as the user named it.
  let path: String
  private(set) var diagnostics: [Diagnostic] = []
  private var dropped = 0

  /// Creates an empty list.
  ///
  /// - Parameter path: The workbook's path.
  init(path: String) { self.path = path }

  /// Whether none was found.
  var isEmpty: Bool { diagnostics.isEmpty }

  /// Adds a problem.
  ///
  /// - Parameters:
  ///   - sheet: The sheet.
  ///   - reference: The cell, or nil for a problem of the sheet.
  ///   - message: What is wrong.
  ///   - fix: How to mend it.
  mutating func add(sheet: String, _ reference: CellReference?, _ message: String, fix: String? = nil) {
    guard diagnostics.count < Self.limit else {
      dropped += 1
      return
    }
    diagnostics.append(Diagnostic(file: path, message: sheet + (reference.map { "!\($0)" } ?? "") + ": " + message, fix: fix))
  }

  /// Throws every problem found, if any.
  func throwIfAny() throws {
    guard !diagnostics.isEmpty else { return }
    var all = diagnostics
    if dropped > 0 { all.append(Diagnostic(file: path, message: "\(dropped) more problems not shown")) }
    throw FinCyberError.invalidInput(all)
  }
}
