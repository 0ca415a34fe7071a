import FinCyberCore
import FinCyberTestSupport
import Foundation
import Testing

/// The workbook as a control owner meets it: written by `fincyber workbook`, opened in LibreOffice,
/// edited by a script through openpyxl (a library that reads and writes .xlsx as Excel does), and
/// applied back by `import-workbook`: the response file then holds exactly the changes made in the
/// sheet, each with who made it.
struct WorkbookRoundTripTests {
  /// A comment a spreadsheet would run as a formula, put into the sample before the export.
  static let hostileComment = "=HYPERLINK(\"http://evil.example/\",\"click\")"

  /// Edits the answers sheet of a workbook with openpyxl: each statement's row (found by its id in
  /// the column headed `statement`) gets the given text in the columns named by their keys.
  private static let edit = """
    import json, sys, openpyxl
    source, target, changes = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    book = openpyxl.load_workbook(source)
    sheet = book["answers"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    done = set()
    for row in sheet.iter_rows(min_row=2):
        statement = row[columns["statement"] - 1].value
        for key, text in changes.get(statement, {}).items():
            sheet.cell(row=row[0].row, column=columns[key]).value = text
            done.add(statement)
    if done != set(changes):
        sys.exit("rows not found: " + ", ".join(sorted(set(changes) - done)))
    book.save(target)
    """

  /// The bundled questionnaire.
  private static func questionnaire() throws -> Questionnaire {
    try Loader.questionnaire(BundledFiles.defaultQuestionnaire, path: "questionnaire.xml")
  }

  /// The sample bank in a folder, with the hostile comment on its first answer.
  private static func files() throws -> WorkbookFiles {
    let files = try WorkbookFiles()
    let path = files.path("bank.xml")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let answer = "<answer statement=\"P1.BO.OV.B.1\" value=\"yes\"/>"
    #expect(text.contains(answer))
    let escaped = hostileComment.replacingOccurrences(of: "\"", with: "&quot;")
    try text.replacingOccurrences(of: answer, with: "<answer statement=\"P1.BO.OV.B.1\" value=\"yes\"><comment>\(escaped)</comment></answer>")
      .write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    return files
  }

