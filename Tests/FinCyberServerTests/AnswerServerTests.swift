import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer

/// The server, built by ``AnswerServer/prepare(_:address:announce:)`` and run in process: idle
/// connections are closed, and no more than the cap are served at once (F10). The waits are upper
/// bounds only: the server answers on Swift's cooperative threads, which other suites running at
/// the same time may hold for a while.
@Suite(.serialized) struct AnswerServerTests {
  /// Runs a server with an idle timeout and a connection cap, hands its address and port to the
  /// body, and stops it after.
  func withServer(idle: Duration, cap: Int, _ body: (String, Int) async throws -> Void) async throws {
    let folder = try ServerFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var configuration = AnswerServer.Configuration(
      questionnaire: ServerFixtures.mini, questionnaireBytes: ServerFixtures.miniBytes, responsesPath: folder + "/answers.xml", port: 0,
      language: .english, today: ("2026-12-01", "2026Q4"), now: { InProcessServer.now })
    configuration.idleTimeout = idle
    configuration.maximumConnections = cap
    let (announcements, announced) = AsyncStream.makeStream(of: AnswerServer.Announcement.self)
    let server = try AnswerServer.prepare(configuration) { announced.yield($0) }
    let running = Task { try await server.application.runService(gracefulShutdownSignals: []) }
    defer { running.cancel() }
    let announcement = try #require(await announcements.first { _ in true })
    let match = try #require(announcement.url.firstMatch(of: /http:\/\/([0-9.]+):([0-9]+)\//))
    try await body(String(match.output.1), Int(match.output.2)!)
  }

  @Test func anIdleConnectionIsClosed() async throws {
    try await withServer(idle: .seconds(1), cap: 64) { address, port in
      let silent = try RawConnection(address: address, port: port)
      #expect(await silent.read(within: 300).closed, "a connection that sends nothing is closed")
      // Half a request head, then nothing (slowloris): closed as well.
      let partial = try RawConnection(address: address, port: port)
      partial.send("GET / HTTP/1.1\r\nHost: \(address):\(port)\r\nX-Slow: ")
      #expect(await partial.read(within: 300).closed, "a request head that stops arriving is closed")
      // A kept-alive connection after its answer, too.
      let kept = try RawConnection(address: address, port: port)
      kept.send("GET / HTTP/1.1\r\nHost: \(address):\(port)\r\n\r\n")
      #expect(await kept.responseHead(within: 300)?.hasPrefix("HTTP/1.1 403") == true)
      #expect(await kept.read(within: 300).closed)
    }
  }

  @Test func connectionsBeyondTheCapWaitUntilOneCloses() async throws {
    try await withServer(idle: .seconds(600), cap: 2) { address, port in
      let request = "GET / HTTP/1.1\r\nHost: \(address):\(port)\r\n\r\n"
      let first = try RawConnection(address: address, port: port)
      let second = try RawConnection(address: address, port: port)
      for connection in [first, second] {
        connection.send(request)
        #expect(await connection.responseHead(within: 300) != nil, "the first two are served")
      }
      let third = try RawConnection(address: address, port: port)
      third.send(request)
      #expect(await third.responseHead(within: 1) == nil, "the third is not served while two are open")
      _ = consume first
      #expect(await third.responseHead(within: 300)?.hasPrefix("HTTP/1.1 403") == true, "it is served once one closes")
      _ = second
    }
  }
}
