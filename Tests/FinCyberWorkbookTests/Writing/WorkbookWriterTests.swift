import FinCyberCore
import FinCyberTestSupport
import Foundation
import Testing

@testable import FinCyberWorkbook

/// The workbook as written: its sheets, the answers sheet's columns, drop-down, frozen header,
/// filters and hidden fingerprint, neutralised texts, and a scope of components.
@Suite struct WorkbookWriterTests {
  @Test func theAnswersSheetHasARowPerStatementAndReadsBackAsTheFileHoldsIt() throws {
    let bytes = try Bank.workbook()
    let back = try Bank.read(bytes)
    #expect(back.rows.count == Bank.questionnaire.statements.count)
    #expect(back.owner == "IT operations" && back.components == nil)
    #expect(back.period == Bank.responses.period && back.institutionName == Bank.responses.institution.name)
    let scale = Bank.questionnaire.answerScale
    for row in back.rows {
      let answer = Bank.responses.answers[row.answer.statementID]
      #expect(row.answer.value == scale.meaning(of: answer).value)
      #expect(row.answer.comment == answer?.comment && row.answer.evidence == answer?.evidence)
      #expect(row.answer.justification == answer?.justification && row.answer.compensatingControl == answer?.compensatingControl)
      #expect(row.fingerprint == AnswerFingerprint.of(row.answer.statementID, answer, scale))
    }
  }

