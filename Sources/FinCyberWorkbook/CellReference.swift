/// A cell's place in a sheet, as a spreadsheet names it: `D17` is column 4 (D), row 17.
struct CellReference: Hashable, Comparable, CustomStringConvertible {
  /// The most rows a sheet has (Excel's and LibreOffice's limit).
  static let maximumRow = 1_048_576
  /// The most columns a sheet has (XFD).
  static let maximumColumn = 16_384

  /// The row, from 1.
  var row: Int
  /// The column, from 1 (A).
  var column: Int

  /// Creates a reference.
  ///
  /// - Parameters:
  ///   - row: The row, from 1.
  ///   - column: The column, from 1.
  init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Reads a reference such as `AB12`; nil unless it is one, within a sheet's limits.
  ///
  /// - Parameter text: The reference, column letters then row digits.
  init?(_ text: String) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A where digits == 0:
        letters += 1
        guard letters <= 3 else { return nil }
        column = column * 26 + Int(scalar.value - 0x40)
      case 0x30...0x39 where letters > 0:
        guard !(digits == 0 && scalar == "0"), digits < 7 else { return nil }
        digits += 1
        row = row * 10 + Int(scalar.value - 0x30)
      default:
        return nil
      }
    }
    guard digits > 0, (1...Self.maximumRow).contains(row), (1...Self.maximumColumn).contains(column) else { return nil }
    self.init(row: row, column: column)
  }

  /// The column's letters: 1 → `A`, 27 → `AA`.
  ///
  /// - Parameter column: The column, from 1.
  static func letters(_ column: Int) -> String {
    var remaining = column
    var scalars: [Unicode.Scalar] = []
    while remaining > 0 {
      let digit = (remaining - 1) % 26
      scalars.insert(Unicode.Scalar(UInt8(0x41 + digit)), at: 0)
      remaining = (remaining - 1) / 26
    }
    return String(String.UnicodeScalarView(scalars))
  }

  var description: String { Self.letters(column) + String(row) }

  static func < (lhs: CellReference, rhs: CellReference) -> Bool { (lhs.row, lhs.column) < (rhs.row, rhs.column) }
}
