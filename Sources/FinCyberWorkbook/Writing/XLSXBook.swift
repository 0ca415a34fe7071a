import CXLSXWriter
import FinCyberCore
import Foundation

/// An `.xlsx` being written with libxlsxwriter.
///
/// A book and its sheets exist only inside ``make(_:)``, which owns every C pointer: it creates
/// the workbook, hands the book to the body, then closes the workbook (which writes the file and
/// frees every sheet and format) whatever the body did. Keep no copy of a book or a sheet.
///
/// libxlsxwriter 1.1 writes to a named file only: the file, and the library's own temporary files,
/// go into a new folder that only this user can open (`mkdtemp`, mode 0700), which is removed
/// before ``make(_:)`` returns; the caller gets the bytes and writes them where they belong.
struct XLSXBook {
  /// How a cell looks.
  enum Style: CaseIterable {
    /// A column's key in a header row: bold, on a grey band.
    case header
    /// A cell to read, on a grey background, its text wrapped.
    case reading
    /// A cell to fill in: text format (so that what is typed stays text), wrapped.
    case editable
    /// A title or heading on the instructions sheet: bold.
    case heading
    /// Plain text, wrapped.
    case plain
  }

  private let workbook: UnsafeMutablePointer<lxw_workbook>
  private let formats: [Style: UnsafeMutablePointer<lxw_format>]
  /// The first failure libxlsxwriter reported, if any.
  fileprivate(set) var failure: String?

