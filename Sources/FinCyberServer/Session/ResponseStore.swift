import FinCyberCore
import Foundation

/// The response file being answered, owned by one server.
///
/// Every change goes through ``save(_:)``: the changed responses are written to XML, loaded back
/// through the schema and the questionnaire's checks, and only then replace the file (temporary
/// file, flush, rename), with the version they replace kept as `FILE.bak`. When the file on disk is
/// no longer the one this store loaded or last saved, the change is refused: someone else's edit
/// is never overwritten.
actor ResponseStore {
  /// What became of a change.
  enum SaveResult: Sendable, Equatable {
    /// The file now holds the change.
    case saved
    /// The change would make the file invalid; the file is as it was.
    case invalid([Diagnostic])
    /// The file changed on disk since it was loaded; the file is as the other writer left it.
    case conflict(String)
  }

  let questionnaire: Questionnaire
  let questionnaireBytes: [UInt8]
  /// The response file's path.
  let path: String
  /// The language of the comments the file is written with.
  let language: Language
  /// The responses as last loaded or saved.
  private(set) var responses: Responses
  /// The file's bytes as last loaded or saved.
  private(set) var bytes: [UInt8]

  /// Loads the response file, creating it from the template when it does not exist.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire answered.
  ///   - questionnaireBytes: Its file's bytes, for the reports' fingerprints.
  ///   - path: The response file.
  ///   - language: The language of the file's comments.
  ///   - today: The date and period a new file starts with.
  /// - Throws: `FinCyberError.invalidInput` when the file is invalid, `.cannotRead` or `.cannotWrite`.
  init(
    questionnaire: Questionnaire, questionnaireBytes: [UInt8], path: String, language: Language,
    today: (date: String, period: String)
  ) throws {
    self.questionnaire = questionnaire
    self.questionnaireBytes = questionnaireBytes
    self.path = path
    self.language = language
    if !FileManager.default.fileExists(atPath: path) {
      let sector = questionnaire.sectors.first!
      let tier = questionnaire.tiers.first { $0.sectorID == sector.id }!
      let template = ResponseTemplate(
        questionnaire: questionnaire,
        institution: Institution(id: nil, name: "待填寫 To be completed", sectorID: sector.id, tierID: tier.id),
        date: today.date, period: today.period, assessor: "待填寫 To be completed", language: language)
      let created = try template.xml()
      _ = try Loader.responses(created, path: path, for: questionnaire)
      try AtomicFile.write(created, to: path, overwrite: false, permissions: .keepOrOwnerOnly)
    }
    let loaded = try InputFile.read(path)
    responses = try Loader.responses(loaded, path: path, for: questionnaire)
    bytes = loaded
  }

  /// Applies a change, validates the result and writes it, keeping the previous file as `.bak`.
  ///
  /// - Parameter change: The change to the current responses.
  func save(_ change: @Sendable (inout Responses) -> Void) -> SaveResult {
    var next = responses
    change(&next)
    let written: [UInt8]
    do {
      written = try ResponsesWriter(questionnaire: questionnaire, language: language).xml(next)
      _ = try Loader.responses(written, path: path, for: questionnaire)
    } catch let error as FinCyberError {
      return .invalid(error.diagnostics.isEmpty ? [Self.diagnostic(path, error)] : error.diagnostics)
    } catch {
      return .invalid([Diagnostic(file: path, line: 1, column: 1, message: "\(error)")])
    }
    if let conflict = conflictOnDisk() { return .conflict(conflict) }
    do {
      try AtomicFile.write(bytes, to: path + ".bak", permissions: .sameAs(path))
      try AtomicFile.write(written, to: path)
    } catch {
      return .invalid([Self.diagnostic(path, error)])
    }
    responses = next
    bytes = written
    return .saved
  }

  /// Why the file on disk is not the one this store holds, or nil when it is.
  func conflictOnDisk() -> String? {
    guard let disk = try? InputFile.read(path) else { return "\(path) can no longer be read" }
    return disk == bytes ? nil : "\(path) was changed on disk since fincyber loaded it"
  }

  /// Loads the file from disk again, taking whatever another writer left there.
  ///
  /// - Throws: `FinCyberError.invalidInput` when the file on disk is now invalid; the store keeps
  ///   what it had.
  func reload() throws {
    let loaded = try InputFile.read(path)
    responses = try Loader.responses(loaded, path: path, for: questionnaire)
    bytes = loaded
  }

  private static func diagnostic(_ path: String, _ error: any Error) -> Diagnostic {
    let text = (error as? FinCyberError)?.errorDescription ?? "\(error)"
    return Diagnostic(file: path, line: 1, column: 1, message: text)
  }
}
