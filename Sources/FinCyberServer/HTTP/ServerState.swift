import Foundation

/// The per-run secrets, the address and the port, and who is answering, shared by every request handler.
///
/// The port is known only once the server listens (`--port 0` lets the system choose), so the
/// guard is set then; until it is, every request is refused.
final class ServerState: @unchecked Sendable {
  private let lock = NSLock()
  private var current: AccessGuard?
  private var name: String?
  /// The access token, new each run.
  let token = AccessGuard.randomToken()
  /// The CSRF token, new each run.
  let csrf = AccessGuard.randomToken()
  /// The access cookie's name, new each run.
  let cookieName = AccessGuard.randomCookieName()

  /// The guard, once the server listens.
  var accessGuard: AccessGuard? {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// Who is answering, as they gave their name once in this run; nil until they do. It is kept
  /// in the server's memory only (never in a cookie) and recorded on each answer they change or confirm.
  var answerer: String? {
    get {
      lock.lock()
      defer { lock.unlock() }
      return name
    }
    set {
      lock.lock()
      defer { lock.unlock() }
      name = newValue
    }
  }

  /// Records the address and port the server listens on.
  ///
  /// - Parameters:
  ///   - address: The loopback address.
  ///   - port: The port.
  /// - Returns: The guard for that address and port.
  func listening(at address: String, port: Int) -> AccessGuard {
    lock.lock()
    defer { lock.unlock() }
    let made = AccessGuard(token: token, csrf: csrf, cookieName: cookieName, address: address, port: port)
    current = made
    return made
  }
}
