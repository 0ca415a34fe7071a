import Testing

@testable import FinCyberServer

/// Every request needs the token; changes need the server's own Origin; the Host must be loopback.
@Suite struct AccessGuardTests {
  let access = AccessGuard(token: "t0k3n", csrf: "c5rf", port: 8765)
  let host = "127.0.0.1:8765"
  let cookie = "fincyber-8765=t0k3n"

  @Test func aRequestWithTheCookieIsAllowed() {
    #expect(access.decide(method: "GET", path: "/", query: nil, host: host, origin: nil, cookies: cookie) == .allow)
    #expect(access.decide(method: "GET", path: "/", query: nil, host: "localhost:8765", origin: nil, cookies: "a=b; " + cookie) == .allow)
  }

  @Test func theTokenInTheURLAdmitsAndRedirectsWithoutIt() {
    #expect(access.decide(method: "GET", path: "/risk", query: "token=t0k3n", host: host, origin: nil, cookies: nil) == .admit(redirect: "/risk"))
    #expect(access.admissionCookie == "fincyber-8765=t0k3n; Path=/; HttpOnly; SameSite=Strict")
    #expect(access.entryURL == "http://127.0.0.1:8765/?token=t0k3n")
  }

  @Test(arguments: [
    ("GET", nil as String?, nil as String?, nil as String?, 403),  // no cookie, no token
    ("GET", nil, nil, "fincyber-9999=t0k3n", 403),  // the token under another port's cookie
    ("GET", "token=wrong", nil, nil, 403),  // wrong token in the URL
    ("GET", nil, nil, "fincyber-8765=wrong", 403),  // wrong cookie
    ("POST", "token=t0k3n", "http://127.0.0.1:8765", nil, 403),  // a POST cannot log in by URL
    ("POST", nil, nil, "fincyber-8765=t0k3n", 403),  // no Origin
    ("POST", nil, "http://evil.example", "fincyber-8765=t0k3n", 403),  // a foreign Origin
    ("POST", nil, "http://127.0.0.1:9999", "fincyber-8765=t0k3n", 403),  // another port is another origin
    ("POST", nil, "null", "fincyber-8765=t0k3n", 403),  // an opaque origin
    ("PUT", nil, "http://127.0.0.1:8765", "fincyber-8765=t0k3n", 405),
    ("DELETE", nil, "http://127.0.0.1:8765", "fincyber-8765=t0k3n", 405),
  ])
  func refused(_ method: String, _ query: String?, _ origin: String?, _ cookies: String?, _ status: Int) {
    guard case .refuse(let got, _) = access.decide(method: method, path: "/", query: query, host: host, origin: origin, cookies: cookies) else {
      Issue.record("\(method) \(query ?? "") \(origin ?? "") \(cookies ?? "") was not refused")
      return
    }
    #expect(got == status)
  }

  @Test(arguments: ["evil.example", "evil.example:8765", "127.0.0.1:9999", "127.0.0.1"])
  func aForeignHostIsRefused(_ host: String) {
    // DNS rebinding: a page whose name resolves to 127.0.0.1 still sends its own name as Host.
    #expect(access.decide(method: "GET", path: "/", query: nil, host: host, origin: nil, cookies: cookie)
      == .refuse(status: 421, reason: "this server answers only at 127.0.0.1:8765"))
  }

  @Test func aPostFromTheServersOwnPageIsAllowed() {
    #expect(access.decide(method: "POST", path: "/risk", query: nil, host: host, origin: "http://127.0.0.1:8765", cookies: cookie) == .allow)
  }

  @Test func theCSRFTokenMustMatch() {
    #expect(access.formIsGenuine(FormFields("csrf=c5rf&x=1")))
    #expect(!access.formIsGenuine(FormFields("x=1")))
    #expect(!access.formIsGenuine(FormFields("csrf=c5rF")))
    #expect(!access.formIsGenuine(FormFields("csrf=")))
  }

  @Test func freshTokensAreLongAndDiffer() {
    let (first, second) = (AccessGuard.randomToken(), AccessGuard.randomToken())
    #expect(first.count == 64)
    #expect(first != second)
    #expect(first.allSatisfy { $0.isHexDigit })
  }

  @Test func backAddressesStayOnThisServer() {
    #expect(Routes.safeBack("/component/P1.BO.OV?show=gaps") == "/component/P1.BO.OV?show=gaps")
    for hostile in ["//evil.example/", "http://evil.example/", "/\\evil.example", "javascript:alert(1)", "/a b", nil] {
      #expect(Routes.safeBack(hostile) == "/")
    }
  }
}
