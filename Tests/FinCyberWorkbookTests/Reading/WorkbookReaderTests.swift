import FinCyberCore
import FinCyberTestSupport
import Foundation
import Testing

@testable import FinCyberWorkbook

/// A returned workbook read back: sheets by name, columns by header, every cell checked, every
/// problem told at its cell, the whole workbook refused on any.
@Suite struct WorkbookReaderTests {
  /// The sample bank's workbook.
  private static let written = try! Bank.workbook()
  private let sheet = XLSXSurgery.answersSheet

  /// The written workbook with one part's text changed.
  private func returned(_ part: String = XLSXSurgery.answersSheet, _ change: (String) -> String) throws -> [UInt8] {
    try XLSXSurgery.changing(Self.written, part, change)
  }

  /// The written workbook with one cell of the answers sheet replaced.
  private func returned(cell reference: String, _ cell: String) throws -> [UInt8] {
    try returned { XLSXSurgery.replacingCell(reference, with: cell, in: $0) }
  }

  private func inline(_ reference: String, _ text: String) -> String { "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }

  @Test func movedColumnsAreFoundByTheirHeader() throws {
    // Comment (H) and evidence (I) change places, headers and cells alike.
    let moved = try returned { sheet in
      sheet.replacingOccurrences(of: "r=\"H", with: "r=\"TMP").replacingOccurrences(of: "r=\"I", with: "r=\"H")
        .replacingOccurrences(of: "r=\"TMP", with: "r=\"I")
    }
    let original = try Bank.read(Self.written).rows
    let back = try Bank.read(moved).rows
    #expect(back.map(\.answer) == original.map(\.answer))
    #expect(original.contains { $0.answer.comment != nil } && original.contains { $0.answer.evidence != nil })
  }

  @Test func inlineStringsAndRichTextRunsAreReadLikeSharedStrings() throws {
    let bytes = try returned { sheet in
      let answer = XLSXSurgery.replacingCell("G2", with: inline("G2", "no"), in: sheet)
      return XLSXSurgery.replacingCell(
        "H2", with: "<c r=\"H2\" t=\"inlineStr\"><is><r><t>尚未</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 建立</t></r><rPh><t>x</t></rPh></is></c>",
        in: answer)
    }
    let row = try Bank.read(bytes).rows[0]
    #expect(row.answer.value == .no && row.answer.comment == "尚未 建立")
  }

  @Test func anEmptyAnswerCellIsTheUnansweredValue() throws {
    let row = try Bank.read(try returned(cell: "G2", "<c r=\"G2\" s=\"4\"/>")).rows[0]
    #expect(row.answer.value == .unanswered)
  }

  @Test func aFormulaIsRefusedAtItsCellInAnyColumn() throws {
    let answer = try returned(cell: "G2", "<c r=\"G2\" t=\"str\"><f>\"yes\"</f><v>yes</v></c>")
    #expect(Bank.refusal(answer) == ["answers!G2: the cell holds a formula"])
    let elsewhere = try returned(cell: "B3", "<c r=\"B3\"><f>1+1</f><v>2</v></c>")
    #expect(Bank.refusal(elsewhere) == ["answers!B3: the cell holds a formula"])
  }

  @Test func aNumberWhereAValueIsExpectedIsRefused() throws {
    #expect(Bank.refusal(try returned(cell: "G2", "<c r=\"G2\"><v>3</v></c>")) == ["answers!G2: the cell holds the number 3; a text is expected here"])
    #expect(
      Bank.refusal(try returned(cell: "H2", "<c r=\"H2\" t=\"b\"><v>1</v></c>")) == ["answers!H2: the cell holds a true/false value; a text is expected here"])
    #expect(
      Bank.refusal(try returned(cell: "G2", "<c r=\"G2\" t=\"s\"><v>99999</v></c>"))
        == ["answers!G2: the cell names a shared string that the workbook does not have; a text is expected here"])
  }

  @Test func aValueNotInTheScaleIsRefused() throws {
    #expect(
      Bank.refusal(try returned(cell: "G2", inline("G2", "maybe")))
        == ["answers!G2: 'maybe' is not an answer of questionnaire 'fsc-resilience-roadmap'"])
  }

  @Test func aRequiredTextLeftOutIsRefusedAtItsCell() throws {
    #expect(
      Bank.refusal(try returned(cell: "G2", inline("G2", "not-applicable")))
        == ["answers!K2: the answer 'not-applicable' (G2) needs a text in 'justification'"])
  }

  @Test func textsTheResponseFileCannotKeepAreRefused() throws {
    #expect(
      Bank.refusal(try returned(cell: "H2", inline("H2", "a_x0001_b")))
        == ["answers!H2: the text holds the control character U+0001, which a response file cannot keep"])
    #expect(
      Bank.refusal(try returned(cell: "H2", inline("H2", String(repeating: "字", count: 8001))))
        == ["answers!H2: the text is 8001 characters long; the response file keeps at most 8000"])
    #expect(
      Bank.refusal(try returned(cell: "L2", inline("L2", String(repeating: "x", count: 201))))
        == ["answers!L2: the name is 201 characters long; the response file keeps at most 200"])
  }

  @Test func aMissingOrDuplicatedColumnIsRefused() throws {
    #expect(Bank.refusal(try returned(cell: "H1", inline("H1", "note"))) == ["answers: no column is headed 'comment' in row 1"])
    #expect(
      Bank.refusal(try returned(cell: "I1", inline("I1", "comment")))
        == ["answers!I1: a second column is headed 'comment' (the first is H1)", "answers: no column is headed 'evidence' in row 1"])
  }

  @Test func aMissingSheetIsRefused() throws {
    let renamed = try returned("xl/workbook.xml") { $0.replacingOccurrences(of: "name=\"answers\"", with: "name=\"antworten\"") }
    #expect(
      Bank.refusal(renamed)
        == ["the workbook has no sheet named 'answers' (it has 'instructions', 'antworten', 'gaps', 'outcomes', 'fincyber', 'profile-csf')"])
  }

  @Test func aDoctypeInASheetIsRefusedBeforeAnyEntityIsRead() throws {
    let hostile = try returned { sheet in
      sheet.replacingOccurrences(of: "standalone=\"yes\"?>", with: "standalone=\"yes\"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
        .replacingOccurrences(of: "<v>72</v>", with: "<v>&x;</v>")
    }
    let error = #expect(throws: FinCyberError.self) { _ = try Bank.read(hostile) }
    #expect(error?.diagnostics.map(\.description) == [
      "back.xlsx (xl/worksheets/sheet2.xml):2:1: a DOCTYPE declaration is not allowed — remove the <!DOCTYPE …> declaration; fincyber files use XML Schema and no DTD or entities"
    ])
  }

  @Test func aHundredThousandRowsAreRefusedAsTheSheetIsRead() throws {
    let rows = (2...100_001).map { "<row r=\"\($0 + 500)\"><c r=\"A\($0 + 500)\" t=\"inlineStr\"><is><t>x</t></is></c></row>" }.joined()
    let bytes = try returned { $0.replacingOccurrences(of: "</sheetData>", with: rows + "</sheetData>") }
    let messages = Bank.refusal(bytes)
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("the document has more than ") == true)
    #expect(messages.first?.hasSuffix("elements; more rows or cells than a sheet of the questionnaire's 500 statements can have") == true)
  }

  @Test func rowsBeyondTheStatementsAreRefused() throws {
    let bytes = try XLSXSurgery.changing(try Bank.workbook(components: ["P1.BO.OV"]), sheet) { sheet in
      sheet.replacingOccurrences(of: "</sheetData>", with: "<row r=\"40\"><c r=\"A40\" t=\"inlineStr\"><is><t>P1.BO.OV.B.1</t></is></c></row></sheetData>")
    }
    let count = Bank.questionnaire.statements.filter { $0.componentID == "P1.BO.OV" }.count
    #expect(Bank.refusal(bytes) == ["answers!A40: the sheet has more rows than the \(count) statements it was written with"])
  }

  @Test func statementsUnknownOutsideTheComponentsOrGivenTwiceAreRefused() throws {
    #expect(
      Bank.refusal(try returned(cell: "A2", inline("A2", "P9.NO.PE.B.1"))) == ["answers!A2: 'P9.NO.PE.B.1' is not a statement of questionnaire 'fsc-resilience-roadmap'"])
    #expect(Bank.refusal(try returned(cell: "A3", inline("A3", "P1.BO.OV.B.1"))) == ["answers!A3: 'P1.BO.OV.B.1' is given twice (first in answers!A2)"])
    let limited = try XLSXSurgery.changing(try Bank.workbook(components: ["P1.BO.OV"]), sheet) {
      XLSXSurgery.replacingCell("A2", with: inline("A2", "P2.SD.SS.B.1"), in: $0)
    }
    #expect(Bank.refusal(limited) == ["answers!A2: 'P2.SD.SS.B.1' is not one of the statements this workbook was written with"])
  }

  @Test func aChangedFingerprintIsRefused() throws {
    #expect(
      Bank.refusal(try returned(cell: "N2", "<c r=\"N2\" s=\"3\"/>"))
        == ["answers!N2: the hidden fingerprint of 'P1.BO.OV.B.1' is missing or was changed"])
  }

  @Test func aWorkbookOfAnotherQuestionnaireVersionIsRefusedAsSuch() throws {
    let other = try returned("xl/sharedStrings.xml") { $0.replacingOccurrences(of: "<t>\(Bank.questionnaire.version)</t>", with: "<t>9.9.9</t>") }
    let error = #expect(throws: FinCyberError.self) { _ = try Bank.read(other) }
    #expect(error?.diagnostics.first?.kind == .answersAnotherQuestionnaire)
    #expect(error?.diagnostics.first?.message == "the workbook answers questionnaire 'fsc-resilience-roadmap' version 9.9.9, not 'fsc-resilience-roadmap' version \(Bank.questionnaire.version)")
  }

  @Test func aHiddenSheetThatIsNotFincybersIsRefused() throws {
    let other = try returned("xl/sharedStrings.xml") { $0.replacingOccurrences(of: "<t>\(WorkbookLayout.format)</t>", with: "<t>something-else</t>") }
    #expect(Bank.refusal(other) == [
      "the hidden sheet 'fincyber' does not say what the workbook was written from; it was not written by fincyber, or the sheet was changed"
    ])
  }

  @Test func strictOpenXMLIsRefusedWithTheWayOut() throws {
    let strict = try returned("xl/workbook.xml") {
      $0.replacingOccurrences(of: "http://schemas.openxmlformats.org/spreadsheetml/2006/main", with: "http://purl.oclc.org/ooxml/spreadsheetml/main")
    }
    let error = #expect(throws: FinCyberError.self) { _ = try Bank.read(strict) }
    #expect(error?.diagnostics.first?.fix == "save the workbook as an Excel Workbook (.xlsx); Strict Open XML and other formats are not read")
  }

  @Test func everyProblemIsToldUpToAHundredThenCounted() throws {
    let bytes = try returned { sheet in
      sheet.replacingOccurrences(of: "<c r=\"G([0-9]+)\" s=\"4\" t=\"s\"><v>[0-9]+</v></c>", with: "<c r=\"G$1\"><v>1</v></c>", options: .regularExpression)
    }
    let messages = Bank.refusal(bytes)
    #expect(messages.count == 101)
    #expect(messages[0] == "answers!G2: the cell holds the number 1; a text is expected here")
    #expect(messages[100] == "\(Bank.questionnaire.statements.count - 100) more problems not shown")
  }
}
