import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// Nothing lost: each save is validated, written whole, the old file kept as `.bak`; someone
/// else's change on disk is never overwritten.
@Suite struct ResponseStoreTests {
  func store(in folder: String) throws -> ResponseStore {
    try ResponseStore(
      questionnaire: ServerFixtures.mini, questionnaireBytes: ServerFixtures.miniBytes, path: folder + "/answers.xml",
      language: .english, today: ("2026-12-01", "2026Q4"))
  }

  @Test func aMissingFileIsCreatedFromTheTemplate() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try store(in: folder)
    let responses = await store.responses
    #expect(responses.period == "2026Q4")
    #expect(responses.date == "2026-12-01")
    #expect(responses.answers.count == ServerFixtures.mini.statements.count)
    #expect(responses.answers.values.allSatisfy { $0.value == .unanswered })
    let onDisk = try Loader.responses(at: folder + "/answers.xml", for: ServerFixtures.mini)
    #expect(onDisk.answers.count == ServerFixtures.mini.statements.count)
  }

  @Test func aNewFileNamesTheModelsFirstSectorAndTierAndWhatIsToBeCompleted() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let institution = await try store(in: folder).responses.institution
    #expect(institution.sectorID == "bank" && institution.tierID == "bank-1")
    #expect(institution.name == "待填寫 To be completed")
  }

  @Test func aNewFileForAModelWithoutSectorsOrTiersNamesNone() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try ResponseStore(
      questionnaire: ServerFixtures.catLike, questionnaireBytes: ServerFixtures.catLikeBytes, path: folder + "/answers.xml",
      language: .english, today: ("2026-12-01", "2026Q4"))
    let responses = await store.responses
    #expect(responses.institution.sectorID == nil && responses.institution.tierID == nil)
    #expect(responses.institution.name == "To be completed" && responses.assessor == "To be completed", "in the model's one language")
    #expect(responses.answers.values.allSatisfy { $0.value.rawValue == "pending" }, "unanswered as the model's scale says")
    let file = try String(contentsOfFile: folder + "/answers.xml", encoding: .utf8)
    #expect(!file.contains("sector=") && !file.contains("tier="))
  }

  @Test func aSaveWritesTheFileAndKeepsThePreviousAsBak() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try store(in: folder)
    let before = try ServerFixtures.bytes(folder + "/answers.xml")
    let result = await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes, comment: "<b>&</b>") }
    #expect(result == .saved)
    let reread = try Loader.responses(at: folder + "/answers.xml", for: ServerFixtures.mini)
    #expect(reread.answers["D1.GV.BO.B.1"] == Answer(statementID: "D1.GV.BO.B.1", value: .yes, comment: "<b>&</b>"))
    #expect(try ServerFixtures.bytes(folder + "/answers.xml.bak") == before)
    // No temporary file is left behind.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["answers.xml", "answers.xml.bak"])
  }

  @Test func aChangeThatMakesTheFileInvalidIsRefusedAndTheFileUnchanged() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try store(in: folder)
    let before = try ServerFixtures.bytes(folder + "/answers.xml")
    let result = await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .notApplicable) }
    guard case .invalid(let diagnostics) = result else {
      Issue.record("expected a refusal, got \(result)")
      return
    }
    #expect(diagnostics.contains { $0.message.contains("needs a justification") })
    #expect(try ServerFixtures.bytes(folder + "/answers.xml") == before)
    #expect(!FileManager.default.fileExists(atPath: folder + "/answers.xml.bak"))
    #expect(await store.responses.answers["D1.GV.BO.B.1"]?.value == .unanswered)
  }

  @Test func aFileChangedOnDiskIsNeverOverwritten() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try store(in: folder)
    // Someone else answers a statement in the file while the server holds it.
    let path = folder + "/answers.xml"
    var theirs = try Loader.responses(at: path, for: ServerFixtures.mini)
    theirs.answers["D1.GV.BO.B.2"] = Answer(statementID: "D1.GV.BO.B.2", value: .no, comment: "theirs")
    let theirBytes = try ResponsesWriter(questionnaire: ServerFixtures.mini, language: .english).xml(theirs)
    try AtomicFile.write(theirBytes, to: path)
    #expect(await store.conflictOnDisk() != nil)

    let result = await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes) }
    guard case .conflict = result else {
      Issue.record("expected a conflict, got \(result)")
      return
    }
    #expect(try ServerFixtures.bytes(path) == theirBytes)

    // Loading the file again takes their change; the next save keeps it.
    try await store.reload()
    #expect(await store.conflictOnDisk() == nil)
    #expect(await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes) } == .saved)
    let merged = try Loader.responses(at: path, for: ServerFixtures.mini)
    #expect(merged.answers["D1.GV.BO.B.2"]?.comment == "theirs")
    #expect(merged.answers["D1.GV.BO.B.1"]?.value == .yes)
  }

  @Test func aDeletedFileIsAConflictToo() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try store(in: folder)
    try FileManager.default.removeItem(atPath: folder + "/answers.xml")
    guard case .conflict = await store.save({ $0.period = "2026Q3" }) else {
      Issue.record("expected a conflict")
      return
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/answers.xml"))
  }

  @Test func anInvalidFileIsNotServed() throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "<responses/>".write(toFile: folder + "/answers.xml", atomically: true, encoding: .utf8)
    #expect(throws: FinCyberError.self) { try store(in: folder) }
  }
}

