import Hummingbird
import Testing

@testable import FinCyberServer

/// Every response carries the security headers, whatever became of the request.
@Suite struct SecurityHeadersTests {
  typealias Middleware = GuardMiddleware<BasicRequestContext>
  let words = [ServerFixtures.words(.traditionalChinese), ServerFixtures.words()]

  struct NotAnHTTPError: Error {}

  @Test func anErrorThatIsNotAnHTTPErrorGetsAPageOfItsOwn() async {
    let response = Middleware.secured(await Middleware.respond(to: .allow, admitting: "c=t", words: words) { throw NotAnHTTPError() })
    #expect(response.status == .internalServerError)
    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "a refusal page, as for an HTTPError")
    #expect(response.headers[.contentSecurityPolicy] == Middleware.pagePolicy)
    #expect(response.headers[.xContentTypeOptions] == "nosniff")
    #expect(response.headers[.cacheControl] == "no-store")
  }

  @Test func anHTTPErrorKeepsItsStatus() async {
    let response = await Middleware.respond(to: .allow, admitting: "c=t", words: words) { throw HTTPError(.notFound, message: "no page") }
    #expect(response.status == .notFound)
  }
}
