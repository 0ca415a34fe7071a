import FinCyberCore
import FinCyberTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

@testable import FinCyberServer

/// The answering app as ``AnswerServer/prepare(_:address:announce:)`` builds it, unstarted, its
/// routes driven in process through Hummingbird's testing module (`app.test(.router)`): every
/// request passes the real guard and middleware, with no socket and no spawned binary.
///
/// The testing client sends every request to `localhost` on HTTP's default port, so the guard is
/// set, as the server sets it once it listens, for that address: its `Host` is `localhost` and its
/// origin `http://localhost`.
struct InProcessServer: Sendable {
  /// The folder the response file is in, removed after the run.
  let folder: String
  /// The response file.
  let path: String
  /// The app and its per-run secrets.
  let prepared: AnswerServer.Prepared
  /// The guard, as set for the testing client's address.
  let access: AccessGuard
  /// The server's clock: always this moment.
  static let now = "2026-12-01T09:30:00+08:00"

  /// Builds the app over a response file in a new folder.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire and its file's bytes; the mini questionnaire by default.
  ///   - copying: A response file to start from; none creates one from the template.
  ///   - language: The pages' default language.
  ///   - carryFrom: A previous period's response file the new one starts from (``CarryForward``).
  init(
    _ questionnaire: (Questionnaire, [UInt8]) = (ServerFixtures.mini, ServerFixtures.miniBytes), copying: String? = nil,
    language: Language = .english, carryFrom: String? = nil
  ) throws {
    folder = try ServerFixtures.temporaryFolder()
    path = folder + "/answers.xml"
    if let copying { try FileManager.default.copyItem(atPath: copying, toPath: path) }
    let configuration = AnswerServer.Configuration(
      questionnaire: questionnaire.0, questionnaireBytes: questionnaire.1, responsesPath: path, port: 80, language: language,
      today: ("2026-12-01", "2026Q4"), now: { InProcessServer.now }, carryFrom: carryFrom)
    prepared = try AnswerServer.prepare(configuration, address: LoopbackAddress.Choice(address: "localhost", isFallback: false)) { _ in }
    access = prepared.state.listening(at: "localhost", port: 80)
  }

  /// Runs a test against the app, then removes the folder.
  ///
  /// - Parameter test: The test, given a client that sends what the server's own page would.
  func run(_ test: @escaping @Sendable (InProcessClient) async throws -> Void) async throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let access = access
    try await prepared.application.test(.router) { client in try await test(InProcessClient(client: client, access: access)) }
  }

  /// The response file's bytes now.
  func bytes() throws -> [UInt8] { try ServerFixtures.bytes(path) }

  /// The responses in the file now.
  ///
  /// - Parameter questionnaire: Their questionnaire; the mini questionnaire by default.
  func responses(_ questionnaire: Questionnaire = ServerFixtures.mini) throws -> Responses {
    try Loader.responses(at: path, for: questionnaire)
  }
}

/// A response as a test reads it: status, headers and the body as text.
struct InProcessResponse: Sendable {
  var status: Int
  var headers: HTTPFields
  var body: String

  /// A header's value, or nil.
  ///
  /// - Parameter name: The header's name.
  func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }
}

/// Sends requests to the app in process, as the browser that opened the printed address would:
/// with the access cookie, and for a change with the server's own origin and CSRF token.
struct InProcessClient: Sendable {
  let client: any TestClientProtocol
  let access: AccessGuard

  /// The access cookie as a `Cookie` header sends it.
  var cookie: String { "\(access.cookieName)=\(access.token)" }

  /// Sends a request; a header given an empty value is left out.
  func send(_ method: HTTPRequest.Method = .get, _ path: String, headers: [String: String] = [:], body: [UInt8]? = nil) async throws
    -> InProcessResponse
  {
    var fields = HTTPFields()
    for (name, value) in headers where !value.isEmpty { fields[HTTPField.Name(name)!] = value }
    let response = try await client.execute(uri: path, method: method, headers: fields, body: body.map { ByteBuffer(bytes: $0) })
    return InProcessResponse(status: Int(response.status.code), headers: response.headers, body: String(buffer: response.body))
  }

  /// A GET with the access cookie.
  func get(_ path: String, headers: [String: String] = [:]) async throws -> InProcessResponse {
    try await send(.get, path, headers: ["Cookie": cookie].merging(headers) { _, given in given })
  }

  /// A POST of a form with the cookie, the server's own origin and its CSRF token.
  func post(_ path: String, _ fields: [(String, String)], headers: [String: String] = [:], csrf: String? = nil) async throws
    -> InProcessResponse
  {
    let base = ["Cookie": cookie, "Origin": access.origin, "Content-Type": "application/x-www-form-urlencoded"]
    return try await send(
      .post, path, headers: base.merging(headers) { _, given in given }, body: FormBody.encode([("csrf", csrf ?? access.csrf)] + fields))
  }
}

extension Answer {
  /// The answer as the in-process server saves it when changed with no answerer named: with the
  /// server's clock's moment recorded.
  var savedNow: Answer {
    var saved = self
    saved.trail.answeredAt = InProcessServer.now
    return saved
  }
}
