import FinCyberCore
import FinCyberReports
import Foundation
import Hummingbird

/// The answering pages, their forms and the downloads. A page is served only for a part the
/// model has: the inherent risk page where it rates inherent risk (else a page of the targets
/// alone), the outcomes page where it has outcome indicators.
struct Routes: Sendable {
  let store: ResponseStore
  let state: ServerState
  let defaultLanguage: Language
  let templates: PageTemplates
  let reportPage: GapReportPage
  /// The pages' words in each language the model speaks.
  let words: PageWords
  /// The navigation: the pages this model has.
  let tabs: [PageFrame.Tab]
  /// Today and now, for the review trail.
  let clock: Clock

  /// Today's date and a clock, in the questionnaire's time zone.
  struct Clock: Sendable {
    /// Today, `YYYY-MM-DD`: a review's day when none is given.
    var today: String
    /// Now, as an `xs:dateTime`: when an answer was changed or confirmed.
    var now: @Sendable () -> String
  }

  init(store: ResponseStore, state: ServerState, defaultLanguage: Language, clock: Clock) throws {
    self.store = store
    self.state = state
    self.defaultLanguage = defaultLanguage
    self.clock = clock
    self.templates = try PageTemplates()
    self.reportPage = try GapReportPage()
    let questionnaire = store.questionnaire
    words = PageWords(questionnaire, default: defaultLanguage)
    tabs = [PageFrame.Tab(path: "/", key: "overview"), Self.riskTab(questionnaire)]
      + (questionnaire.indicators.isEmpty ? [] : [PageFrame.Tab(path: "/outcomes", key: "outcomes")])
      + [PageFrame.Tab(path: "/report", key: "gapReport")]
  }

  /// The language cookie's name.
  static let languageCookie = "fincyber-lang"

  /// The page of the inherent risk profile and the targets, or of the targets alone for a model
  /// that rates no inherent risk.
  ///
  /// - Parameter questionnaire: The questionnaire answered.
  static func riskTab(_ questionnaire: Questionnaire) -> PageFrame.Tab {
    questionnaire.hasRiskProfile ? PageFrame.Tab(path: "/risk", key: "inherentRisk") : PageFrame.Tab(path: "/targets", key: "targetsTitle")
  }

  func register(on router: Router<BasicRequestContext>) {
    let risk = Self.riskTab(store.questionnaire).path
    router.get("/") { request, _ in await overview(request) }
    router.get("/component/:id") { request, context in try await component(request, id: context.parameters.require("id")) }
    router.get(RouterPath(risk)) { request, _ in await self.risk(request) }
    router.get("/next") { request, _ in await nextUnanswered(request) }
    router.get("/report") { request, _ in await report(request) }
    router.get("/download/:name") { request, context in try await download(request, name: context.parameters.require("name")) }
    router.get("/static/:name") { _, context in try asset(context.parameters.require("name")) }
    router.post("/profile") { request, _ in try await post(request) { fields in await saveProfile(request, fields) } }
    router.post("/component/:id") { request, context in
      let id = try context.parameters.require("id")
      return try await post(request) { fields in try await saveAnswers(request, id: id, fields) }
    }
    router.post(RouterPath(risk)) { request, _ in try await post(request) { fields in await saveRisk(request, fields) } }
    if !store.questionnaire.indicators.isEmpty {
      router.get("/outcomes") { request, _ in await outcomes(request) }
      router.post("/outcomes") { request, _ in try await post(request) { fields in await saveOutcomes(request, fields) } }
    }
    router.post("/answerer") { request, _ in try await post(request) { fields in setAnswerer(request, fields) } }
    router.get("/search") { request, _ in await search(request) }
    router.post("/reload") { request, _ in try await post(request) { fields in await reload(request, fields) } }
    router.post("/language") { request, _ in try await post(request) { fields in switchLanguage(fields) } }
  }

  // MARK: Pages

