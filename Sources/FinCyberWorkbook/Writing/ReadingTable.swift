/// A cell of a sheet that is only read: a text, or a number (nil for none).
enum TableCell {
  case text(String)
  case number(Double?)
}

extension XLSXBook {
  /// Adds a sheet that is only read: a header row of column keys, kept in view and with filters,
  /// then the rows.
  ///
  /// - Parameters:
  ///   - name: The sheet's name.
  ///   - columns: Each column's key and width.
  ///   - rows: The rows' cells, one per column.
  mutating func readingTable(_ name: String, columns: [(key: String, width: Double)], rows: [[TableCell]]) {
    sheet(name) { sheet in
      for (index, column) in columns.enumerated() {
        sheet.text(0, index, column.key, .header)
        sheet.column(index, width: column.width, .reading)
      }
      for (offset, cells) in rows.enumerated() {
        for (index, cell) in cells.enumerated() {
          switch cell {
          case .text(let text): sheet.text(offset + 1, index, text, .reading)
          case .number(let value?): sheet.number(offset + 1, index, value, .reading)
          case .number(nil): sheet.text(offset + 1, index, "", .reading)
          }
        }
      }
      sheet.freeze(rows: 1, columns: 1)
      sheet.filter(lastRow: rows.count, lastColumn: columns.count - 1)
    }
  }
}
