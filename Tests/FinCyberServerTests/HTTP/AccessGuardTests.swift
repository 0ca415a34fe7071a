import Testing

@testable import FinCyberServer

/// Every request needs the token; changes need the server's own Origin; the Host must be the
/// run's own loopback address and port, once.
@Suite struct AccessGuardTests {
  let access = AccessGuard(token: "t0k3n", csrf: "c5rf", cookieName: "fincyber-0123456789abcdef", address: "127.83.4.201", port: 8765)
  let host = "127.83.4.201:8765"
  let origin = "http://127.83.4.201:8765"
  let cookie = "fincyber-0123456789abcdef=t0k3n"

  func decide(_ method: String = "GET", path: String = "/", query: String? = nil, hosts: [String]? = nil, origin: String? = nil, cookies: String?)
    -> AccessGuard.Decision
  {
    access.decide(method: method, path: path, query: query, hosts: hosts ?? [host], origin: origin, cookies: cookies)
  }

  @Test func aRequestWithTheCookieIsAllowed() {
    #expect(decide(cookies: cookie) == .allow)
    #expect(decide(cookies: "a=b; " + cookie) == .allow)
  }

  @Test func anyCookieOfTheNameMayHoldTheToken() {
    // Another service on the machine can plant a cookie of the same name (cookies ignore ports),
    // and browsers send the one with the longer path first: it must not lock the user out (F14).
    #expect(decide(cookies: "fincyber-0123456789abcdef=planted; " + cookie) == .allow)
    #expect(decide(cookies: cookie + "; fincyber-0123456789abcdef=planted") == .allow)
    #expect(decide(cookies: "fincyber-0123456789abcdef=planted; fincyber-0123456789abcdef=other") != .allow)
  }

  @Test func theTokenInTheURLAdmitsAndRedirectsWithoutIt() {
    #expect(decide(path: "/risk", query: "token=t0k3n", cookies: nil) == .admit(redirect: "/risk"))
    #expect(access.admissionCookie == "fincyber-0123456789abcdef=t0k3n; Path=/; HttpOnly; SameSite=Strict")
    #expect(access.entryURL == "http://127.83.4.201:8765/?token=t0k3n")
  }

  @Test(arguments: ["//evil.example/", "/\\evil.example", "//evil.example"])
  func theAdmissionRedirectStaysOnThisServer(_ path: String) {
    #expect(decide(path: path, query: "token=t0k3n", cookies: nil) == .admit(redirect: "/"))
  }

  @Test(arguments: [
    ("GET", nil as String?, nil as String?, nil as String?, 403),  // no cookie, no token
    ("GET", nil, nil, "fincyber-8765=t0k3n", 403),  // the token under another cookie name
    ("GET", "token=wrong", nil, nil, 403),  // wrong token in the URL
    ("GET", nil, nil, "fincyber-0123456789abcdef=wrong", 403),  // wrong cookie
    ("POST", "token=t0k3n", "http://127.83.4.201:8765", nil, 403),  // a POST cannot log in by URL
    ("POST", nil, nil, "fincyber-0123456789abcdef=t0k3n", 403),  // no Origin
    ("POST", nil, "http://evil.example", "fincyber-0123456789abcdef=t0k3n", 403),  // a foreign Origin
    ("POST", nil, "http://127.83.4.201:9999", "fincyber-0123456789abcdef=t0k3n", 403),  // another port is another origin
    ("POST", nil, "http://127.0.0.1:8765", "fincyber-0123456789abcdef=t0k3n", 403),  // another address too
    ("POST", nil, "http://localhost:8765", "fincyber-0123456789abcdef=t0k3n", 403),  // and a name
    ("POST", nil, "null", "fincyber-0123456789abcdef=t0k3n", 403),  // an opaque origin
    ("PUT", nil, "http://127.83.4.201:8765", "fincyber-0123456789abcdef=t0k3n", 405),
    ("DELETE", nil, "http://127.83.4.201:8765", "fincyber-0123456789abcdef=t0k3n", 405),
  ])
  func refused(_ method: String, _ query: String?, _ origin: String?, _ cookies: String?, _ status: Int) {
    guard case .refuse(let got, _) = decide(method, query: query, origin: origin, cookies: cookies) else {
      Issue.record("\(method) \(query ?? "") \(origin ?? "") \(cookies ?? "") was not refused")
      return
    }
    #expect(got == status)
  }

  @Test(arguments: [
    "evil.example", "evil.example:8765", "127.83.4.201:9999", "127.83.4.201", "127.0.0.1:8765", "localhost:8765", "LOCALHOST:8765",
  ])
  func aForeignHostIsRefused(_ host: String) {
    // DNS rebinding: a page whose name resolves to a loopback address still sends its own name as
    // Host; and a name, even localhost, can be rebound: only the literal address is served.
    #expect(decide(hosts: [host], cookies: cookie) == .refuse(status: 421, reason: "this server answers only at 127.83.4.201:8765"))
  }

  @Test func aMissingOrRepeatedHostIsRefused() {
    #expect(decide(hosts: [], cookies: cookie) == .refuse(status: 421, reason: "this server answers only at 127.83.4.201:8765"))
    #expect(decide(hosts: [host, "evil.example"], cookies: cookie) == .refuse(status: 400, reason: "a request may carry only one Host header"))
    #expect(decide(hosts: [host, host], cookies: cookie) == .refuse(status: 400, reason: "a request may carry only one Host header"))
  }

  @Test func onHTTPsDefaultPortTheHostAndOriginHaveNoPort() {
    // A browser leaves port 80 out of both Host and Origin; the guard must expect them so.
    let onEighty = AccessGuard(token: "t0k3n", csrf: "c5rf", cookieName: "fincyber-0123456789abcdef", address: "127.83.4.201", port: 80)
    #expect(onEighty.entryURL == "http://127.83.4.201/?token=t0k3n")
    let decide = { (hosts: [String], origin: String?) in
      onEighty.decide(method: "POST", path: "/risk", query: nil, hosts: hosts, origin: origin, cookies: cookie)
    }
    #expect(decide(["127.83.4.201"], "http://127.83.4.201") == .allow)
    #expect(decide(["127.83.4.201"], "http://127.83.4.201:8765") != .allow)
  }

  @Test func aPostFromTheServersOwnPageIsAllowed() {
    #expect(decide("POST", path: "/risk", origin: origin, cookies: cookie) == .allow)
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

  @Test func cookieNamesAreRandomPerRun() {
    let (first, second) = (AccessGuard.randomCookieName(), AccessGuard.randomCookieName())
    #expect(first.wholeMatch(of: /fincyber-[0-9a-f]{16}/) != nil)
    #expect(first != second)
    let state = ServerState()
    #expect(state.listening(at: "127.1.2.3", port: 1).cookieName == state.cookieName)
  }

  @Test func backAddressesStayOnThisServer() {
    #expect(Routes.safeBack("/component/P1.BO.OV?show=gaps") == "/component/P1.BO.OV?show=gaps")
    for hostile in ["//evil.example/", "http://evil.example/", "/\\evil.example", "javascript:alert(1)", "/a b", nil] {
      #expect(Routes.safeBack(hostile) == "/")
    }
  }
}
