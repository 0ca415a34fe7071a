import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP listener on loopback that must never see a connection.
final class LoopbackTrap {
  let port: Int
  private let socketDescriptor: Int32

  init() throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    socketDescriptor = descriptor
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    port = Int(UInt16(bigEndian: address.sin_port))
    _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
  }

  /// How many connections arrived; closes the listener.
  func connectionsSeen() -> Int {
    var count = 0
    while true {
      let client = accept(socketDescriptor, nil, nil)
      if client < 0 { break }
      count += 1
      close(client)
    }
    close(socketDescriptor)
    return count
  }
}

/// A named pipe that records whether anything opened it for reading while it was armed.
final class FileTrap: @unchecked Sendable {
  let path: String
  private let lock = NSLock()
  private var armed = true
  private var opened = false
  private let finished = DispatchSemaphore(value: 0)

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-trap-" + UUID().uuidString).path
    guard mkfifo(path, 0o600) == 0 else { throw POSIXError(.EEXIST) }
    let path = self.path
    Thread.detachNewThread { [self] in
      // Blocks until a reader opens the pipe: the file being read, or the release below.
      let descriptor = open(path, O_WRONLY)
      lock.lock()
      if armed { opened = true }
      lock.unlock()
      if descriptor >= 0 { close(descriptor) }
      finished.signal()
    }
  }

  /// Whether the file was opened while armed; then releases the waiting thread and removes the pipe.
  func wasOpened() -> Bool {
    Thread.sleep(forTimeInterval: 0.05)
    lock.lock()
    armed = false
    lock.unlock()
    let release = open(path, O_RDONLY | O_NONBLOCK)
    finished.wait()
    if release >= 0 { close(release) }
    unlink(path)
    lock.lock()
    defer { lock.unlock() }
    return opened
  }
}
