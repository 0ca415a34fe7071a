import FinCyberCore
import Foundation
import Testing
import FinCyberTestSupport

/// `fincyber serve` driven over HTTP on a free loopback port, as a browser would drive it: the
/// end-to-end path (the routes themselves are tested in process, in FinCyberServerTests).
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
    let comment = "<script>alert(1)</script> & \"board\" minutes"
    do {
      let server = try start(folder)
      #expect(FileManager.default.fileExists(atPath: path), "a missing response file is created from the template")
      let saved = try server.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes"), ("comment:D1.GV.BO.B.1", comment)])
      #expect(saved.header("Location") == "/component/D1.GV.BO?saved=1")
      let onDisk = try answers(path)["D1.GV.BO.B.1"]
      #expect(onDisk?.value == .yes && onDisk?.comment == comment)
      #expect(onDisk?.trail.answeredAt?.hasSuffix("+08:00") == true, "when it was answered, in the model's time zone: \(onDisk?.trail.answeredAt ?? "none")")
      #expect(FileManager.default.fileExists(atPath: path + ".bak"))
    }
    // A new server over the same file shows the answer: it was on disk, not only in memory.
    let page = try start(folder).get("/component/D1.GV.BO")
    #expect(page.status == 200)
    #expect(page.header("Content-Security-Policy")?.contains("default-src 'none'; script-src 'self'") == true)
    #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;board&quot; minutes"))
    #expect(page.body.contains(#"name="value:D1.GV.BO.B.1" value="yes" checked"#))
  }

  @Test func theTokenAdmitsAndOnlyTheRunsOwnAddressIsServed() throws {
    // The rest of the guard (cookie, token, Origin, CSRF, methods, body size) is tested in process
    // (FinCyberServerTests); these need the real connection's Host header.
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = try start(folder)
    #expect(try server.send(path: "/").status == 403)
    let admitted = try server.send(path: "/risk?token=" + server.token)
    #expect(admitted.status == 303)
    #expect(admitted.header("Location") == "/risk")
    #expect(admitted.header("Set-Cookie") == "\(server.cookie); Path=/; HttpOnly; SameSite=Strict")
    #expect(server.cookieName.wholeMatch(of: /fincyber-[0-9a-f]{16}/) != nil, "the cookie's name is random per run: \(server.cookieName)")
    #expect(try server.get("/", headers: ["Host": "evil.example:\(server.port)"]).status == 421)
    // A name can be rebound: only the literal address the page was opened at is served.
    #expect(try server.get("/", headers: ["Host": "localhost:\(server.port)"]).status == 421)
    #expect(try server.get("/", headers: ["Host": "127.0.0.1:\(server.port)"]).status == 421)
    let twoHosts = try server.send(path: "/", headers: ["Cookie": server.cookie], extraHeaderLines: ["Host: evil.example"])
    #expect(twoHosts.status == 400, "a second Host header is refused (RFC 9112)")
    #expect(try server.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.1")], headers: ["Origin": "http://evil.example"]).status == 403)
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
