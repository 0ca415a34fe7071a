import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A bare TCP connection to a loopback address, for what an HTTP client hides: a connection that
/// sends nothing, or half a request, and whether the server closed it. Its waits run on a thread
/// of their own, never on Swift's cooperative threads, which a server in the same process needs.
final class RawConnection: @unchecked Sendable {
  private let descriptor: Int32

  /// Connects; the system's queue accepts it even while the server does not.
  init(address: String, port: Int) throws {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Failure("socket: \(errno)") }
    var target = sockaddr_in()
    target.sin_family = sa_family_t(AF_INET)
    target.sin_port = in_port_t(UInt16(port).bigEndian)
    target.sin_addr.s_addr = inet_addr(address)
    let connected = withUnsafePointer(to: &target) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else {
      close(socket)
      throw Failure("connect to \(address):\(port): \(errno)")
    }
    descriptor = socket
  }

  deinit { close(descriptor) }

  /// Sends text as it is.
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
  }

  /// What arrives within a time: the bytes read, and whether the server closed the connection.
  ///
  /// - Parameters:
  ///   - seconds: How long to wait at most.
  ///   - until: Stops as soon as the bytes read satisfy it.
  func read(within seconds: Double, until: @escaping @Sendable ([UInt8]) -> Bool = { _ in false }) async -> (bytes: [UInt8], closed: Bool) {
    await withCheckedContinuation { continuation in
      Thread.detachNewThread { continuation.resume(returning: self.blockingRead(within: seconds, until: until)) }
    }
  }

  private func blockingRead(within seconds: Double, until: ([UInt8]) -> Bool) -> (bytes: [UInt8], closed: Bool) {
    var received: [UInt8] = []
    let deadline = Date().addingTimeInterval(seconds)
    var buffer = [UInt8](repeating: 0, count: 4096)
    while Date() < deadline {
      var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let left = Int32(max(deadline.timeIntervalSinceNow * 1000, 1))
      guard poll(&entry, 1, left) > 0 else { continue }
      let count = recv(descriptor, &buffer, buffer.count, 0)
      if count <= 0 { return (received, true) }
      received += buffer[0..<count]
      if until(received) { return (received, false) }
    }
    return (received, false)
  }

  /// Reads until a response's head has arrived, within a time; nil when none did.
  func responseHead(within seconds: Double) async -> String? {
    let result = await read(within: seconds) { String(decoding: $0, as: UTF8.self).contains("\r\n\r\n") }
    let text = String(decoding: result.bytes, as: UTF8.self)
    return text.contains("\r\n\r\n") ? text : nil
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
