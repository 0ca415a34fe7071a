import FinCyberCore
import FinCyberTestSupport
import Testing

@testable import FinCyberWorkbook

/// A returned workbook applied to its response file: only changes touched, who and when recorded,
/// carried answers confirmed or settled, and answers changed since the export never overwritten
/// unless asked.
@Suite struct WorkbookImportTests {
  private let at = "2027-01-21T10:00:00+08:00"
  private let first = Bank.questionnaire.statements[0].id

  private func inline(_ reference: String, _ text: String) -> String { "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }

  /// A workbook of the responses, returned with cells replaced.
  private func returned(_ responses: Responses = Bank.responses, owner: String? = "IT operations", cells: [(String, String)]) throws -> ReturnedWorkbook {
    let bytes = try XLSXSurgery.changing(try Bank.workbook(responses, owner: owner), XLSXSurgery.answersSheet) { sheet in
      cells.reduce(sheet) { sheet, cell in XLSXSurgery.replacingCell(cell.0, with: inline(cell.0, cell.1), in: sheet) }
    }
    return try Bank.read(bytes)
  }

  private func apply(
    _ workbook: ReturnedWorkbook, to responses: Responses = Bank.responses, owner: String? = nil, overwrite: Bool = false
  ) throws -> (responses: Responses, changes: [WorkbookImport.Change]) {
    try WorkbookImport.apply(workbook, to: responses, questionnaire: Bank.questionnaire, owner: owner, at: at, overwrite: overwrite)
  }

  @Test func aChangedRowReplacesItsAnswerRecordingTheOwnerAndTheTimeAndNothingElseChanges() throws {
    let (updated, changes) = try apply(try returned(cells: [("G2", "no"), ("H2", "董事會議程尚未納入")]))
    #expect(changes == [WorkbookImport.Change(statementID: first, before: .yes, after: .no, by: "IT operations", confirmed: false)])
    let answer = try #require(updated.answers[first])
    #expect(answer.value == .no && answer.comment == "董事會議程尚未納入")
    #expect(answer.trail.answeredBy == "IT operations" && answer.trail.answeredAt == at)
    var others = updated.answers
    var before = Bank.responses.answers
    others[first] = nil
    before[first] = nil
    #expect(others == before)
  }

  @Test func aNameGivenWinsOverTheWorkbooksOwnerAndANameWrittenInTheRowOverBoth() throws {
    let workbook = try returned(cells: [("G2", "no"), ("G3", "no"), ("L3", "李四")])
    let changes = try apply(workbook, owner: "王小明").changes
    #expect(changes.map(\.by) == ["王小明", "李四"])
  }

  @Test func aRowReturnedAsWrittenChangesNothing() throws {
    #expect(try apply(try Bank.read(try Bank.workbook())).changes.isEmpty)
  }

  @Test func carriedAnswersReturnedUnchangedAreConfirmedAndChangedOnesKeepThePreviousValue() throws {
    let carried = CarryForward.responses(from: Bank.responses, period: "2027Q1", date: "2027-01-20")
    let (updated, changes) = try apply(try returned(carried, cells: [("G2", "no")]), to: carried)
    #expect(changes.count == Bank.questionnaire.statements.count)
    #expect(changes.filter(\.confirmed).count == Bank.questionnaire.statements.count - 1)
    let changed = try #require(updated.answers[first])
    #expect(changed.value == .no && !changed.trail.carried)
    #expect(changed.trail.previous?.period == "2026Q4" && changed.trail.previous?.value == .yes)
    let confirmed = try #require(updated.answers[Bank.questionnaire.statements[1].id])
    #expect(!confirmed.trail.carried && confirmed.trail.previous == nil && confirmed.trail.answeredBy == "IT operations")
    #expect(updated.answers.values.allSatisfy { !$0.trail.carried })
  }

  @Test func anAnswerChangedInTheFileSinceIsNotOverwrittenUnlessAsked() throws {
    let workbook = try returned(cells: [("G2", "not-applicable"), ("K2", "本行無此業務")])
    var changedSince = Bank.responses
    changedSince.answers[first]!.value = .no
    let error = #expect(throws: FinCyberError.self) { _ = try apply(workbook, to: changedSince) }
    #expect(error?.diagnostics.map(\.kind) == [.changedSinceWorkbook])
    #expect(error?.diagnostics.first?.message.hasPrefix("answers!G2: the answer to '\(first)' was changed in the response file after this workbook was written (it is now 'no')") == true)
    let forced = try apply(workbook, to: changedSince, overwrite: true)
    #expect(forced.responses.answers[first]?.value == .notApplicable && forced.responses.answers[first]?.justification == "本行無此業務")
  }

  @Test func anAnswerChangedInTheFileSinceAndLeftAsItWasInTheWorkbookKeepsTheFilesChange() throws {
    var changedSince = Bank.responses
    changedSince.answers[first]!.value = .no
    let (updated, changes) = try apply(try Bank.read(try Bank.workbook()), to: changedSince)
    #expect(changes.isEmpty && updated.answers[first]?.value == .no)
  }

  @Test func aWorkbookOfAnotherInstitutionOrPeriodIsRefused() throws {
    let workbook = try Bank.read(try Bank.workbook())
    var other = Bank.responses
    other.period = "2027Q1"
    #expect(throws: FinCyberError.self) { _ = try apply(workbook, to: other) }
    other = Bank.responses
    other.institution.id = "another-bank"
    #expect(throws: FinCyberError.self) { _ = try apply(workbook, to: other) }
  }

  @Test func aChangeWithNobodyToRecordIsRefused() throws {
    let error = #expect(throws: FinCyberError.self) { _ = try apply(try returned(owner: nil, cells: [("G2", "no")])) }
    #expect(error?.diagnostics.map(\.kind) == [.noAnswerer])
    #expect(try apply(try returned(owner: nil, cells: [("G2", "no")]), owner: "王小明").changes.map(\.by) == ["王小明"])
  }
}
