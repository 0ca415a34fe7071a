import FinCyberCore
import Foundation

/// Who may use the server: the browser that opened the URL `fincyber serve` printed.
///
/// - The server listens on an address of its own in 127.0.0.0/8 (``LoopbackAddress``), and the
///   `Host` header must be exactly that address and port: a web page that rebinds its own name to
///   a loopback address is refused, and so is any name (`localhost` included), since a name can
///   be rebound and the literal address is what the page was opened at. A request with more than
///   one `Host` header is refused (RFC 9112).
/// - Every request must carry the per-run access token: once in the URL (`?token=…`), which
///   sets an `HttpOnly`, `SameSite=Strict` cookie and redirects to the same page without it,
///   then in that cookie. The cookie's name is random per run, and the request is allowed when
///   any cookie of that name holds the token, so a cookie of the same name planted by another
///   service cannot shadow it.
/// - A request that changes anything is a `POST` whose `Origin` is the server's own and whose
///   form carries the per-run CSRF token.
struct AccessGuard: Sendable {
  /// What to do with a request.
  enum Decision: Sendable, Equatable {
    /// Serve it.
    case allow
    /// The token came in the URL: set the cookie and redirect to this address without it.
    case admit(redirect: String)
    /// Refuse it with this status and reason.
    case refuse(status: Int, reason: String)
  }

  /// The access token in the URL and the cookie.
  let token: String
  /// The token every form carries.
  let csrf: String
  /// The access cookie's name: `fincyber-` and 16 random hex digits, new each run.
  let cookieName: String
  /// The loopback address the server listens on, e.g. `127.83.4.201`.
  let address: String
  /// The port the server listens on.
  let port: Int

  /// Creates a guard.
  ///
  /// - Parameters:
  ///   - token: The access token.
  ///   - csrf: The CSRF token.
  ///   - cookieName: The access cookie's name.
  ///   - address: The loopback address listened on.
  ///   - port: The port listened on.
  init(token: String, csrf: String, cookieName: String, address: String, port: Int) {
    self.token = token
    self.csrf = csrf
    self.cookieName = cookieName
    self.address = address
    self.port = port
  }

  /// The server's own `Host`, as a browser writes it: its address and port, without the port
  /// when it is HTTP's default, 80 (a browser leaves it out of both `Host` and `Origin`).
  var host: String { port == 80 ? address : "\(address):\(port)" }

  /// The server's own origin, which every change must come from.
  var origin: String { "http://\(host)" }

  /// The URL that lets a browser in.
  var entryURL: String { "\(origin)/?token=\(token)" }

  /// The `Set-Cookie` value that admits a browser.
  var admissionCookie: String { "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict" }

  /// Decides on a request from its method, target and headers.
  ///
  /// - Parameters:
  ///   - method: The HTTP method.
  ///   - path: The path, without the query.
  ///   - query: The query string, if any.
  ///   - hosts: Every `Host` header the request carried, in order.
  ///   - origin: The `Origin` header.
  ///   - cookies: The `Cookie` header.
  func decide(method: String, path: String, query: String?, hosts: [String], origin: String?, cookies: String?) -> Decision {
    if hosts.count > 1 { return .refuse(status: 400, reason: "a request may carry only one Host header") }
    guard let host = hosts.first, host == self.host else {
      return .refuse(status: 421, reason: "this server answers only at \(self.host)")
    }
    if method == "POST" {
      guard let origin, origin == self.origin else {
        return .refuse(status: 403, reason: "a change must come from this server's own pages (Origin \(origin ?? "missing"))")
      }
    } else if method != "GET" && method != "HEAD" {
      return .refuse(status: 405, reason: "only GET and POST are served")
    }
    if Self.cookies(cookieName, in: cookies).contains(where: { Self.same($0, token) }) { return .allow }
    if method == "GET", let query, let sent = FormFields(query)["token"], Self.same(sent, token) {
      return .admit(redirect: Routes.safeBack(path))
    }
    return .refuse(status: 403, reason: "open the address that fincyber serve printed, with its token")
  }

  /// Whether a form carries the CSRF token.
  ///
  /// - Parameter fields: The form's fields.
  func formIsGenuine(_ fields: FormFields) -> Bool {
    fields["csrf"].map { Self.same($0, csrf) } ?? false
  }

  /// A cookie's value in a `Cookie` header: the first of that name.
  static func cookie(_ name: String, in header: String?) -> String? {
    cookies(name, in: header).first
  }

  /// Every value of a cookie in a `Cookie` header, in order.
  static func cookies(_ name: String, in header: String?) -> [String] {
    guard let header else { return [] }
    return header.split(separator: ";").compactMap { part in
      let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
      return pair.count == 2 && pair[0] == name ? String(pair[1]) : nil
    }
  }

  /// Compares two tokens in time that does not depend on where they differ.
  static func same(_ lhs: String, _ rhs: String) -> Bool {
    let (a, b) = (Array(lhs.utf8), Array(rhs.utf8))
    guard a.count == b.count else { return false }
    return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
  }

  /// Random bytes as hex, from the system's generator.
  ///
  /// - Parameter bytes: How many bytes: 32 (256 bits) for the tokens.
  static func randomToken(bytes: Int = 32) -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
  }

  /// A new access cookie name: `fincyber-` and 16 random hex digits, unpredictable to other services.
  static func randomCookieName() -> String { "fincyber-" + randomToken(bytes: 8) }
}
