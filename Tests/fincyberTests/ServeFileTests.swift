import FinCyberCore
import Foundation
import Testing
import FinCyberTestSupport

/// How `fincyber serve` treats the response file, end to end: comments written by hand are
/// announced before the first save drops them; a linked file is followed and stays a link. (A
/// save that changes nothing, and a backup that cannot be replaced, are tested in process.)
@Suite struct ServeFileTests {
  static let mini = Binary.fixture("mini-questionnaire.xml")
  static let sample = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path

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