  private init(workbook: UnsafeMutablePointer<lxw_workbook>) {
    self.workbook = workbook
    var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]
    for style in Style.allCases {
      guard let format = workbook_add_format(workbook) else { continue }
      switch style {
      case .header:
        format_set_bold(format)
        format_set_bg_color(format, 0xD9D9D9)
        format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
      case .reading:
        format_set_bg_color(format, 0xF2F2F2)
        format_set_text_wrap(format)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
      case .editable:
        format_set_num_format(format, "@")
        format_set_text_wrap(format)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
      case .heading:
        format_set_bold(format)
      case .plain:
        format_set_text_wrap(format)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
      }
      formats[style] = format
    }
    self.formats = formats
  }

  /// Builds a workbook and returns its bytes.
  ///
  /// - Parameter body: Adds the sheets.
  /// - Throws: `FinCyberError.cannotWrite` (named `workbook`) when libxlsxwriter fails, or what
  ///   `body` throws.
  static func make(_ body: (inout XLSXBook) throws -> Void) throws -> [UInt8] {
    let folder = try privateFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/workbook.xlsx"
    guard let tmpdir = strdup(folder) else { throw FinCyberError.cannotWrite(path: "workbook", reason: "out of memory") }
    defer { free(tmpdir) }
    var options = lxw_workbook_options()
    options.tmpdir = tmpdir
    guard let workbook = workbook_new_opt(file, &options) else {
      throw FinCyberError.cannotWrite(path: "workbook", reason: "libxlsxwriter could not start a workbook")
    }
    var book = XLSXBook(workbook: workbook)
    var thrown: Error?
    do { try body(&book) } catch { thrown = error }
    // Closing writes the file and frees the workbook with its sheets and formats, in every case.
    let closed = workbook_close(workbook)
    if let thrown { throw thrown }
    if let failure = book.failure { throw FinCyberError.cannotWrite(path: "workbook", reason: failure) }
    guard closed == LXW_NO_ERROR else { throw FinCyberError.cannotWrite(path: "workbook", reason: Self.reason(closed)) }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw FinCyberError.cannotWrite(path: "workbook", reason: "the workbook written could not be read back")
    }
    return [UInt8](data)
  }

  /// Adds a sheet and fills it.
  ///
  /// - Parameters:
  ///   - name: The sheet's name.
  ///   - hidden: Whether it is hidden (it is never the first sheet).
  ///   - body: Writes the sheet's cells.
  mutating func sheet(_ name: String, hidden: Bool = false, _ body: (inout XLSXSheet) -> Void) {
    guard failure == nil else { return }
    guard let worksheet = workbook_add_worksheet(workbook, name) else {
      failure = "libxlsxwriter could not add the sheet '\(name)'"
      return
    }
    if hidden { worksheet_hide(worksheet) }
    var sheet = XLSXSheet(worksheet: worksheet, formats: formats)
    body(&sheet)
    failure = failure ?? sheet.failure
  }

  /// libxlsxwriter's words for an error.
  fileprivate static func reason(_ error: lxw_error) -> String {
    lxw_strerror(error).map { String(cString: $0) } ?? "libxlsxwriter error \(error.rawValue)"
  }

  /// A new folder only this user can open, in the system's temporary folder.
  private static func privateFolder() throws -> String {
    var template = Array((FileManager.default.temporaryDirectory.path + "/fincyber-workbook-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
    guard made != nil else {
      throw FinCyberError.cannotWrite(path: "workbook", reason: "no temporary folder could be made: " + String(cString: strerror(errno)))
    }
    return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// One sheet of an ``XLSXBook``, while its body runs. Rows and columns count from 0, as in
/// libxlsxwriter.
struct XLSXSheet {
  private let worksheet: UnsafeMutablePointer<lxw_worksheet>
  private let formats: [XLSXBook.Style: UnsafeMutablePointer<lxw_format>]
  /// The first failure libxlsxwriter reported, if any.
  fileprivate(set) var failure: String?

  fileprivate init(worksheet: UnsafeMutablePointer<lxw_worksheet>, formats: [XLSXBook.Style: UnsafeMutablePointer<lxw_format>]) {
    self.worksheet = worksheet
    self.formats = formats
  }

  private mutating func check(_ result: lxw_error, _ what: @autoclosure () -> String) {
    if result != LXW_NO_ERROR && failure == nil { failure = what() + ": " + XLSXBook.reason(result) }
  }

  /// Writes a text as a string cell (never a formula), through ``CellText/written(_:)``.
  ///
  /// - Parameters:
  ///   - row: The row.
  ///   - column: The column.
  ///   - text: The text; nothing is written for an empty one but the style.
  ///   - style: How the cell looks.
  mutating func text(_ row: Int, _ column: Int, _ text: String, _ style: XLSXBook.Style = .plain) {
    if text.isEmpty {
      check(worksheet_write_blank(worksheet, lxw_row_t(row), lxw_col_t(column), formats[style]), "cell \(row + 1):\(column + 1)")
      return
    }
    check(
      worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column), CellText.written(text), formats[style]),
      "cell \(row + 1):\(column + 1)")
  }

  /// Writes a number cell.
  ///
  /// - Parameters:
  ///   - row: The row.
  ///   - column: The column.
  ///   - value: The number.
  ///   - style: How the cell looks.
  mutating func number(_ row: Int, _ column: Int, _ value: Double, _ style: XLSXBook.Style = .plain) {
    check(worksheet_write_number(worksheet, lxw_row_t(row), lxw_col_t(column), value, formats[style]), "cell \(row + 1):\(column + 1)")
  }

  /// Sets a column's width and the style of its empty cells, and hides it if asked.
  ///
  /// - Parameters:
  ///   - column: The column.
  ///   - width: The width, in characters of the default font.
  ///   - style: The style a cell typed into the column gets.
  ///   - hidden: Whether the column is hidden.
  mutating func column(_ column: Int, width: Double, _ style: XLSXBook.Style? = nil, hidden: Bool = false) {
    var options = lxw_row_col_options()
    options.hidden = hidden ? 1 : 0
    check(
      worksheet_set_column_opt(worksheet, lxw_col_t(column), lxw_col_t(column), width, style.flatMap { formats[$0] }, &options),
      "column \(column + 1)")
  }

  /// Keeps the first rows and columns in view while scrolling.
  ///
  /// - Parameters:
  ///   - rows: How many rows stay.
  ///   - columns: How many columns stay.
  func freeze(rows: Int, columns: Int) { worksheet_freeze_panes(worksheet, lxw_row_t(rows), lxw_col_t(columns)) }

  /// Puts filter buttons on the first row over a range.
  ///
  /// - Parameters:
  ///   - lastRow: The range's last row.
  ///   - lastColumn: The range's last column.
  mutating func filter(lastRow: Int, lastColumn: Int) {
    check(worksheet_autofilter(worksheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)), "the filter")
  }

  /// Limits a column's cells to the values of a range (a drop-down), with a prompt and an error
  /// message; anything else typed is refused by the spreadsheet program.
  ///
  /// - Parameters:
  ///   - rows: The rows limited.
  ///   - column: The column.
  ///   - source: The range that holds the values, e.g. `=fincyber!$B$12:$B$16`.
  ///   - title: The prompt's title (at most 32 characters; left out when longer).
  ///   - prompt: The prompt (at most 255 characters; left out when longer).
  ///   - error: The message shown when another value is typed (at most 255 characters).
  mutating func dropDown(rows: ClosedRange<Int>, column: Int, source: String, title: String, prompt: String, error: String) {
    var strings: [UnsafeMutablePointer<CChar>] = []
    defer { strings.forEach { free($0) } }
    /// A C copy of a text that libxlsxwriter reads during the call, or nil when it is over its limit.
    func copy(_ text: String, limit: Int) -> UnsafeMutablePointer<CChar>? {
      guard text.unicodeScalars.count <= limit, let pointer = strdup(text) else { return nil }
      strings.append(pointer)
      return pointer
    }
    var validation = lxw_data_validation()
    validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
    validation.value_formula = copy(source, limit: 255)
    validation.input_title = copy(title, limit: 32)
    validation.input_message = copy(prompt, limit: 255)
    validation.error_title = copy(title, limit: 32)
    validation.error_message = copy(error, limit: 255)
    validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
    check(
      worksheet_data_validation_range(
        worksheet, lxw_row_t(rows.lowerBound), lxw_col_t(column), lxw_row_t(rows.upperBound), lxw_col_t(column), &validation),
      "the drop-down of column \(column + 1)")
  }
}
