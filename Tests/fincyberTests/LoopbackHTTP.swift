import FinCyberTestSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client for loopback addresses, so that the tests set every header themselves
/// (Host, Origin, Cookie) and see every response as sent: no redirects followed, no cookies kept.
enum LoopbackHTTP {
  struct Response {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: String

    func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
  }

  /// Sends one request and reads the whole response (`Connection: close`).
  ///
  /// - Parameters:
  ///   - address: The loopback address, e.g. the one `fincyber serve` printed.
  ///   - port: The port.
  ///   - method: The method.
  ///   - path: The target.
  ///   - headers: Headers that replace or add to `Host` (the address and port), `Connection` and `Content-Length`.
  ///   - extraHeaderLines: Raw header lines sent as they are, after the others (a second `Host`).
  ///   - body: The body.
  static func send(
    address: String = "127.0.0.1", port: Int, method: String = "GET", path: String, headers: [String: String] = [:],
    extraHeaderLines: [String] = [], body: [UInt8] = []
  ) throws -> Response {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Failure("socket: \(errno)") }
    defer { close(socket) }
    var timeout = timeval(tv_sec: 30, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let host = address
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr(host)
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw Failure("connect to \(host):\(port): \(errno)") }
    var head = "\(method) \(path) HTTP/1.1\r\n"
    var all = ["Host": "\(host):\(port)", "Connection": "close", "Content-Length": String(body.count)]
    all.merge(headers) { _, given in given }
    for (name, value) in all.sorted(by: { $0.key < $1.key }) where !value.isEmpty { head += "\(name): \(value)\r\n" }
    for line in extraHeaderLines { head += line + "\r\n" }
    let request = Array((head + "\r\n").utf8) + body
    var sent = 0
    while sent < request.count {
      let count = request[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if count <= 0 { break }  // the server may close early on a refused upload; read what it said
      sent += count
    }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = recv(socket, &buffer, buffer.count, 0)
      if count <= 0 { break }
      received += buffer[0..<count]
    }
    return try parse(received)
  }

  static func parse(_ bytes: [UInt8]) throws -> Response {
    let separator: [UInt8] = [13, 10, 13, 10]
    guard let end = (0..<max(bytes.count - 3, 0)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
      throw Failure("no complete response: \(String(decoding: bytes, as: UTF8.self).prefix(200))")
    }
    let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
    guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { throw Failure("no status line") }
    let headers = lines.dropFirst().compactMap { line -> (String, String)? in
      guard let colon = line.firstIndex(of: ":") else { return nil }
      return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }
    return Response(status: status, headers: headers, body: String(decoding: bytes[(end + 4)...], as: UTF8.self))
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}

/// `fincyber serve` running in the background for a test, stopped when the test is done.
final class ServeProcess {
  let process = Process()
  /// The loopback address it printed.
  let address: String
  let port: Int
  let token: String
  /// The access cookie's name, learnt from the admission (it is random per run).
  let cookieName: String
  /// What it printed before the address, and the address.
  let output: String

  /// Starts `fincyber serve` on a free port, waits for the address it prints, and is admitted
  /// with the token once, to learn the cookie's name.
  init(_ arguments: [String], in folder: String) throws {
    process.executableURL = URL(fileURLWithPath: Binary.path)
    process.arguments = ["serve", "--port", "0"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    var text = ""
    let deadline = Date().addingTimeInterval(30)
    while !text.contains("(only this machine"), Date() < deadline, process.isRunning {
      let data = pipe.fileHandleForReading.availableData
      if data.isEmpty { break }
      text += String(decoding: data, as: UTF8.self)
    }
    output = text
    guard let match = text.firstMatch(of: Self.url) else {
      process.terminate()
      throw LoopbackHTTP.Failure("fincyber serve printed no address: \(text)")
    }
    address = String(match.output.1)
    port = Int(match.output.2)!
    token = String(match.output.3)
    let admitted = try LoopbackHTTP.send(address: address, port: port, path: "/?token=" + token)
    guard let cookie = admitted.header("Set-Cookie"), let name = cookie.split(separator: "=").first else {
      process.terminate()
      throw LoopbackHTTP.Failure("the token did not admit: \(admitted.status)")
    }
    cookieName = String(name)
  }

  /// The URL `fincyber serve` prints: its loopback address, port and token.
  nonisolated(unsafe) static let url = /http:\/\/(127\.[0-9]+\.[0-9]+\.[0-9]+):([0-9]+)\/\?token=([0-9a-f]+)/

  deinit {
    if process.isRunning {
      process.interrupt()
      process.waitUntilExit()
    }
  }

  /// The access cookie as a `Cookie` header sends it.
  var cookie: String { "\(cookieName)=\(token)" }
  /// The server's own origin.
  var origin: String { "http://\(address):\(port)" }

  /// A request as the server's own page would send it, to the server's address.
  func send(
    method: String = "GET", path: String, headers: [String: String] = [:], extraHeaderLines: [String] = [], body: [UInt8] = []
  ) throws -> LoopbackHTTP.Response {
    try LoopbackHTTP.send(
      address: address, port: port, method: method, path: path, headers: headers, extraHeaderLines: extraHeaderLines, body: body)
  }

  /// A GET with the access cookie.
  func get(_ path: String, headers: [String: String] = [:]) throws -> LoopbackHTTP.Response {
    try send(path: path, headers: ["Cookie": cookie].merging(headers) { _, given in given })
  }

  /// A POST of a form, as the server's own page sends it, with the CSRF token read from a page.
  func post(_ path: String, _ fields: [(String, String)], headers: [String: String] = [:], csrf: String? = nil) throws -> LoopbackHTTP.Response {
    let token = try csrf ?? csrfToken()
    let base = ["Cookie": cookie, "Origin": origin, "Content-Type": "application/x-www-form-urlencoded"]
    return try send(method: "POST", path: path, headers: base.merging(headers) { _, given in given }, body: FormBody.encode([("csrf", token)] + fields))
  }

  /// The CSRF token the overview page carries.
  func csrfToken() throws -> String {
    let page = try get("/")
    guard let match = page.body.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/) else { throw LoopbackHTTP.Failure("no CSRF token") }
    return String(match.output.1)
  }
}

/// A TCP listener on every IPv4 address (0.0.0.0) and a free port, closed when released: it takes
/// the port from every loopback address at once.
final class WildcardListener {
  /// The listening socket.
  let descriptor: Int32
  /// The port it took.
  let port: Int

  /// Listens on 0.0.0.0 and a port the system chooses.
  init() throws {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw LoopbackHTTP.Failure("socket: \(errno)") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = INADDR_ANY
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, length) == 0 && listen(socket, 1) == 0 && getsockname(socket, $0, &length) == 0
      }
    }
    guard bound else {
      close(socket)
      throw LoopbackHTTP.Failure("bind 0.0.0.0: \(errno)")
    }
    descriptor = socket
    port = Int(UInt16(bigEndian: address.sin_port))
  }

  deinit { close(descriptor) }
}
