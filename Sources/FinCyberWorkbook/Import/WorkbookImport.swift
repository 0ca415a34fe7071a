import FinCyberCore

/// Applies a returned workbook's answers to the response file it was written from.
///
/// Only what changed is touched. A row that comes back as it was written leaves its answer alone,
/// except that a carried answer is then confirmed (the owner saw it and kept it). A row that comes
/// back changed replaces its answer, recording who answered and when; a carried answer changed
/// keeps the previous period's value beside it (``CarryForward/settled(_:replacing:previousPeriod:by:at:)``).
/// An answer that was changed in the response file after the workbook was written is not
/// overwritten unless asked, so that nobody's change is lost silently.
public enum WorkbookImport {
  /// What happened to one statement's answer.
  public struct Change: Sendable, Equatable {
    public var statementID: String
    /// The value before, and after (the same for a confirmation).
    public var before: AnswerValue
    public var after: AnswerValue
    /// Who is recorded as having answered.
    public var by: String
    /// Whether a carried answer was only confirmed, unchanged.
    public var confirmed: Bool
  }

  /// The responses with the workbook's answers applied, and what changed.
  ///
  /// - Parameters:
  ///   - workbook: The workbook as read back.
  ///   - responses: The response file's responses as they stand.
  ///   - questionnaire: Their questionnaire.
  ///   - owner: Who answered, when the workbook's own owner is to be replaced; nil to use the
  ///     workbook's. A row's own `answered-by`, where someone wrote a new name, wins over both.
  ///   - at: When, as an `xs:dateTime`.
  ///   - overwrite: Whether to overwrite answers changed in the response file since the workbook was written.
  /// - Throws: `FinCyberError.invalidInput` when the workbook was written from another institution's
  ///   file or another period, when an answer changed since would be overwritten (each at its
  ///   cell), or when a change has nobody to record as its answerer.
  public static func apply(
    _ workbook: ReturnedWorkbook, to responses: Responses, questionnaire: Questionnaire, owner: String?, at: String, overwrite: Bool
  ) throws -> (responses: Responses, changes: [Change]) {
    try checkSameFile(workbook, responses)
    let scale = questionnaire.answerScale
    let previousPeriod = Quarter.adding(-1, to: responses.period)
    let recorded = owner ?? workbook.owner
    var updated = responses
    var changes: [Change] = []
    var problems: [Diagnostic] = []
    for row in workbook.rows {
      let id = row.answer.statementID
      let current = responses.answers[id]
      let rowChanged = AnswerFingerprint.of(id, row.answer, scale) != row.fingerprint
      let fileChanged = AnswerFingerprint.of(id, current, scale) != row.fingerprint
      // A row given back as written: a carried answer is confirmed, anything else left alone. An
      // answer changed in the file since is the newer: it stays.
      if !rowChanged {
        guard !fileChanged, let current, current.trail.carried else { continue }
        guard let by = answerer(row, current, recorded) else {
          problems.append(noOwner(workbook, row))
          continue
        }
        updated.answers[id] = CarryForward.settled(current, replacing: current, previousPeriod: previousPeriod, by: by, at: at)
        changes.append(Change(statementID: id, before: current.value, after: current.value, by: by, confirmed: true))
        continue
      }
      // Changed in the workbook, and to what the file holds already: nothing to write.
      if AnswerFingerprint.of(id, row.answer, scale) == AnswerFingerprint.of(id, current, scale) { continue }
      if fileChanged && !overwrite {
        problems.append(
          Diagnostic(
            file: workbook.path,
            message: "\(row.cell): the answer to '\(id)' was changed in the response file after this workbook was written "
              + "(it is now '\(scale.meaning(of: current).value.rawValue)'); the workbook's '\(row.answer.value.rawValue)' would overwrite it",
            fix: "write a new workbook from the response file as it stands, or apply this one over that change",
            kind: .changedSinceWorkbook))
        continue
      }
      guard let by = answerer(row, current, recorded) else {
        problems.append(noOwner(workbook, row))
        continue
      }
      updated.answers[id] = CarryForward.settled(row.answer, replacing: current, previousPeriod: previousPeriod, by: by, at: at)
      changes.append(Change(statementID: id, before: scale.meaning(of: current).value, after: row.answer.value, by: by, confirmed: false))
    }
    guard problems.isEmpty else { throw FinCyberError.invalidInput(problems) }
    return (updated, changes)
  }

  /// Who is recorded as a row's answerer: a name written in its `answered-by` cell (one other than
  /// the answer's answerer in the file, which the workbook shows), else the owner.
  private static func answerer(_ row: ReturnedRow, _ current: Answer?, _ owner: String?) -> String? {
    row.answeredBy.flatMap { $0 == current?.trail.answeredBy ? nil : $0 } ?? owner
  }

  /// A workbook is applied only to the file it was written from: the same institution and period.
  private static func checkSameFile(_ workbook: ReturnedWorkbook, _ responses: Responses) throws {
    let institution = responses.institution
    let sameInstitution = workbook.institutionID != nil || institution.id != nil
      ? workbook.institutionID == institution.id : workbook.institutionName == institution.name
    guard sameInstitution, workbook.period == responses.period else {
      throw FinCyberError.invalidInput([
        Diagnostic(
          file: workbook.path,
          message: "the workbook was written from the answers of '\(workbook.institutionName)' for \(workbook.period); "
            + "the response file holds those of '\(institution.name)' for \(responses.period)",
          fix: "apply it to the response file it was written from")
      ])
    }
  }

  /// The problem of a change with nobody to record as its answerer.
  private static func noOwner(_ workbook: ReturnedWorkbook, _ row: ReturnedRow) -> Diagnostic {
    Diagnostic(
      file: workbook.path, message: "\(row.cell): the workbook names no owner and the row no answerer, so nobody can be recorded as having answered",
      fix: "name who answered", kind: .noAnswerer)
  }
}
