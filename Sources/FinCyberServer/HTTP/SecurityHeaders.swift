import FinCyberReports
import HTTPTypes
import Hummingbird

/// The headers every response carries, and the guard that every request passes.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
  let state: ServerState
  /// The words a refusal is said in: each of the model's languages that fincyber writes.
  let words: [Localizer]

  /// The policy of the answering pages: their own script and style files, nothing from elsewhere.
  static var pagePolicy: String {
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
  }

  /// The policy of the gap report: its inline styles and SVG, no script at all.
  static var reportPolicy: String {
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
  }

  /// Decides on a request with the guard, serves it when allowed, and adds the headers every
  /// response carries, whatever became of the request.
  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    guard let accessGuard = state.accessGuard else {
      return Self.secured(Self.refusal(status: 503, reason: "the server is starting", words: words))
    }
    // The first Host header becomes the authority; any further one stays among the fields.
    let hosts = (request.head.authority.map { [$0] } ?? []) + request.headers[values: HTTPField.Name("Host")!]
    let decision = accessGuard.decide(
      method: request.method.rawValue, path: request.uri.path, query: request.uri.query,
      hosts: hosts, origin: request.headers[.origin],
      cookies: request.headers[values: .cookie].joined(separator: "; "))
    return Self.secured(
      await Self.respond(to: decision, admitting: accessGuard.admissionCookie, words: words) { try await next(request, context) })
  }

  /// The response to a guard's decision: the served page when allowed, the admission redirect,
  /// or a refusal page. An error of any kind while serving is answered with a page of its own
  /// (500 for one that is not an `HTTPError`), never passed on without the security headers.
  ///
  /// - Parameters:
  ///   - decision: The guard's decision.
  ///   - cookie: The `Set-Cookie` value that admits a browser.
  ///   - words: The words a refusal is said in.
  ///   - serve: Serves the request.
  static func respond(
    to decision: AccessGuard.Decision, admitting cookie: String, words: [Localizer], serve: () async throws -> Response
  ) async -> Response {
    switch decision {
    case .allow:
      do {
        return try await serve()
      } catch let error as HTTPError {
        return refusal(status: Int(error.status.code), reason: error.body ?? error.status.reasonPhrase, words: words)
      } catch {
        return refusal(status: 500, reason: "the server could not answer: \(error)", words: words)
      }
    case .admit(let redirect):
      var response = Response(status: .seeOther)
      response.headers[.location] = redirect
      response.headers[.setCookie] = cookie
      return response
    case .refuse(let status, let reason):
      return refusal(status: status, reason: reason, words: words)
    }
  }

  /// A response with the headers every response carries; a policy set already (the report's) is kept.
  ///
  /// - Parameter response: The response.
  static func secured(_ response: Response) -> Response {
    var response = response
    if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = pagePolicy }
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
    response.headers[.cacheControl] = "no-store"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
    response.headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
    return response
  }

  /// A short page that says why a request was refused (``RefusalPage``).
  ///
  /// - Parameters:
  ///   - status: The HTTP status.
  ///   - reason: Why.
  ///   - words: The words of each language to say it in.
  static func refusal(status: Int, reason: String, words: [Localizer]) -> Response {
    let page = RefusalPage.html(status: status, reason: reason, words: words)
    var response = Response(status: HTTPResponse.Status(code: status), body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    response.headers[.contentType] = "text/html; charset=utf-8"
    return response
  }
}
