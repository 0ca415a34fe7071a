import HTTPTypes
import Hummingbird

/// The headers every response carries, and the guard that every request passes.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
  let state: ServerState

  /// The policy of the answering pages: their own script and style files, nothing from elsewhere.
  static var pagePolicy: String {
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
  }

  /// The policy of the gap report: its inline styles and SVG, no script at all.
  static var reportPolicy: String {
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
  }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    var response: Response
    if let accessGuard = state.accessGuard {
      let decision = accessGuard.decide(
        method: request.method.rawValue, path: request.uri.path, query: request.uri.query,
        host: request.head.authority, origin: request.headers[.origin],
        cookies: request.headers[values: .cookie].joined(separator: "; "))
      switch decision {
      case .allow:
        do {
          response = try await next(request, context)
        } catch let error as HTTPError {
          response = Self.refusal(status: Int(error.status.code), reason: error.body ?? error.status.reasonPhrase)
        }
      case .admit(let redirect):
        response = Response(status: .seeOther)
        response.headers[.location] = redirect
        response.headers[.setCookie] = accessGuard.admissionCookie
      case .refuse(let status, let reason):
        response = Self.refusal(status: status, reason: reason)
      }
    } else {
      response = Self.refusal(status: 503, reason: "the server is starting")
    }
    if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.pagePolicy }
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
    response.headers[.cacheControl] = "no-store"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
    response.headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
    return response
  }

  /// A short page that says why a request was refused.
  static func refusal(status: Int, reason: String) -> Response {
    let html = PageTemplates.bundled?.render("refused", ["reason": reason]) ?? reason
    var response = Response(
      status: HTTPResponse.Status(code: status), body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    response.headers[.contentType] = "text/html; charset=utf-8"
    return response
  }
}
