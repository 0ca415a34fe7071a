import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The loopback address a run listens on: a random one in 127.0.0.0/8, so that the browser keeps
/// the run's cookie to this server alone.
///
/// Browsers scope cookies by host, not by port: a cookie set by `127.0.0.1:8765` is sent to every
/// other service on `127.0.0.1`. An address of its own (`127.83.4.201`) gives the run a host of
/// its own. Linux routes the whole of 127.0.0.0/8 to the loopback interface; a system that has
/// only 127.0.0.1 configured (macOS) cannot bind the others, and the run falls back to 127.0.0.1.
enum LoopbackAddress {
  /// The address every system has.
  static let shared = "127.0.0.1"

  /// The address chosen for a run, and whether it is the shared fallback.
  struct Choice: Sendable, Equatable {
    /// The dotted address, e.g. `127.83.4.201`.
    var address: String
    /// Whether the random address could not be bound, so the run uses 127.0.0.1.
    var isFallback: Bool
  }

  /// A random address in 127.0.0.0/8 other than 127.0.0.1, whose last byte is neither 0 nor 255.
  ///
  /// - Parameter generator: The source of randomness.
  static func random(using generator: inout some RandomNumberGenerator) -> String {
    while true {
      let address = "127.\(UInt8.random(in: 0...255, using: &generator)).\(UInt8.random(in: 0...255, using: &generator))."
        + "\(UInt8.random(in: 1...254, using: &generator))"
      if address != shared { return address }
    }
  }

  /// Chooses the run's address: a random one when the system can bind it, else 127.0.0.1.
  ///
  /// - Parameter canBind: Whether an address can be bound; by default a real trial bind.
  static func choose(canBind: (String) -> Bool = canBind) -> Choice {
    var generator = SystemRandomNumberGenerator()
    let address = random(using: &generator)
    return canBind(address) ? Choice(address: address, isFallback: false) : Choice(address: shared, isFallback: true)
  }

  /// Whether a TCP socket can be bound to an address (on any free port); the socket is closed at once.
  ///
  /// - Parameter address: A dotted IPv4 address.
  static func canBind(_ address: String) -> Bool {
    #if canImport(Glibc)
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var socketAddress = sockaddr_in()
    socketAddress.sin_family = sa_family_t(AF_INET)
    socketAddress.sin_port = 0
    guard inet_pton(AF_INET, address, &socketAddress.sin_addr) == 1 else { return false }
    let bound = withUnsafePointer(to: &socketAddress) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    return bound == 0
  }
}
