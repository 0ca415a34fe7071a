import Foundation
import Testing

/// Hostile workbooks, as anyone on the mail path could return them: each is refused by
/// `import-workbook` with what is wrong and where, and the response file is left exactly as it was.
@Suite(.enabled(if: Tools.python != nil, "python3 is not installed"))
struct WorkbookHostileTests {
  /// Writes the workbook, makes the hostile one, imports it; the refusal's message, after checking
  /// that it was refused and nothing was written.
  private func refusal(_ changes: [WorkbookFiles.Change], check: (WorkbookFiles) throws -> Void = { _ in }) throws -> String {
    let files = try WorkbookFiles()
    defer { files.remove() }
    try files.writeWorkbook()
    try files.change(changes, into: "back.xlsx")
    try check(files)
    let before = try files.snapshot("bank.xml")
    let listing = try files.listing()
    let result = try files.fincyber(["import-workbook", "--responses", "bank.xml", "back.xlsx"])
    #expect(result.status == 1, "\(result.output)")
    #expect(result.output.isEmpty)
    let after = try files.snapshot("bank.xml")
    #expect(after.0 == before.0 && after.1 == before.1)
    #expect(try files.listing() == listing)
    return result.error
  }

  /// A zip bomb: a small file whose entry declares 200 MB inflated, refused before it is inflated.
  @Test func aZipBomb() throws {
    let message = try refusal([.add(name: "xl/media/image1.png", zeros: 200_000_000)]) { files in
      let size = try FileManager.default.attributesOfItem(atPath: files.path("back.xlsx"))[.size] as! Int
      #expect(size < 1_000_000)
    }
    #expect(message.contains("back.xlsx: the entry 'xl/media/image1.png' declares 200000000 bytes inflated, over the limit of 16 MiB; it was not inflated"))
  }

  @Test func anEntryNamedOutOfTheArchive() throws {
    let message = try refusal([.addText(name: "../../evil.xml", text: "<x/>")])
    #expect(message.contains("back.xlsx: the archive holds an entry named '../../evil.xml', which climbs out of the archive with '..'"))
  }

  @Test func anExternalEntityInASheet() throws {
    let message = try refusal([
      .replace(
        part: "xl/worksheets/sheet2.xml", pattern: "standalone=\"yes\"\\?>",
        with: "standalone=\"yes\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
      .cell("H2", "<c r=\"H2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"),
    ])
    #expect(message.contains("back.xlsx (xl/worksheets/sheet2.xml):2:1: a DOCTYPE declaration is not allowed"))
    #expect(!message.contains("root:"))
  }

  @Test func aHundredThousandRows() throws {
    let rows = (1...100_000).map { "<row r=\"\($0 + 500)\"><c r=\"A\($0 + 500)\" t=\"inlineStr\"><is><t>P1.BO.OV.B.1</t></is></c></row>" }.joined()
    let message = try refusal([.replace(part: "xl/worksheets/sheet2.xml", pattern: "</sheetData>", with: rows + "</sheetData>")])
    #expect(message.contains("back.xlsx (xl/worksheets/sheet2.xml):"))
    #expect(message.contains("elements; more rows or cells than a sheet of the questionnaire's 500 statements can have"))
  }

  @Test func aNumberWhereAnAnswerValueIsExpected() throws {
    let message = try refusal([.cell("G2", "<c r=\"G2\"><v>3</v></c>")])
    #expect(message.contains("back.xlsx: answers!G2: the cell holds the number 3; a text is expected here — format the cell as text and type it again"))
  }

  @Test func aValueNotInTheAnswerScale() throws {
    let message = try refusal([.cell("G2", WorkbookFiles.inline("G2", "maybe"))])
    #expect(message.contains(
      "back.xlsx: answers!G2: 'maybe' is not an answer of questionnaire 'fsc-resilience-roadmap' — choose one of: yes, yes-compensating, no, not-applicable, unanswered"))
  }

  @Test func aFormula() throws {
    let message = try refusal([.cell("H2", "<c r=\"H2\" t=\"str\"><f>HYPERLINK(\"http://evil.example/\",\"x\")</f><v>x</v></c>")])
    #expect(message.contains("back.xlsx: answers!H2: the cell holds a formula — type the value itself: a returned workbook may hold no formula"))
  }

  @Test func aMissingColumn() throws {
    let message = try refusal([.cell("H1", WorkbookFiles.inline("H1", "note"))])
    #expect(message.contains("back.xlsx: answers: no column is headed 'comment' in row 1"))
  }

  @Test func aMissingSheet() throws {
    let message = try refusal([.replace(part: "xl/workbook.xml", pattern: "name=\"answers\"", with: "name=\"Sheet1\"")])
    #expect(message.contains("back.xlsx: the workbook has no sheet named 'answers'"))
  }

  @Test func manyProblemsAreAllToldAndNothingIsWritten() throws {
    let message = try refusal([
      .cell("G2", WorkbookFiles.inline("G2", "maybe")), .cell("G3", WorkbookFiles.inline("G3", "not-applicable")),
      .cell("A4", WorkbookFiles.inline("A4", "P1.BO.OV.B.1")),
    ])
    #expect(message.split(separator: "\n").count == 3)
    #expect(message.contains("answers!K3: the answer 'not-applicable' (G3) needs a text in 'justification'"))
    #expect(message.contains("answers!A4: 'P1.BO.OV.B.1' is given twice (first in answers!A2)"))
  }
}
