import FinCyberCore
import Foundation
import Testing
import FinCyberTestSupport

/// How `fincyber serve` treats the response file: a save that changes nothing writes nothing; a
/// backup it cannot replace is said to be a file problem; comments written by hand are announced
/// before the first save drops them; a linked file is followed and stays a link.
@Suite struct ServeFileTests {
  static let mini = Binary.fixture("mini-questionnaire.xml")
  static let sample = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path

  @Test func aSaveThatChangesNothingLeavesTheFileAndItsBackupAlone() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try ServeProcess(["--questionnaire", Self.mini, "--lang", "en", "answers.xml"], in: folder)
    let path = folder + "/answers.xml"
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let same = try server.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "unanswered")])
    #expect(same.status == 303)
    #expect(same.header("Location") == "/component/D1.GV.BO?unchanged=1")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
    #expect(try server.get("/component/D1.GV.BO?unchanged=1").body.contains("Nothing changed; the file was left as it was."))
  }

  @Test func aBackupThatCannotBeReplacedIsSaidToBeAFileProblem() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try ServeProcess(["--questionnaire", Self.mini, "--lang", "en", "answers.xml"], in: folder)
    let path = folder + "/answers.xml"
    try FileManager.default.createDirectory(atPath: path + ".bak/held", withIntermediateDirectories: true)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let change = [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")]
    let refused = try server.post("/component/D1.GV.BO", change)
    #expect(refused.status == 500)
    #expect(refused.body.contains("Not saved: a file could not be written (a problem with the file or folder, not with what you typed)"))
    #expect(refused.body.contains("answers.xml.bak cannot be replaced ("), "\(refused.body)")
    #expect(refused.body.contains("remove it or answer in a folder of your own; nothing was saved."))
    #expect(!refused.body.contains("Please mend"), "not reported as a problem with the answers")
    #expect(!refused.body.contains(":1:1:"), "no made-up line and column")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    let json = try server.post("/component/D1.GV.BO", change, headers: ["Accept": "application/json"])
    #expect(json.status == 500)
    #expect(json.body.contains("\"status\":\"not-written\""))

    let chinese = try server.post("/component/D1.GV.BO", change, headers: ["Cookie": server.cookie + "; fincyber-lang=zh-TW"])
    #expect(chinese.body.contains("無法取代 answers.xml.bak（"), "\(chinese.body)")
  }

  @Test func commentsWrittenByHandAreAnnouncedUntilTheFirstSave() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: Self.sample, toPath: folder + "/answers.xml")
    let server = try ServeProcess(["--lang", "en", "answers.xml"], in: folder)
    #expect(server.output.contains(
      "note: answers.xml holds 1 comment written by hand (\"Fictional sample institution for fincyber: every name, figur…\"); "
        + "the first save rewrites the file from the answers and drops it"), "\(server.output)")
    let notice = "The first save rewrites the file from the answers and drops them"
    for page in ["/", "/risk", "/outcomes", "/component/P1.BO.OV"] {
      #expect(try server.get(page).body.contains(notice), "\(page)")
    }
    #expect(try server.post("/component/P1.BO.OV", [("statement", "P1.BO.OV.B.1"), ("value:P1.BO.OV.B.1", "no")]).status == 303)
    #expect(!(try server.get("/").body.contains(notice)), "said before the first save only")
    #expect(try String(contentsOfFile: folder + "/answers.xml.bak", encoding: .utf8).contains("<!-- Fictional sample institution"))
    #expect(!(try String(contentsOfFile: folder + "/answers.xml", encoding: .utf8).contains("Fictional sample institution")))
  }

  @Test func aFileTheServerWroteHasNoCommentsOfTheUsers() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try ServeProcess(["--questionnaire", Self.mini, "--lang", "en", "answers.xml"], in: folder)
    #expect(!server.output.contains("written by hand"))
    #expect(!(try server.get("/").body.contains("written by hand")))
  }

  @Test func aLinkedResponseFileIsFollowedAndStaysALink() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/synced", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.sample, toPath: folder + "/synced/answers.xml")
    try FileManager.default.createSymbolicLink(atPath: folder + "/answers.xml", withDestinationPath: "synced/answers.xml")
    let server = try ServeProcess(["--lang", "en", "answers.xml"], in: folder)
    let real = URL(fileURLWithPath: folder + "/synced/answers.xml").resolvingSymlinksInPath().path
    #expect(server.output.contains("fincyber serve: answering answers.xml (a link to \(real))"), "\(server.output)")
    #expect(try server.post("/component/P1.BO.OV", [("statement", "P1.BO.OV.B.1"), ("value:P1.BO.OV.B.1", "no")]).status == 303)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/answers.xml") == "synced/answers.xml")
    let saved = try Loader.responses(at: folder + "/synced/answers.xml", for: Loader.questionnaire(BundledFiles.defaultQuestionnaire, path: "q"))
    #expect(saved.answers["P1.BO.OV.B.1"]?.value == .no)
  }
}
