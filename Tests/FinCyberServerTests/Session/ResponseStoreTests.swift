import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer

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
