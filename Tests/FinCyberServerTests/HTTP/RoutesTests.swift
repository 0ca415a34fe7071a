import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// The pages, downloads and guard of the answering app, driven in process (``InProcessServer``).
@Suite struct RoutesTests {
  @Test func requestsWithoutTheTokenOrFromAnotherOriginAreRefused() async throws {
    let server = try InProcessServer()
    let before = try server.bytes()
    try await server.run { client in
      let change = [("statement", "D1.GV.BO.B.1"), ("value:D1.GV.BO.B.1", "yes")]
      #expect(try await client.send(.get, "/").status == 403)
      #expect(try await client.send(.get, "/static/app.js").status == 403)
      #expect(try await client.send(.get, "/?token=" + String(repeating: "0", count: 64)).status == 403)
      let admitted = try await client.send(.get, "/risk?token=" + client.access.token)
      #expect(admitted.status == 303)
      #expect(admitted.header("Location") == "/risk")
      #expect(admitted.header("Set-Cookie") == "\(client.cookie); Path=/; HttpOnly; SameSite=Strict")
      // The admission redirect goes to a path on this server only (F14).
      #expect(try await client.send(.get, "//evil.example/?token=" + client.access.token).header("Location") == "/")

      #expect(try await client.post("/component/D1.GV.BO", change, headers: ["Origin": "http://evil.example"]).status == 403)
      #expect(try await client.post("/component/D1.GV.BO", change, headers: ["Origin": ""]).status == 403)
      #expect(try await client.post("/component/D1.GV.BO", change, csrf: String(repeating: "a", count: 64)).status == 403)
      #expect(try await client.post("/component/D1.GV.BO", change, headers: ["Cookie": ""]).status == 403)
      // A cookie of the same name planted by another service cannot shadow the real one (F14).
      #expect(try await client.get("/", headers: ["Cookie": "\(client.access.cookieName)=planted; \(client.cookie)"]).status == 200)
      #expect(try await client.send(.put, "/", headers: ["Cookie": client.cookie, "Origin": client.access.origin]).status == 405)
      let huge = [UInt8](repeating: UInt8(ascii: "a"), count: 3 * 1024 * 1024)
      let tooLarge = try await client.send(
        .post, "/outcomes", headers: ["Cookie": client.cookie, "Origin": client.access.origin, "Content-Type": "application/x-www-form-urlencoded"],
        body: huge)
      #expect(tooLarge.status == 413)
      #expect(try server.bytes() == before, "no refused request changed the file")
    }
  }

  @Test func pagesCarryAStrictPolicyAndServeOnlyWhatTheyGenerate() async throws {
    try await InProcessServer().run { client in
      for page in ["/", "/risk", "/outcomes", "/component/D1.GV.BO", "/component/D2.PR.ZT?show=gaps", "/component/D1.GV.BO?level=evolving"] {
        let response = try await client.get(page)
        #expect(response.status == 200, "\(page)")
        #expect(response.header("Content-Security-Policy")?.contains("default-src 'none'; script-src 'self'") == true)
        #expect(response.header("X-Content-Type-Options") == "nosniff")
        #expect(response.header("Cache-Control") == "no-store")
      }
      let report = try await client.get("/report")
      #expect(report.status == 200)
      #expect(report.header("Content-Security-Policy")?.contains("script-src") == false)
      #expect(report.body.contains("<html lang=\"en\">"))
      for name in ["gap-report.xml", "assessment-results.oscal.xml", "gap-actions.csv", "responses.xml"] {
        let download = try await client.get("/download/" + name)
        #expect(download.status == 200, "\(name)")
        #expect(download.header("Content-Disposition")?.hasPrefix("attachment; filename=\"") == true)
        #expect(download.header("Content-Disposition")?.contains(name) == true)
      }
      for outside in [
        "/download/gap-report.html", "/download/..%2F..%2Fetc%2Fpasswd", "/static/../answers.xml", "/static/app.css.bak", "/answers.xml",
        "/component/NOPE", "/targets",
      ] {
        let missing = try await client.get(outside)
        #expect(missing.status == 404, "\(outside)")
        #expect(!missing.body.contains("access token"), "a missing page does not send the user after the token: \(outside)")
        #expect(missing.header("Content-Security-Policy") != nil)
      }
    }
  }

  @Test func theNextUnansweredStatementIsOneStepAway() async throws {
    try await InProcessServer().run { client in
      #expect(try await client.get("/next").header("Location") == "/component/D1.GV.BO#s-D1.GV.BO.B.1")
      _ = try await client.post("/component/D1.GV.BO", [("statement", "D1.GV.BO.B.2"), ("value:D1.GV.BO.B.2", "no")])
      #expect(try await client.get("/next?after=D1.GV.BO.B.1").header("Location") == "/component/D1.GV.BO#s-D1.GV.BO.E.1")
      let last = ServerFixtures.mini.statements.last!.id
      #expect(try await client.get("/next?after=" + last).header("Location") == "/component/D1.GV.BO#s-D1.GV.BO.B.1", "it wraps round")
    }
  }

  @Test func theLanguageSwitchesInThePageAmongTheModelsLanguages() async throws {
    try await InProcessServer().run { client in
      let english = try await client.get("/").body
      #expect(english.contains("<html lang=\"en\">"))
      #expect(english.contains(#"<input type="hidden" name="lang" value="zh-TW">"#) && english.contains(#"<button type="submit" lang="zh-TW">中文</button>"#))
      let switched = try await client.post("/language", [("lang", "zh-TW"), ("back", "/risk")])
      #expect(switched.status == 303)
      #expect(switched.header("Location") == "/risk")
      let cookie = try #require(switched.header("Set-Cookie")?.split(separator: ";").first.map(String.init))
      #expect(cookie == "fincyber-lang=zh-TW")
      let page = try await client.get("/risk", headers: ["Cookie": client.cookie + "; " + cookie]).body
      #expect(page.contains("<html lang=\"zh-TW\">"))
      #expect(page.contains("固有風險"))
      #expect(page.contains(#"<button type="submit" lang="en">English</button>"#))
    }
  }

  @Test func theRoadmapsWordsComeFromItsFile() async throws {
    // The words the pages used to carry themselves (四大支柱, 構面 for a component, 評估因子, 陳述)
    // are the model's own now: the mini questionnaire calls its parts what the Roadmap does.
    try await InProcessServer().run { client in
      let chinese = ["Cookie": client.cookie + "; fincyber-lang=zh-TW"]
      let overview = try await client.get("/", headers: chinese).body
      #expect(overview.contains("<h2 id=\"domains-heading\">兩大支柱</h2>"), "the mini questionnaire has two pillars")
      #expect(overview.contains("<th scope=\"col\">支柱</th>") && overview.contains("<th scope=\"col\">元件</th>"))
      #expect(overview.contains("<title>總覽 — 測試用小型問卷</title>"))
      let component = try await client.get("/component/D1.GV.BO", headers: chinese).body
      #expect(component.contains("下一個未作答題目"))
      #expect(!component.contains("陳述") && !component.contains("構面</th>") && !component.contains("評估因子"))
      let english = try await client.get("/").body
      #expect(english.contains("<h2 id=\"domains-heading\">The two pillars</h2>"))
      #expect(english.contains("<th scope=\"col\">Pillar</th>"))
    }
  }
}
