import FinCyberCore
import FinCyberReports

extension WorkbookContent {
  /// One sheet per crosswalk framework the model declares (`profile-csf` for NIST CSF 2.0): the
  /// profile derived from the answers as they stood when the workbook was written, one row per
  /// item of the framework, as in `profile-<framework>.csv` (the counts as numbers). None for a
  /// model without a crosswalk.
  func writeProfiles(into book: inout XLSXBook) {
    for framework in questionnaire.crosswalks {
      let rows: [[TableCell]] = ProfileCSV.rows(assessment, framework: framework, language: language).map { row in
        row.enumerated().map { index, cell in
          ["met", "applicable"].contains(ProfileCSV.columns[index]) ? .number(Double(cell)) : .text(cell)
        }
      }
      let widths: [Double] = [24, 36, 14, 30, 8, 12, 22, 22]
      book.readingTable(
        WorkbookLayout.Sheet.profilePrefix + framework.id,
        columns: zip(ProfileCSV.columns, widths).map { (key: $0, width: $1) }, rows: rows)
    }
  }
}