  func overview(_ request: Request, notices: PageFrame.Notices? = nil, pending: FormFields? = nil, status: HTTPResponse.Status = .ok) async -> Response {
    let (assessment, frame) = await current(request, back: "/", notices: notices)
    return html(templates.render("overview", frame.view(
      title: frame.words.text("overview"), current: "/", assessment: assessment,
      OverviewPage.view(assessment, words: frame.words, pending: pending, stale: notices?.stale.contains(ProfileEdit.unit) == true))),
      status: status)
  }

  func component(
    _ request: Request, id: String, notices: PageFrame.Notices? = nil, pending: FormFields? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let query = FormFields(request.uri.query ?? "")
    let show = ComponentPage.Show(rawValue: pending?["show"] ?? query["show"] ?? "") ?? .all
    let levelText = pending?["level"] ?? query["level"] ?? ""
    let back = ComponentPage.address(id, show: show, level: levelText)
    let (assessment, frame) = await current(request, back: back, notices: notices)
    guard let place = ComponentPage.place(id, in: assessment) else { throw HTTPError(.notFound, message: "no component '\(id)'") }
    let level = assessment.questionnaire.level(levelText)?.id
    let problemFields = Set((notices?.problems ?? []).map(\.field))
    let view = ComponentPage.view(
      place, assessment, words: frame.words, show: show, level: level, pending: pending, problemFields: problemFields,
      stale: Set(notices?.stale ?? []))
    return html(templates.render("component", frame.view(
      title: place.component.id + " " + frame.words.name(place.component.name), current: nil,
      assessment: assessment, view)), status: status)
  }

  func risk(_ request: Request, notices: PageFrame.Notices? = nil, pending: FormFields? = nil, status: HTTPResponse.Status = .ok) async -> Response {
    let tab = Self.riskTab(store.questionnaire)
    let (assessment, frame) = await current(request, back: tab.path, notices: notices)
    return html(templates.render("risk", frame.view(
      title: frame.words.text(tab.key), current: tab.path, assessment: assessment,
      RiskPage.view(assessment, words: frame.words, pending: pending, stale: Set(notices?.stale ?? [])))), status: status)
  }

  func outcomes(_ request: Request, notices: PageFrame.Notices? = nil, pending: FormFields? = nil, status: HTTPResponse.Status = .ok) async -> Response {
    let (assessment, frame) = await current(request, back: "/outcomes", notices: notices)
    return html(templates.render("outcomes", frame.view(
      title: frame.words.text("outcomes"), current: "/outcomes", assessment: assessment,
      OutcomesPage.view(assessment, words: frame.words, pending: pending, stale: Set(notices?.stale ?? [])))), status: status)
  }