  @Test(.enabled(if: Tools.openpyxlPython != nil, "no python3 on the PATH can import openpyxl"))
  func answersChangedInTheSheetAreExactlyTheChangesInTheResponseFileWithTheOwnerRecorded() throws {
    let files = try Self.files()
    defer { files.remove() }
    try files.writeWorkbook()
    let questionnaire = try Self.questionnaire()
    let before = try Loader.responses(at: files.path("bank.xml"), for: questionnaire)
    // Four answered statements the sample answers "yes" with no text, after the first.
    let chosen = questionnaire.statements.map(\.id).filter { id in
      guard let answer = before.answers[id] else { return false }
      return answer.value == .yes && answer.comment == nil && answer.evidence == nil && !answer.trail.carried
    }.dropFirst().prefix(4)
    #expect(chosen.count == 4)
    let ids = Array(chosen)
    let edits: [String: [String: String]] = [
      ids[0]: ["answer": "no", "comment": "The 2026 test found no restore drill"],
      ids[1]: ["answer": "not-applicable", "justification": "No such system: 營運持續 is outsourced"],
      ids[2]: ["evidence": "SharePoint IT/2026Q4/backup-report.pdf"],
      ids[3]: ["answer": "no", "answered-by": "陳美玲 (BCP)"],
    ]
    let json = String(decoding: try JSONEncoder().encode(edits), as: UTF8.self)
    let edited = try Tools.run(Tools.openpyxlPython!, ["-c", Self.edit, files.path("book.xlsx"), files.path("back.xlsx"), json])
    #expect(edited.status == 0, "\(edited.error)")

    let result = try files.fincyber(["import-workbook", "--responses", "bank.xml", "back.xlsx"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasSuffix("updated bank.xml: 4 answers changed, by IT operations (3), 陳美玲 (BCP) (1)\n"), "\(result.output)")
    let mode = try FileManager.default.attributesOfItem(atPath: files.path("bank.xml"))[.posixPermissions] as? Int
    #expect(mode == 0o600)

    let after = try Loader.responses(at: files.path("bank.xml"), for: questionnaire)
    var expected = before
    for (index, id) in ids.enumerated() {
      var answer = before.answers[id]!
      switch index {
      case 0:
        answer.value = .no
        answer.comment = "The 2026 test found no restore drill"
      case 1:
        answer.value = .notApplicable
        answer.justification = "No such system: 營運持續 is outsourced"
      case 2: answer.evidence = "SharePoint IT/2026Q4/backup-report.pdf"
      default: answer.value = .no
      }
      answer.trail.answeredBy = index == 3 ? "陳美玲 (BCP)" : "IT operations"
      let at = after.answers[id]?.trail.answeredAt ?? ""
      #expect(at.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00/) != nil, "\(at)")
      answer.trail.answeredAt = at
      expected.answers[id] = answer
    }
    // Everything else (the other 445 answers, the hostile comment among them, the profile, the
    // outcomes) is as it was: the two files are the same once written alike.
    let writer = ResponsesWriter(questionnaire: questionnaire, language: .traditionalChinese)
    #expect(try writer.xml(after) == writer.xml(expected))
    #expect(after.answers["P1.BO.OV.B.1"]?.comment == Self.hostileComment)
  }

  @Test(.enabled(if: Tools.python != nil, "python3 is not installed"))
  func anAnswerChangedInTheFileSinceTheExportIsKeptUnlessForceIsGiven() throws {
    let files = try WorkbookFiles()
    defer { files.remove() }
    try files.writeWorkbook()
    try files.change([.cell("G2", WorkbookFiles.inline("G2", "no"))], into: "back.xlsx")
    // The CISO comments on the same answer after sending the workbook.
    let path = files.path("bank.xml")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(
      of: "<answer statement=\"P1.BO.OV.B.1\" value=\"yes\"/>",
      with: "<answer statement=\"P1.BO.OV.B.1\" value=\"yes\"><comment>Board minutes of 2026-11-20</comment></answer>"
    ).write(toFile: path, atomically: true, encoding: .utf8)
    let before = try files.snapshot("bank.xml")

    let refused = try files.fincyber(["import-workbook", "--responses", "bank.xml", "back.xlsx"])
    #expect(refused.status == 1)
    #expect(refused.error.contains(
      "back.xlsx: answers!G2: the answer to 'P1.BO.OV.B.1' was changed in the response file after this workbook was written (it is now 'yes'); "
        + "the workbook's 'no' would overwrite it — write a new workbook from the response file as it stands, or apply this one over that change: "
        + "pass --force to apply the workbook's answers over those changes"), "\(refused.error)")
    let after = try files.snapshot("bank.xml")
    #expect(after.0 == before.0 && after.1 == before.1)

    let forced = try files.fincyber(["import-workbook", "--responses", "bank.xml", "back.xlsx", "--force"])
    #expect(forced.status == 0, "\(forced.error)")
    let answer = try Loader.responses(at: path, for: Self.questionnaire()).answers["P1.BO.OV.B.1"]
    #expect(answer?.value == .no && answer?.trail.answeredBy == "IT operations")
  }

  @Test(.enabled(if: Tools.soffice != nil, "LibreOffice is not installed"))
  func libreOfficeOpensTheWorkbookAndShowsEveryRowWithFormulasAsText() throws {
    let files = try Self.files()
    defer { files.remove() }
    try files.writeWorkbook()
    // Every sheet to CSV (the last field, -1), in a profile of the test's own so that a running
    // LibreOffice does not take the job.
    let result = try Tools.run(
      Tools.soffice!,
      [
        "-env:UserInstallation=file://" + files.path("profile"), "--headless", "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", files.path("csv"),
        files.path("book.xlsx"),
      ])
    #expect(result.status == 0, "\(result.error)")
    let answers = try String(contentsOfFile: files.path("csv/book-answers.csv"), encoding: .utf8)
    let rows = answers.split(separator: "\n")
    #expect(rows.count == 1 + 500)
    #expect(rows.first == "statement,component,level,baseline,text:zh-TW,text:en,answer,comment,evidence,compensating-control,justification,answered-by,carried,fingerprint")
    // The hostile comment is shown as text, its apostrophe before it, and never run.
    let first = rows.first { $0.hasPrefix("P1.BO.OV.B.1,") }.map(String.init) ?? ""
    #expect(first.contains(",yes,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\","), "\(first)")
    #expect(!first.contains(",click,"))
    for sheet in ["instructions", "gaps", "outcomes"] {
      #expect(FileManager.default.fileExists(atPath: files.path("csv/book-\(sheet).csv")))
    }
    let instructions = try String(contentsOfFile: files.path("csv/book-instructions.csv"), encoding: .utf8)
    #expect(instructions.contains("填寫方式") && instructions.contains("How to fill in"))
  }
}
