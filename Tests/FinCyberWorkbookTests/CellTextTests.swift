import FinCyberCore
import Testing

@testable import FinCyberWorkbook

/// Text into cells and back: formulas neutralised as in the CSV, every text back as it was.
@Suite struct CellTextTests {
  @Test(arguments: [
    "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx", "＝1+1", "＋1", "－1", "＠x",
  ])
  func aFormulaLeadGetsAnApostropheAndReadsBackWithout(_ text: String) {
    #expect(CellText.written(text) == "'" + text)
    #expect(CellText.read(CellText.written(text)) == text)
  }

  @Test(arguments: ["plain", "'quoted", "''", "'", "it's", "'=x", "''+1", "", "寶島銀行", "e\u{301}=", "a_x0041_b", "_x005F_", "_x00"])
  func everyTextReadsBackAsItWasWritten(_ text: String) {
    #expect(CellText.read(CellText.written(text)) == text)
  }

  @Test func aTextThatStartsWithAnApostropheBeforeAFormulaKeepsItsOwn() {
    // Without the second apostrophe, reading would take the text's own one off.
    #expect(CellText.written("'=x") == "''=x")
    #expect(CellText.written("'plain") == "'plain")
  }

  @Test func aCellWhoseApostropheASpreadsheetKeptApartReadsAsTheText() {
    // Excel stores '=x typed by a person as the text =x: it reads as that text.
    #expect(CellText.read("=x") == "=x")
  }

  @Test func ooxmlEscapesAreDecodedAndLiteralOnesKept() {
    #expect(CellText.read("a_x000D_b") == "a\rb")
    #expect(CellText.read("_xD83D__xDE00_") == "😀")
    #expect(CellText.read("_x005F_x0041_") == "_x0041_")
    #expect(CellText.written("_x0041_") == "_x005F_x0041_")
    #expect(CellText.read("_xZZZZ_") == "_xZZZZ_")
  }
}

/// Cell references as a spreadsheet writes them.
@Suite struct CellReferenceTests {
  @Test func referencesReadAndWriteBack() throws {
    for (text, row, column) in [("A1", 1, 1), ("Z9", 9, 26), ("AA10", 10, 27), ("XFD1048576", 1_048_576, 16_384)] {
      let reference = try #require(CellReference(text))
      #expect(reference.row == row && reference.column == column)
      #expect(reference.description == text)
    }
  }

  @Test(arguments: ["", "A", "1", "A0", "a1", "XFE1", "A1048577", "A01", "1A", "A1B", "ＡＢ1"])
  func whatIsNotAReferenceIsRefused(_ text: String) {
    #expect(CellReference(text) == nil)
  }
}
