import Foundation
import FinCyberCore
import Testing

/// A broken input file and the first diagnostic it must give.
struct BrokenFile: CustomTestStringConvertible, Sendable {
  var file: String
  var line: Int
  var column: Int
  var message: String
  var testDescription: String { file }
}

/// Every broken fixture gives a clear `file:line:column` error.
@Suite struct InvalidInputTests {
  static let responseCases: [BrokenFile] = [
    BrokenFile(file: "malformed.xml", line: 7, column: 13, message: "Opening and ending tag mismatch: answer line 6 and answers"),
    BrokenFile(file: "unknown-statement.xml", line: 7, column: 13, message: "answer to unknown statement 'D9.XX.YY.B.1'"),
    BrokenFile(file: "duplicate-answer.xml", line: 8, column: 13, message: "statement 'D1.GV.BO.B.1' is answered twice (first on line 6)"),
    BrokenFile(file: "compensating-without-text.xml", line: 6, column: 38, message: "needs a description of the compensating control"),
    BrokenFile(file: "not-applicable-without-justification.xml", line: 6, column: 38, message: "needs a justification"),
    BrokenFile(file: "bad-answer-value.xml", line: 6, column: 38, message: "'maybe' is not an answer of questionnaire 'mini'"),
    BrokenFile(file: "doctype.xml", line: 2, column: 1, message: "a DOCTYPE declaration is not allowed"),
    BrokenFile(file: "tier-of-another-sector.xml", line: 3, column: 30, message: "tier 'insurance-1' belongs to sector 'insurance', not 'bank'"),
    BrokenFile(file: "impossible-date.xml", line: 4, column: 15, message: "'2026-02-30' is not a valid value of the atomic type 'xs:date'"),
    BrokenFile(file: "period-after-date.xml", line: 4, column: 33, message: "the period 2099Q4 begins on 2099-10-01, after the assessment date 2026-12-31"),
    BrokenFile(file: "wrong-namespace.xml", line: 2, column: 1, message: "in namespace 'urn:fincyber:responses:2' is not a fincyber format"),
    BrokenFile(file: "outcome-out-of-range.xml", line: 7, column: 38, message: "the value -3 of 'OI.D2.PATCH' is below its lowest possible value 0"),
    BrokenFile(file: "../mini-questionnaire.xml", line: 3, column: 1, message: "this is a questionnaire; expected a response file"),
  ]

  static let questionnaireCases: [BrokenFile] = [
    BrokenFile(file: "duplicate-statement-id.xml", line: 411, column: 20, message: "statement 'D1.GV.BO.E.1' is used twice (first on line 367)"),
    BrokenFile(file: "unknown-source-measure.xml", line: 364, column: 19, message: "unknown source measure 'R9.9'"),
    BrokenFile(file: "unknown-statement.xml", line: 2, column: 1, message: "this is a response file; expected a questionnaire"),
  ]

  @Test(arguments: responseCases)
  func brokenResponseFile(_ case_: BrokenFile) throws {
    let path = Fixtures.path("invalid/" + case_.file)
    let error = #expect(throws: FinCyberError.self) { try Loader.responses(at: path, for: Fixtures.mini) }
    try check(error, case_, path: path)
  }

  @Test(arguments: questionnaireCases)
  func brokenQuestionnaire(_ case_: BrokenFile) throws {
    let path = Fixtures.path("invalid/" + case_.file)
    let error = #expect(throws: FinCyberError.self) { try Loader.questionnaire(at: path) }
    try check(error, case_, path: path)
  }

  private func check(_ error: FinCyberError?, _ case_: BrokenFile, path: String) throws {
    let first = try #require(error?.diagnostics.first)
    #expect(first.file == path)
    #expect((first.line, first.column) == (case_.line, case_.column), "\(first)")
    #expect(first.message.contains(case_.message), "\(first)")
    #expect(first.description.hasPrefix("\(path):\(case_.line):\(case_.column): "))
  }

  @Test func everyProblemIsReportedNotJustTheFirst() throws {
    let xml = Fixtures.responsesXML(answers: ["D1.GV.BO.B.1": "yes"])
      .replacingOccurrences(of: "</answers>", with: "<answer statement=\"X.1\" value=\"no\"/><answer statement=\"X.2\" value=\"no\"/></answers>")
    let error = #expect(throws: FinCyberError.self) { try Loader.responses(Array(xml.utf8), path: "many.xml", for: Fixtures.mini) }
    #expect(error?.diagnostics.count == 2)
  }

  @Test func emptyAndMissingFilesAreClearErrors() throws {
    let empty = #expect(throws: FinCyberError.self) { try Loader.responses([], path: "empty.xml", for: Fixtures.mini) }
    #expect(empty?.diagnostics.first?.message == "the file is empty")
    #expect(throws: FinCyberError.cannotRead(path: "/nonexistent/x.xml", reason: "no such file")) {
      try Loader.questionnaire(at: "/nonexistent/x.xml")
    }
  }
}
