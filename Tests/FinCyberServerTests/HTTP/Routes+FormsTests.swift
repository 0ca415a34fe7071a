import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// The forms of the answering app, driven in process (``InProcessServer``): a change is saved at
/// once, refused with what to mend (and what was typed kept), never written over someone else's
/// change on disk, and answered in JSON for the page's script.
@Suite struct RoutesFormsTests {
  @Test func anAnswerIsSavedAtOnceAndShownEscaped() async throws {
    let server = try InProcessServer()
    let comment = "<script>alert(1)</script> & \"board\" minutes, 2026"
    try await server.run { client in
      let saved = try await client.post("/component/D1.GV.BO", [
        ("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes"), ("comment:D1.GV.BO.B.1", comment),
        ("evidence:D1.GV.BO.B.1", "BoD-2026-11 §4"),
        ("statement", "D1.GV.BO.B.2"), ("value:D1.GV.BO.B.2", "yes-compensating"),
        ("control:D1.GV.BO.B.2", "Quarterly report to the audit committee instead"),
      ])
      #expect(saved.status == 303)
      #expect(saved.header("Location") == "/component/D1.GV.BO?saved=1")
      let onDisk = try server.responses().answers
      #expect(onDisk["D1.GV.BO.B.1"] == Answer(statementID: "D1.GV.BO.B.1", value: .yes, comment: comment, evidence: "BoD-2026-11 §4").savedNow)
      #expect(onDisk["D1.GV.BO.B.2"]?.compensatingControl == "Quarterly report to the audit committee instead")
      #expect(onDisk["D1.GV.BO.E.1"]?.value == .unanswered)
      #expect(FileManager.default.fileExists(atPath: server.path + ".bak"))
      let page = try await client.get("/component/D1.GV.BO?saved=1").body
      #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;board&quot; minutes, 2026"))
      #expect(!page.contains("<script>alert(1)"))
      #expect(page.contains(#"name="value:D1.GV.BO.B.1" value="yes" checked"#))
      #expect(page.contains("Saved to <code>\(server.path)</code>"))
      #expect(try await client.get("/").body.contains("2 / 6"), "D1.GV.BO has two of six statements answered")
    }
  }

  @Test func aChangeThatWouldMakeTheFileInvalidIsRefusedAndTheFileLeftAsItWas() async throws {
    let server = try InProcessServer()
    let before = try server.bytes()
    try await server.run { client in
      let refused = try await client.post("/component/D1.GV.BO", [
        ("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "not-applicable"), ("comment:D1.GV.BO.B.1", "kept on the page"),
      ])
      #expect(refused.status == 422)
      #expect(refused.body.contains("D1.GV.BO.B.1: the answer &#39;Not applicable&#39; needs a justification."), "\(refused.body)")
      #expect(refused.body.contains("kept on the page"), "what was typed is shown again, not lost")
      // The page's script asks for JSON and gets the same refusal.
      let json = try await client.post("/outcomes", [("value:OI.D1.BOARD", "99")], headers: ["Accept": "application/json"])
      #expect(json.status == 422)
      #expect(json.header("Content-Type")?.hasPrefix("application/json") == true)
      #expect(json.body.contains(#""fields":["value:OI.D1.BOARD"]"#))
      let badProfile = try await client.post("/profile", [
        ("name", "Bank"), ("sector", "bank"), ("tier", "bank-1"), ("period", "2026Q9"), ("date", "2026-02-30"), ("assessor", "CISO"),
      ])
      #expect(badProfile.status == 422)
      #expect(badProfile.body.contains("Write the period as a quarter, e.g. 2026Q1."))
      let chinese = try await client.post(
        "/profile", [("name", ""), ("sector", "bank"), ("tier", "bank-1"), ("period", "2026Q4"), ("date", "2026-12-01"), ("assessor", "CISO")],
        headers: ["Cookie": client.cookie + "; fincyber-lang=zh-TW"])
      #expect(chinese.body.contains("請填寫「機構名稱」。"), "a problem is said in the page's language")
      #expect(try server.bytes() == before)
      #expect(!FileManager.default.fileExists(atPath: server.path + ".bak"))
    }
  }

  @Test func aFileChangedOnDiskBySomeoneElseIsNotOverwritten() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      // Another tool (or a colleague's editor) saves the file meanwhile.
      var theirs = try server.responses()
      theirs.answers["D1.GV.BO.B.2"] = Answer(statementID: "D1.GV.BO.B.2", value: .no, comment: "edited by hand")
      let theirBytes = try ResponsesWriter(questionnaire: ServerFixtures.mini, language: .english).xml(theirs)
      try AtomicFile.write(theirBytes, to: server.path)

      let conflict = try await client.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")])
      #expect(conflict.status == 409)
      #expect(conflict.body.contains("\(server.path) was changed on disk since fincyber loaded it"))
      #expect(try server.bytes() == theirBytes)
      #expect(try await client.get("/").body.contains("The response file was changed on disk"))
      let chinese = try await client.post(
        "/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")], headers: ["Cookie": client.cookie + "; fincyber-lang=zh-TW"])
      #expect(chinese.body.contains("\(server.path) 在 fincyber 載入後已於磁碟上被修改"))

      let reload = try await client.post("/reload", [("back", "/component/D1.GV.BO")])
      #expect(reload.status == 303)
      #expect(reload.header("Location") == "/component/D1.GV.BO?reloaded=1")
      let saved = try await client.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")])
      #expect(saved.status == 303)
      let merged = try server.responses().answers
      #expect(merged["D1.GV.BO.B.2"]?.comment == "edited by hand")
      #expect(merged["D1.GV.BO.B.1"]?.value == .yes)
    }
  }

  @Test func aSaveThatChangesNothingLeavesTheFileAndItsBackupAlone() async throws {
    let server = try InProcessServer()
    let before = try server.bytes()
    try await server.run { client in
      let same = try await client.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "unanswered")])
      #expect(same.status == 303)
      #expect(same.header("Location") == "/component/D1.GV.BO?unchanged=1")
      #expect(try await client.get("/component/D1.GV.BO?unchanged=1").body.contains("Nothing changed; the file was left as it was."))
      #expect(try server.bytes() == before)
      #expect(!FileManager.default.fileExists(atPath: server.path + ".bak"))
    }
  }

  @Test func aBackupThatCannotBeReplacedIsSaidToBeAFileProblem() async throws {
    let server = try InProcessServer()
    try FileManager.default.createDirectory(atPath: server.path + ".bak/held", withIntermediateDirectories: true)
    let before = try server.bytes()
    try await server.run { client in
      let change = [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")]
      let refused = try await client.post("/component/D1.GV.BO", change)
      #expect(refused.status == 500)
      #expect(refused.body.contains("Not saved: a file could not be written (a problem with the file or folder, not with what you typed)"))
      #expect(refused.body.contains("answers.xml.bak cannot be replaced ("), "\(refused.body)")
      #expect(refused.body.contains("remove it or answer in a folder of your own; nothing was saved."))
      #expect(!refused.body.contains("Please mend"), "not reported as a problem with the answers")
      #expect(!refused.body.contains(":1:1:"), "no made-up line and column")
      let json = try await client.post("/component/D1.GV.BO", change, headers: ["Accept": "application/json"])
      #expect(json.status == 500)
      #expect(json.body.contains("\"status\":\"not-written\""))
      let chinese = try await client.post("/component/D1.GV.BO", change, headers: ["Cookie": client.cookie + "; fincyber-lang=zh-TW"])
      #expect(chinese.body.contains("無法取代 \(server.path).bak（"), "\(chinese.body)")
      #expect(try server.bytes() == before)
    }
  }
}
