import FinCyberCore
import Foundation

/// Who may use the server: the browser that opened the URL `fincyber serve` printed.
///
/// - Every request must carry the per-run access token: once in the URL (`?token=…`), which
///   sets an `HttpOnly`, `SameSite=Strict` cookie and redirects to the same page without it,
///   then in that cookie.
/// - The `Host` header must name the loopback address, so that a web page that rebinds its
///   own name to 127.0.0.1 is refused.
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
  /// The port the server listens on.
  let port: Int

  /// Creates a guard with fresh random tokens.
  ///
  /// - Parameter port: The port the server listens on.
  init(port: Int) {
    self.init(token: Self.randomToken(), csrf: Self.randomToken(), port: port)
  }

  init(token: String, csrf: String, port: Int) {
    self.token = token
    self.csrf = csrf
    self.port = port
  }

  /// The cookie's name; it names the port, since browsers share cookies across a host's ports.
  var cookieName: String { "fincyber-\(port)" }

  /// The URL that lets a browser in.
  var entryURL: String { "http://127.0.0.1:\(port)/?token=\(token)" }

  /// The `Set-Cookie` value that admits a browser.
  var admissionCookie: String { "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict" }

  /// Decides on a request from its method, target and headers.
  ///
  /// - Parameters:
  ///   - method: The HTTP method.
  ///   - path: The path, without the query.
  ///   - query: The query string, if any.
  ///   - host: The `Host` header.
  ///   - origin: The `Origin` header.
  ///   - cookies: The `Cookie` header.
  func decide(method: String, path: String, query: String?, host: String?, origin: String?, cookies: String?) -> Decision {
    guard let host, ["127.0.0.1:\(port)", "localhost:\(port)"].contains(host.lowercased()) else {
      return .refuse(status: 421, reason: "this server answers only at 127.0.0.1:\(port)")
    }
    if method == "POST" {
      guard let origin, ["http://127.0.0.1:\(port)", "http://localhost:\(port)"].contains(origin.lowercased()) else {
        return .refuse(status: 403, reason: "a change must come from this server's own pages (Origin \(origin ?? "missing"))")
      }
    } else if method != "GET" && method != "HEAD" {
      return .refuse(status: 405, reason: "only GET and POST are served")
    }
    if Self.cookie(cookieName, in: cookies).map({ Self.same($0, token) }) == true { return .allow }
    if method == "GET", let query, let sent = FormFields(query)["token"], Self.same(sent, token) {
      return .admit(redirect: path)
    }
    return .refuse(status: 403, reason: "open the address that fincyber serve printed, with its token")
  }

  /// Whether a form carries the CSRF token.
  ///
  /// - Parameter fields: The form's fields.
  func formIsGenuine(_ fields: FormFields) -> Bool {
    fields["csrf"].map { Self.same($0, csrf) } ?? false
  }

  /// A cookie's value in a `Cookie` header.
  static func cookie(_ name: String, in header: String?) -> String? {
    guard let header else { return nil }
    for part in header.split(separator: ";") {
      let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
      if pair.count == 2 && pair[0] == name { return String(pair[1]) }
    }
    return nil
  }

  /// Compares two tokens in time that does not depend on where they differ.
  static func same(_ lhs: String, _ rhs: String) -> Bool {
    let (a, b) = (Array(lhs.utf8), Array(rhs.utf8))
    guard a.count == b.count else { return false }
    return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
  }

  /// 32 random bytes as hex, from the system's generator.
  static func randomToken() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
  }
}