  @Test func theSheetsAreNamedAndTheAboutSheetIsHidden() throws {
    let workbook = try XLSXSurgery.text(try Bank.workbook(), "xl/workbook.xml")
    for name in ["instructions", "answers", "gaps", "outcomes"] { #expect(workbook.contains("name=\"\(name)\"")) }
    #expect(workbook.contains("name=\"fincyber\" sheetId=\"5\" state=\"hidden\""))
  }

  @Test func eachCrosswalkGetsAProfileSheetWithTheProfileCSVsRows() throws {
    let bytes = try Bank.workbook()
    let workbook = try XLSXSurgery.text(bytes, "xl/workbook.xml")
    #expect(workbook.contains("name=\"profile-csf\" sheetId=\"6\""))
    let sheet = try XLSXSurgery.text(bytes, "xl/worksheets/sheet6.xml")
    // A header and one row for each of CSF 2.0's 106 subcategories, the counts as numbers.
    #expect(sheet.components(separatedBy: "<row ").count - 1 == 107)
    #expect(sheet.contains("<autoFilter ref=\"A1:H107\"/>"))
    let strings = try XLSXSurgery.text(bytes, "xl/sharedStrings.xml")
    for id in ["GV.OC-01", "RS.MI-02", "fully-implemented", "largely-implemented"] { #expect(strings.contains("<t>\(id)</t>"), "\(id)") }
    var bare = Bank.questionnaire
    bare.crosswalks = []
    let plain = try WorkbookWriter(questionnaire: bare, language: .english).xlsx(Bank.responses, writtenAt: Bank.writtenAt)
    #expect(try !XLSXSurgery.text(plain, "xl/workbook.xml").contains("profile-"), "a model without a crosswalk gets no profile sheet")
  }

  @Test func theAnswerColumnIsADropDownOfTheScaleWithTheHeaderFrozenFilteredAndTheFingerprintHidden() throws {
    let bytes = try Bank.workbook()
    let sheet = try XLSXSurgery.text(bytes, XLSXSurgery.answersSheet)
    let last = Bank.questionnaire.statements.count + 1
    let answer = Bank.column("answer")
    #expect(sheet.contains("<dataValidation type=\"list\""))
    #expect(sheet.contains("sqref=\"\(answer)2:\(answer)\(last)\"><formula1>fincyber!$B$11:$B$15</formula1>"))
    #expect(sheet.contains("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" state=\"frozen\"/>"))
    #expect(sheet.contains("<autoFilter ref=\"A1:N\(last)\"/>"))
    #expect(sheet.contains("<col min=\"14\" max=\"14\" width=\"14.7109375\" style=\"3\" hidden=\"1\" customWidth=\"1\"/>"))
    // The range holds exactly the model's values, in its order.
    let about = try XLSXSurgery.text(bytes, "xl/sharedStrings.xml")
    let values = Bank.questionnaire.answerScale.meanings.map(\.value.rawValue)
    #expect(values == ["yes", "yes-compensating", "no", "not-applicable", "unanswered"])
    for value in values { #expect(about.contains("<t>\(value)</t>")) }
  }

  @Test func aTextThatLooksLikeAFormulaIsWrittenAsTextWithAnApostrophe() throws {
    var responses = Bank.responses
    let id = Bank.questionnaire.statements[0].id
    responses.answers[id]!.comment = "=cmd|' /C calc'!A0"
    responses.answers[id]!.evidence = "＠SUM(1)"
    let bytes = try Bank.workbook(responses)
    let strings = try XLSXSurgery.text(bytes, "xl/sharedStrings.xml")
    #expect(strings.contains("<t>'=cmd|' /C calc'!A0</t>") && strings.contains("<t>'＠SUM(1)</t>"))
    #expect(!(try XLSXSurgery.text(bytes, XLSXSurgery.answersSheet)).contains("<f>"))
    let row = try #require(try Bank.read(bytes).rows.first { $0.answer.statementID == id })
    #expect(row.answer.comment == "=cmd|' /C calc'!A0" && row.answer.evidence == "＠SUM(1)")
  }

  @Test func textsWithLineBreaksControlsAndEscapesComeBackExactly() throws {
    var responses = Bank.responses
    let id = Bank.questionnaire.statements[1].id
    responses.answers[id]!.comment = "第一行\n第二行\r\n\tA_x0041_B"
    let row = try #require(try Bank.read(try Bank.workbook(responses)).rows.first { $0.answer.statementID == id })
    #expect(row.answer.comment == "第一行\n第二行\r\n\tA_x0041_B")
    #expect(row.fingerprint == AnswerFingerprint.of(id, responses.answers[id], Bank.questionnaire.answerScale))
  }

  @Test func componentsLimitTheAnswersAndGapsToTheOwnersPart() throws {
    let components = ["P1.BO.OV", "P2.SD.SS"]
    let bytes = try Bank.workbook(components: components)
    let back = try Bank.read(bytes)
    #expect(back.components == components)
    let expected = Bank.questionnaire.statements.filter { components.contains($0.componentID) }.map(\.id)
    #expect(back.rows.map(\.answer.statementID) == expected)
    let gaps = try XLSXSurgery.text(bytes, "xl/worksheets/sheet3.xml")
    #expect(gaps.contains("<autoFilter"))
    let strings = try XLSXSurgery.text(bytes, "xl/sharedStrings.xml")
    let outside = Bank.questionnaire.statements.first { !components.contains($0.componentID) }!
    #expect(!strings.contains("<t>\(outside.id)</t>"))
  }

  @Test func theInstructionsSpeakBothLanguagesAndListEveryValueWithItsNameAndRequirement() throws {
    let strings = try XLSXSurgery.text(try Bank.workbook(language: .english), "xl/sharedStrings.xml")
    #expect(strings.contains("填寫方式") && strings.contains("How to fill in"))
    for meaning in Bank.questionnaire.answerScale.meanings {
      #expect(strings.contains(meaning.name.text(.traditionalChinese)) && strings.contains(meaning.name.text(.english)))
    }
    #expect(strings.contains("不適用理由（justification 欄）") && strings.contains("a justification (column justification)"))
    #expect(strings.contains("Owner: IT operations") && strings.contains("填答負責人：IT operations"))
  }

  @Test func unknownComponentsAreNamed() {
    let writer = WorkbookWriter(questionnaire: Bank.questionnaire, language: .english)
    #expect(writer.unknownComponents(["P1.BO.OV", "P9.NO"]) == ["P9.NO"])
  }
}
