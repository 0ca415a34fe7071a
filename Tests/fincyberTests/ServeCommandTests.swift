import FinCyberCore
import Foundation
import Testing
import FinCyberTestSupport

/// `fincyber serve` driven over HTTP on a free loopback port, as a browser would drive it.
@Suite struct ServeCommandTests {
  static let mini = Binary.fixture("mini-questionnaire.xml")
  static let miniQuestionnaire = try! Loader.questionnaire(at: mini)

  func start(_ folder: String, file: String = "answers.xml") throws -> ServeProcess {
    try ServeProcess(["--questionnaire", Self.mini, "--lang", "en", file], in: folder)
  }

  func answers(_ path: String) throws -> [String: Answer] {
    try Loader.responses(at: path, for: Self.miniQuestionnaire).answers
  }

  @Test func anAnswerIsSavedAtOnceAndSeenAfterAReload() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/answers.xml"
    let comment = "<script>alert(1)</script> & \"board\" minutes, 2026"
    do {
      let server = try start(folder)
      #expect(FileManager.default.fileExists(atPath: path), "a missing response file is created from the template")
      let saved = try server.post("/component/D1.GV.BO", [
        ("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes"), ("comment:D1.GV.BO.B.1", comment),
        ("evidence:D1.GV.BO.B.1", "BoD-2026-11 §4"),
        ("statement", "D1.GV.BO.B.2"), ("value:D1.GV.BO.B.2", "yes-compensating"),
        ("control:D1.GV.BO.B.2", "Quarterly report to the audit committee instead"),
      ])
      #expect(saved.status == 303)
      #expect(saved.header("Location") == "/component/D1.GV.BO?saved=1")
      let onDisk = try answers(path)
      #expect(onDisk["D1.GV.BO.B.1"] == Answer(statementID: "D1.GV.BO.B.1", value: .yes, comment: comment, evidence: "BoD-2026-11 §4"))
      #expect(onDisk["D1.GV.BO.B.2"]?.compensatingControl == "Quarterly report to the audit committee instead")
      #expect(onDisk["D1.GV.BO.E.1"]?.value == .unanswered)
      #expect(FileManager.default.fileExists(atPath: path + ".bak"))
    }
    // A new server over the same file shows the answer: it was on disk, not only in memory.
    let again = try start(folder)
    let page = try again.get("/component/D1.GV.BO")
    #expect(page.status == 200)
    #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;board&quot; minutes, 2026"))
    #expect(!page.body.contains("<script>alert(1)"))
    #expect(page.body.contains(#"name="value:D1.GV.BO.B.1" value="yes" checked"#))
    let overview = try again.get("/")
    #expect(overview.body.contains("2 / 6"), "D1.GV.BO has two of six statements answered")
  }

  @Test func aChangeThatWouldMakeTheFileInvalidIsRefusedAndTheFileLeftAsItWas() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try start(folder)
    let path = folder + "/answers.xml"
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let refused = try server.post("/component/D1.GV.BO", [
      ("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "not-applicable"), ("comment:D1.GV.BO.B.1", "kept on the page"),
    ])
    #expect(refused.status == 422)
    #expect(refused.body.contains("the answer &#39;not applicable&#39; needs a justification") || refused.body.contains("needs a justification"))
    #expect(refused.body.contains("kept on the page"), "what was typed is shown again, not lost")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(!FileManager.default.fileExists(atPath: path + ".bak"))

    // The page's script asks for JSON and gets the same refusal.
    let json = try server.post(
      "/outcomes", [("value:OI.D1.BOARD", "99")], headers: ["Accept": "application/json"])
    #expect(json.status == 422)
    #expect(json.header("Content-Type")?.hasPrefix("application/json") == true)
    #expect(json.body.contains(#""fields":["value:OI.D1.BOARD"]"#))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

    let badProfile = try server.post("/profile", [
      ("name", "Bank"), ("sector", "bank"), ("tier", "bank-1"), ("period", "2026Q9"), ("date", "2026-02-30"), ("assessor", "CISO"),
    ])
    #expect(badProfile.status == 422)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func aFileChangedOnDiskBySomeoneElseIsNotOverwritten() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try start(folder)
    let path = folder + "/answers.xml"
    // Another tool (or a colleague's editor) saves the file meanwhile.
    var theirs = try Loader.responses(at: path, for: Self.miniQuestionnaire)
    theirs.answers["D1.GV.BO.B.2"] = Answer(statementID: "D1.GV.BO.B.2", value: .no, comment: "edited by hand")
    let theirBytes = try ResponsesWriter(questionnaire: Self.miniQuestionnaire, language: .english).xml(theirs)
    try AtomicFile.write(theirBytes, to: path)

    let conflict = try server.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")])
    #expect(conflict.status == 409)
    #expect(conflict.body.contains("was changed on disk"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(theirBytes))
    #expect(try server.get("/").body.contains("The response file was changed on disk"))

    let reload = try server.post("/reload", [("back", "/component/D1.GV.BO")])
    #expect(reload.status == 303)
    #expect(reload.header("Location") == "/component/D1.GV.BO?reloaded=1")
    let saved = try server.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")])
    #expect(saved.status == 303)
    let merged = try answers(path)
    #expect(merged["D1.GV.BO.B.2"]?.comment == "edited by hand")
    #expect(merged["D1.GV.BO.B.1"]?.value == .yes)
  }

  @Test func requestsWithoutTheTokenOrFromAnotherOriginAreRefused() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try start(folder)
    let path = folder + "/answers.xml"
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let change = [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")]

    #expect(try server.send(path: "/").status == 403)
    #expect(try server.send(path: "/static/app.js").status == 403)
    #expect(try server.send(path: "/?token=" + String(repeating: "0", count: 64)).status == 403)
    let admitted = try server.send(path: "/risk?token=" + server.token)
    #expect(admitted.status == 303)
    #expect(admitted.header("Location") == "/risk")
    #expect(admitted.header("Set-Cookie") == "\(server.cookie); Path=/; HttpOnly; SameSite=Strict")
    #expect(server.cookieName.wholeMatch(of: /fincyber-[0-9a-f]{16}/) != nil, "the cookie's name is random per run: \(server.cookieName)")
    // The admission redirect goes to a path on this server only (F14).
    #expect(try server.send(path: "//evil.example/?token=" + server.token).header("Location") == "/")

    #expect(try server.post("/component/D1.GV.BO", change, headers: ["Origin": "http://evil.example"]).status == 403)
    #expect(try server.post("/component/D1.GV.BO", change, headers: ["Origin": ""]).status == 403)
    #expect(try server.post("/component/D1.GV.BO", change, csrf: String(repeating: "a", count: 64)).status == 403)
    #expect(try server.post("/component/D1.GV.BO", change, headers: ["Cookie": ""]).status == 403)
    #expect(try server.get("/", headers: ["Host": "evil.example:\(server.port)"]).status == 421)
    // A name can be rebound: only the literal address the page was opened at is served.
    #expect(try server.get("/", headers: ["Host": "localhost:\(server.port)"]).status == 421)
    #expect(try server.get("/", headers: ["Host": "127.0.0.1:\(server.port)"]).status == 421)
    let twoHosts = try server.send(path: "/", headers: ["Cookie": server.cookie], extraHeaderLines: ["Host: evil.example"])
    #expect(twoHosts.status == 400, "a second Host header is refused (RFC 9112)")
    // A cookie of the same name planted by another service cannot shadow the real one (F14).
    #expect(try server.get("/", headers: ["Cookie": "\(server.cookieName)=planted; \(server.cookie)"]).status == 200)
    #expect(try server.send(method: "PUT", path: "/", headers: ["Cookie": server.cookie, "Origin": server.origin]).status == 405)
    let huge = [UInt8](repeating: UInt8(ascii: "a"), count: 3 * 1024 * 1024)
    let tooLarge = try server.send(
      method: "POST", path: "/outcomes",
      headers: ["Cookie": server.cookie, "Origin": server.origin, "Content-Type": "application/x-www-form-urlencoded"], body: huge)
    #expect(tooLarge.status == 413)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "no refused request changed the file")
  }

  @Test func pagesCarryAStrictPolicyAndServeOnlyWhatTheyGenerate() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try start(folder)
    for page in ["/", "/risk", "/outcomes", "/component/D1.GV.BO", "/component/D2.PR.ZT?show=gaps", "/component/D1.GV.BO?level=evolving"] {
      let response = try server.get(page)
      #expect(response.status == 200, "\(page)")
      #expect(response.header("Content-Security-Policy")?.contains("default-src 'none'; script-src 'self'") == true)
      #expect(response.header("X-Content-Type-Options") == "nosniff")
      #expect(response.header("Cache-Control") == "no-store")
    }
    let report = try server.get("/report")
    #expect(report.status == 200)
    #expect(report.header("Content-Security-Policy")?.contains("script-src") == false)
    #expect(report.body.contains("Cybersecurity maturity gap report"))
    for name in ["gap-report.xml", "assessment-results.oscal.xml", "gap-actions.csv", "responses.xml"] {
      let download = try server.get("/download/" + name)
      #expect(download.status == 200, "\(name)")
      #expect(download.header("Content-Disposition") == "attachment; filename=\"\(name)\"")
    }
    for outside in ["/download/gap-report.html", "/download/..%2F..%2Fetc%2Fpasswd", "/static/../answers.xml", "/static/app.css.bak", "/answers.xml", "/component/NOPE"] {
      let missing = try server.get(outside)
      #expect(missing.status == 404, "\(outside)")
      #expect(!missing.body.contains("access token"), "a missing page does not send the user after the token: \(outside)")
      #expect(missing.header("Content-Security-Policy") != nil)
    }
  }

  @Test func theNextUnansweredStatementIsOneStepAway() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try start(folder)
    #expect(try server.get("/next").header("Location") == "/component/D1.GV.BO#s-D1.GV.BO.B.1")
    _ = try server.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.2"), ("value:D1.GV.BO.B.2", "no")])
    #expect(try server.get("/next?after=D1.GV.BO.B.1").header("Location") == "/component/D1.GV.BO#s-D1.GV.BO.E.1")
    let last = Self.miniQuestionnaire.statements.last!.id
    #expect(try server.get("/next?after=" + last).header("Location") == "/component/D1.GV.BO#s-D1.GV.BO.B.1", "it wraps round")
  }

  @Test func theLanguageSwitchesInThePage() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try start(folder)
    #expect(try server.get("/").body.contains("<html lang=\"en\">"))
    let switched = try server.post("/language", [("lang", "zh-TW"), ("back", "/risk")])
    #expect(switched.status == 303)
    #expect(switched.header("Location") == "/risk")
    let cookie = try #require(switched.header("Set-Cookie")?.split(separator: ";").first.map(String.init))
    let page = try server.get("/risk", headers: ["Cookie": server.cookie + "; " + cookie])
    #expect(page.body.contains("<html lang=\"zh-TW\">"))
    #expect(page.body.contains("固有風險"))
  }

  @Test func anInvalidResponseFileIsReportedAndNothingIsServed() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "<responses xmlns=\"urn:fincyber:responses:1\"/>".write(toFile: folder + "/bad.xml", atomically: true, encoding: .utf8)
    let result = try Binary.run(["serve", "--port", "0", "bad.xml"], in: folder)
    #expect(result.status == 1)
    #expect(result.error.contains("bad.xml:1:"))
    #expect(result.output.isEmpty)
  }

  @Test func aPortInUseIsReportedWithTheWayOut() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Each run has a loopback address of its own, so only a listener on every address takes the
    // port from it.
    let taken = try WildcardListener()
    let second = try Binary.run(["serve", "--questionnaire", Self.mini, "--port", String(taken.port), "other.xml"], in: folder)
    #expect(second.status == 1)
    #expect(second.error.firstMatch(of: #/^127\.[0-9]+\.[0-9]+\.[0-9]+:([0-9]+): cannot listen: /#)?.output.1 == "\(taken.port)", "\(second.error)")
    #expect(second.error.contains("pass --port 0 for any free port"))
  }

  @Test func eachRunListensOnALoopbackAddressOfItsOwn() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (first, second) = (try start(folder), try start(folder, file: "other.xml"))
    for server in [first, second] {
      #expect(server.address.hasPrefix("127."))
      #expect(server.address != "127.0.0.1", "not the address every other local service shares")
      #expect(!server.address.hasSuffix(".0") && !server.address.hasSuffix(".255"))
      #expect(try server.get("/").status == 200)
    }
    #expect(first.address != second.address || first.port != second.port)
    #expect(first.cookieName != second.cookieName)
    // The other run's cookie does not open this one.
    #expect(try first.get("/", headers: ["Cookie": second.cookie]).status == 403)
  }
}
