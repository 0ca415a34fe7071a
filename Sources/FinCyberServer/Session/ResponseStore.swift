import FinCyberCore
import FinCyberReports
import Foundation

/// The response file being answered, owned by one server.
///
/// Every change goes through ``save(_:)``: the changed responses are written to XML, loaded back
/// through the schema and the questionnaire's checks, and only then replace the file (temporary
/// file, flush, rename), with the version they replace kept as `FILE.bak`. A change that leaves
/// the responses as they are writes nothing, so the `.bak` keeps the real previous version. When
/// the file on disk is no longer the one this store loaded or last saved, the change is refused:
/// someone else's edit is never overwritten; nor is an answer saved from another tab since the
/// form was rendered (``ResponsesEdit``).
///
/// A response file named through a symbolic link is followed deliberately (``ResponseLink``):
/// reads and writes go to the file the link named at start, and the `.bak` is kept beside it.
actor ResponseStore {
  /// What became of a change.
  enum SaveResult: Sendable, Equatable {
    /// The file now holds the change.
    case saved
    /// The change left the responses as they were; nothing was written.
    case unchanged
    /// The change would make the file invalid; the file is as it was.
    case invalid([Diagnostic])
    /// The file changed on disk since it was loaded; the file is as the other writer left it.
    case conflict(DiskConflict)
    /// These units (``ResponsesEdit``) were saved meanwhile from another tab or window, and the
    /// change sent for them differs; nothing was written.
    case stale([String])
    /// A file could not be written (an input/output problem, not the answers'); nothing was saved.
    case notWritten(NotWritten)
  }

  /// Why the file on disk is not the one this store holds.
  enum DiskConflict: Sendable, Equatable {
    /// Another writer changed it.
    case changed
    /// It can no longer be read (removed, or its permissions changed).
    case unreadable

    /// What to tell the user, in the page's language.
    ///
    /// - Parameters:
    ///   - path: The response file, as the user named it.
    ///   - words: The page's language and the model's words.
    func text(_ path: String, _ words: Localizer) -> String {
      words.text(self == .changed ? "conflictChanged" : "conflictUnreadable", ["file": path])
    }
  }

  /// A file that could not be written.
  struct NotWritten: Sendable, Equatable {
    /// The file.
    var file: String
    /// Why, as the system said.
    var reason: String
    /// Whether it is the backup, which must be replaced before the file is.
    var isBackup: Bool
  }

  let questionnaire: Questionnaire
  let questionnaireBytes: [UInt8]
  /// The response file's path, as the user named it.
  let path: String
  /// The file read and written: the path, or the file its symbolic link named at start.
  let file: String
  /// The language of the comments the file is written with.
  let language: Language
  /// The responses as last loaded or saved.
  private(set) var responses: Responses
  /// The file's bytes as last loaded or saved.
  private(set) var bytes: [UInt8]
  /// The file's comments written by hand, which the next save drops; none once saved.
  private(set) var handWrittenComments: [String]
  /// What the writer makes of ``responses``: a change whose output equals it changes nothing.
  private var written: [UInt8]

  /// Where the version a save replaces is kept: beside the file written.
  nonisolated var backupPath: String { file + ".bak" }

  /// The file a symbolic link named, or nil when the response file is not a link.
  nonisolated var linkTarget: String? { file == path ? nil : file }

  /// Loads the response file, creating it from the template when it does not exist.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire answered.
  ///   - questionnaireBytes: Its file's bytes, for the reports' fingerprints.
  ///   - path: The response file.
  ///   - language: The language of the file's comments.
  ///   - today: The date and period a new file starts with.
  ///   - carryFrom: The previous period's response file a new file starts from, every answer
  ///     carried (``CarryForward``), dated today in today's quarter (a later one would not load:
  ///     a period must have begun); nil starts from the template.
  /// - Throws: `FinCyberError.invalidInput` when the file (or the previous one) is invalid, `.cannotRead` or `.cannotWrite`.
  init(
    questionnaire: Questionnaire, questionnaireBytes: [UInt8], path: String, language: Language,
    today: (date: String, period: String), carryFrom: String? = nil
  ) throws {
    self.questionnaire = questionnaire
    self.questionnaireBytes = questionnaireBytes
    self.path = path
    self.language = language
    let file = try ResponseLink.target(of: path) ?? path
    self.file = file
    if !FileManager.default.fileExists(atPath: file), let carryFrom {
      let previous = try Loader.responses(at: carryFrom, for: questionnaire)
      let carried = CarryForward.responses(from: previous, period: today.period, date: today.date)
      let created = try ResponsesWriter(questionnaire: questionnaire, language: language).xml(carried)
      _ = try Loader.responses(created, path: path, for: questionnaire)
      try AtomicFile.write(created, to: file, overwrite: false, permissions: .keepOrOwnerOnly)
    } else if !FileManager.default.fileExists(atPath: file) {
      // The model's first sector and that sector's first tier, where it has them, to be changed
      // in the profile form; what is not known yet is said to be completed, in the model's languages.
      let sector = questionnaire.sectors.first
      let tier = sector.flatMap { sector in questionnaire.tiers.first { $0.sectorID == sector.id } }
      let unknown = ResponseTemplate.toBeCompleted(in: questionnaire)
      let template = ResponseTemplate(
        questionnaire: questionnaire, institution: Institution(id: nil, name: unknown, sectorID: sector?.id, tierID: tier?.id),
        date: today.date, period: today.period, assessor: unknown, language: language)
      let created = try template.xml()
      _ = try Loader.responses(created, path: path, for: questionnaire)
      try AtomicFile.write(created, to: file, overwrite: false, permissions: .keepOrOwnerOnly)
    }
    let loaded = try Self.load(file, path: path, questionnaire: questionnaire, language: language)
    (responses, bytes, written, handWrittenComments) = (loaded.responses, loaded.bytes, loaded.written, loaded.handWritten)
  }

  /// Applies a form's change unit by unit (``ResponsesEdit``), validates the result and writes it,
  /// keeping the previous file as `.bak`.
  ///
  /// - Parameter edit: The form's change.
  func save(_ edit: some ResponsesEdit) -> SaveResult {
    let check = edit.check(against: responses)
    if !check.conflicts.isEmpty { return .stale(check.conflicts) }
    return save { edit.apply(check.apply, to: &$0) }
  }

  /// Applies a change, validates the result and writes it, keeping the previous file as `.bak`.
  ///
  /// - Parameter change: The change to the current responses.
  func save(_ change: @Sendable (inout Responses) -> Void) -> SaveResult {
    var next = responses
    change(&next)
    let output: [UInt8]
    do {
      output = try ResponsesWriter(questionnaire: questionnaire, language: language).xml(next)
    } catch {
      return .notWritten(NotWritten(file: file, reason: Self.reason(error), isBackup: false))
    }
    if output == written { return .unchanged }
    do {
      _ = try Loader.responses(output, path: path, for: questionnaire)
    } catch {
      let diagnostics = (error as? FinCyberError)?.diagnostics ?? []
      guard !diagnostics.isEmpty else { return .notWritten(NotWritten(file: file, reason: Self.reason(error), isBackup: false)) }
      return .invalid(diagnostics)
    }
    if let conflict = conflictOnDisk() { return .conflict(conflict) }
    do {
      try AtomicFile.write(bytes, to: backupPath, permissions: .sameAs(file))
    } catch {
      return .notWritten(NotWritten(file: backupPath, reason: Self.reason(error), isBackup: true))
    }
    do {
      try AtomicFile.write(output, to: file)
    } catch {
      return .notWritten(NotWritten(file: file, reason: Self.reason(error), isBackup: false))
    }
    responses = next
    bytes = output
    written = output
    handWrittenComments = []
    return .saved
  }

  /// Why the file on disk is not the one this store holds, or nil when it is.
  func conflictOnDisk() -> DiskConflict? {
    guard let disk = try? InputFile.read(file) else { return .unreadable }
    return disk == bytes ? nil : .changed
  }

  /// Loads the file from disk again, taking whatever another writer left there.
  ///
  /// - Throws: `FinCyberError.invalidInput` when the file on disk is now invalid; the store keeps
  ///   what it had.
  func reload() throws {
    let loaded = try Self.load(file, path: path, questionnaire: questionnaire, language: language)
    (responses, bytes, written, handWrittenComments) = (loaded.responses, loaded.bytes, loaded.written, loaded.handWritten)
  }

  /// Reads and loads the file: its responses, its bytes, what the writer makes of the responses,
  /// and its comments written by hand.
  private static func load(
    _ file: String, path: String, questionnaire: Questionnaire, language: Language
  ) throws -> (responses: Responses, bytes: [UInt8], written: [UInt8], handWritten: [String]) {
    let bytes = try InputFile.read(file)
    let responses = try Loader.responses(bytes, path: path, for: questionnaire)
    let written = (try? ResponsesWriter(questionnaire: questionnaire, language: language).xml(responses)) ?? []
    return (responses, bytes, written, HandWrittenComments.find(in: bytes, responses: responses, questionnaire: questionnaire))
  }

  /// The system's reason for an error, without the path it names.
  private static func reason(_ error: any Error) -> String {
    switch error as? FinCyberError {
    case .cannotWrite(_, let reason), .cannotRead(_, let reason): return reason
    case let other?: return other.errorDescription ?? "\(other)"
    case nil: return "\(error)"
    }
  }
}