/// Item 10 of the red-team issue: nothing rotated for nothing, I/O failures said as such,
/// hand-written comments announced, linked files followed.
@Suite struct ResponseStoreFileTests {
  func store(_ path: String) throws -> ResponseStore {
    try ResponseStore(
      questionnaire: ServerFixtures.mini, questionnaireBytes: ServerFixtures.miniBytes, path: path, language: .english,
      today: ("2026-12-01", "2026Q4"))
  }

  @Test func aSaveThatChangesNothingWritesNothing() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try store(folder + "/answers.xml")
    #expect(await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes) } == .saved)
    let (saved, backup) = (try ServerFixtures.bytes(folder + "/answers.xml"), try ServerFixtures.bytes(folder + "/answers.xml.bak"))
    // The same answer again, and a text that cleans to nothing: the .bak keeps the real previous version.
    #expect(await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes) } == .unchanged)
    #expect(await store.save { _ in } == .unchanged)
    #expect(try ServerFixtures.bytes(folder + "/answers.xml") == saved)
    #expect(try ServerFixtures.bytes(folder + "/answers.xml.bak") == backup)
  }

  @Test func aBackupThatCannotBeReplacedIsAnIOProblemAndNothingIsSaved() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try store(folder + "/answers.xml")
    let before = try ServerFixtures.bytes(folder + "/answers.xml")
    // Something in the way of the backup that the user cannot replace: here a folder (F11 had
    // another user's file in a sticky folder; rename fails either way).
    try FileManager.default.createDirectory(atPath: folder + "/answers.xml.bak/held", withIntermediateDirectories: true)
    let result = await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes) }
    guard case .notWritten(let failure) = result else {
      Issue.record("expected an I/O refusal, got \(result)")
      return
    }
    #expect(failure.isBackup)
    #expect(failure.file == folder + "/answers.xml.bak")
    #expect(!failure.reason.isEmpty)
    #expect(try ServerFixtures.bytes(folder + "/answers.xml") == before)
    #expect(await store.responses.answers["D1.GV.BO.B.1"]?.value == .unanswered)
  }

  @Test func aLinkedResponseFileIsFollowedAndStaysALink() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/synced", withIntermediateDirectories: true)
    _ = try store(folder + "/synced/answers.xml")
    try FileManager.default.createSymbolicLink(atPath: folder + "/answers.xml", withDestinationPath: "synced/answers.xml")
    let store = try store(folder + "/answers.xml")
    #expect(store.linkTarget == folder + "/synced/answers.xml")
    #expect(await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes) } == .saved)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/answers.xml") == "synced/answers.xml")
    let target = try Loader.responses(at: folder + "/synced/answers.xml", for: ServerFixtures.mini)
    #expect(target.answers["D1.GV.BO.B.1"]?.value == .yes)
    #expect(FileManager.default.fileExists(atPath: folder + "/synced/answers.xml.bak"), "the backup is kept beside the file written")
  }

  @Test func aLinkToNothingIsRefused() throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createSymbolicLink(atPath: folder + "/answers.xml", withDestinationPath: "gone/answers.xml")
    #expect(throws: FinCyberError.cannotRead(
      path: folder + "/answers.xml",
      reason: "it is a symbolic link to gone/answers.xml, which does not exist; give the file itself, or create it first")) {
      try store(folder + "/answers.xml")
    }
  }

  @Test func commentsWrittenByHandAreFoundUntilTheFirstSave() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/answers.xml"
    _ = try store(path)
    #expect(await try store(path).handWrittenComments.isEmpty, "the writer's own comments are not the user's")
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let edited = original.replacingOccurrences(of: "<institution", with: "<!-- Board asked for this on 3 March -->\n  <institution")
    try edited.write(toFile: path, atomically: true, encoding: .utf8)
    let store = try store(path)
    #expect(await store.handWrittenComments == ["Board asked for this on 3 March"])
    #expect(await store.save { $0.answers["D1.GV.BO.B.1"] = Answer(statementID: "D1.GV.BO.B.1", value: .yes) } == .saved)
    #expect(await store.handWrittenComments.isEmpty)
    #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8).contains("Board asked for this on 3 March"))
  }

  @Test func aFileWrittenInTheOtherLanguageHasNoCommentsOfTheUsers() async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/answers.xml"
    _ = try ResponseStore(
      questionnaire: ServerFixtures.mini, questionnaireBytes: ServerFixtures.miniBytes, path: path, language: .traditionalChinese,
      today: ("2026-12-01", "2026Q4"))
    #expect(await try store(path).handWrittenComments.isEmpty)
  }

  @Test func commentsAreFoundOutsideCDATAAndProcessingInstructions() {
    let text = "<?xml version=\"1.0\"?><!-- one --><a><![CDATA[<!-- not -->]]><?pi <!-- not --> ?><!--two--></a><!-- unterminated"
    #expect(HandWrittenComments.comments(in: Array(text.utf8)) == ["one", "two"])
  }
}