  /// The statements a search finds (``SearchPage``).
  func search(_ request: Request) async -> Response {
    let query = FormFields(request.uri.query ?? "")["q"] ?? ""
    let back = "/search?q=" + (query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    let (assessment, frame) = await current(request, back: back, notices: nil)
    return html(templates.render("search", frame.view(
      title: frame.words.text("search"), current: nil, assessment: assessment, SearchPage.view(query, assessment, words: frame.words))))
  }

  /// Redirects to the first applicable unanswered statement after the one named, wrapping round.
  func nextUnanswered(_ request: Request) async -> Response {
    let responses = await store.responses
    let statements = store.questionnaire.statements
    let after = FormFields(request.uri.query ?? "")["after"]
    let start = after.flatMap { id in statements.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
    let order = statements[start...] + statements[..<start]
    let scale = store.questionnaire.answerScale
    guard let next = order.first(where: { !scale.isComplete(responses.answers[$0.id]) }) else {
      return redirect("/?complete=1")
    }
    return redirect(ComponentPage.address(next.componentID, show: .all, level: nil) + "#s-" + next.id)
  }

  /// The gap report as the reports write it, with the app's navigation and a draft mark put
  /// after its `<body>` (the report's own template is left as it is).
  func report(_ request: Request) async -> Response {
    let input = await reportInput()
    let (assessment, frame) = await current(request, back: "/report", notices: nil)
    let bar = templates.render("report-bar", frame.view(title: frame.words.text("gapReport"), current: "/report", assessment: assessment, [:]))
    var page = reportPage.html(input, language: language(request))
    if let body = page.range(of: "<body"), let end = page.range(of: ">", range: body.upperBound..<page.endIndex) {
      page.insert(contentsOf: bar, at: end.upperBound)
    }
    var response = html(page)
    response.headers[.contentSecurityPolicy] = GuardMiddleware<BasicRequestContext>.reportPolicy
    return response
  }

  func download(_ request: Request, name: String) async throws -> Response {
    let bytes: [UInt8]
    let type: String
    if name == "responses.xml" {
      bytes = await store.bytes
      type = "application/xml"
    } else {
      let files = try ReportSet.files(await reportInput(), language: language(request), page: reportPage, oscal: true)
      guard let file = files.first(where: { $0.name == name && !$0.name.hasSuffix(".html") }) else {
        throw HTTPError(.notFound, message: "no download '\(name)'")
      }
      bytes = file.bytes
      type = name.hasSuffix(".csv") ? "text/csv; charset=utf-8" : "application/xml"
    }
    var response = Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    response.headers[.contentType] = type
    let responses = await store.responses
    response.headers[.contentDisposition] = DownloadName.contentDisposition(name, institution: responses.institution.name, period: responses.period)
    return response
  }

  func asset(_ name: String) throws -> Response {
    guard name == "app.css" || name == "app.js", let text = PageTemplates.files[name] else {
      throw HTTPError(.notFound, message: "no file '\(name)'")
    }
    var response = Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    response.headers[.contentType] = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
    return response
  }

  // MARK: Support

  func current(_ request: Request, back: String, notices: PageFrame.Notices?) async -> (Assessment, PageFrame) {
    let responses = await store.responses
    let assessment = Scorer.score(responses, against: store.questionnaire)
    let query = FormFields(request.uri.query ?? "")
    let language = language(request)
    var frame = PageFrame(
      words: words.localizer(language), labels: words.labels(language), otherLanguages: words.others(than: language), tabs: tabs,
      csrf: state.csrf, file: store.path, back: back, answerer: state.answerer)
    if let notices {
      frame.notices = notices
    } else {
      frame.notices.saved = query["saved"] == "1"
      frame.notices.unchanged = query["unchanged"] == "1"
      frame.notices.reloaded = query["reloaded"] == "1"
      frame.notices.complete = query["complete"] == "1"
    }
    frame.notices.diskChanged = await store.conflictOnDisk() != nil
    frame.notices.handWritten = await store.handWrittenComments
    frame.notices.backup = store.backupPath
    return (assessment, frame)
  }

  private func reportInput() async -> ReportInput {
    let responses = await store.responses
    let bytes = await store.bytes
    return ReportInput(
      assessment: Scorer.score(responses, against: store.questionnaire),
      questionnaireSHA256: BundledFiles.sha256(of: store.questionnaireBytes), responsesSHA256: BundledFiles.sha256(of: bytes))
  }

  /// The language of a request's page: the language cookie's, where the model speaks it, else the default.
  func language(_ request: Request) -> Language {
    words.language(AccessGuard.cookie(Self.languageCookie, in: request.headers[values: .cookie].joined(separator: "; ")), else: defaultLanguage)
  }

  /// The words of a request's page.
  func localizer(for request: Request) -> Localizer { words.localizer(language(request)) }

  /// A path on this server to return to: never another host, never a scheme.
  static func safeBack(_ back: String?) -> String {
    guard let back, back.hasPrefix("/"), !back.hasPrefix("//"), !back.contains("\\"),
      !back.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F })
    else { return "/" }
    return back
  }

  func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    var response = Response(status: status, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    response.headers[.contentType] = "text/html; charset=utf-8"
    return response
  }

  func redirect(_ location: String) -> Response {
    var response = Response(status: .seeOther)
    response.headers[.location] = location
    return response
  }

  func json(_ value: [String: Any], status: HTTPResponse.Status) -> Response {
    let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data("{}".utf8)
    var response = Response(status: status, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    response.headers[.contentType] = "application/json; charset=utf-8"
    return response
  }
}
