import Foundation

/// The per-run secrets and the port, shared by every request handler.
///
/// The port is known only once the server listens (`--port 0` lets the system choose), so the
/// guard is set then; until it is, every request is refused.
final class ServerState: @unchecked Sendable {
  private let lock = NSLock()
  private var current: AccessGuard?
  let token = AccessGuard.randomToken()
  let csrf = AccessGuard.randomToken()

  /// The guard, once the server listens.
  var accessGuard: AccessGuard? {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// Records the port the server listens on.
  ///
  /// - Parameter port: The port.
  /// - Returns: The guard for that port.
  func listening(on port: Int) -> AccessGuard {
    lock.lock()
    defer { lock.unlock() }
    let made = AccessGuard(token: token, csrf: csrf, port: port)
    current = made
    return made
  }
}
