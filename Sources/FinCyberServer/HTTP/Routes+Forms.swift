import FinCyberCore
import FinCyberReports
import Foundation
import Hummingbird

/// The forms: reading them, saving what they change, and answering the page or its script.
extension Routes {
  /// Reads a form, checks its CSRF token, and hands it over.
  func post(_ request: Request, _ handle: (FormFields) async throws -> Response) async throws -> Response {
    var request = request
    let body: ByteBuffer
    do {
      body = try await request.collectBody(upTo: AnswerServer.bodyLimit)
    } catch {
      throw HTTPError(.contentTooLarge, message: "the form is larger than \(AnswerServer.bodyLimit / 1024 / 1024) MiB")
    }
    let fields = FormFields(String(buffer: body))
    guard state.accessGuard?.formIsGenuine(fields) == true else {
      throw HTTPError(.forbidden, message: "the form did not come from this server's page (its CSRF token is missing or wrong)")
    }
    return try await handle(fields)
  }

  /// Saves the institution's profile.
  func saveProfile(_ request: Request, _ fields: FormFields) async -> Response {
    let edit = ProfileEdit(fields, questionnaire: store.questionnaire, words: localizer(for: request))
    return await save(request, edit, problems: edit.problems, done: "/", sector: edit.sectorID) { notices, status in
      await overview(request, notices: notices, pending: fields, status: status)
    }
  }

  /// Saves the answers of one component's statements.
  func saveAnswers(_ request: Request, id: String, _ fields: FormFields) async throws -> Response {
    let components = store.questionnaire.domains.flatMap { $0.factors.flatMap(\.components) }
    guard let model = components.first(where: { $0.id == id }) else {
      throw HTTPError(.notFound, message: "no component '\(id)'")
    }
    let responses = await store.responses
    let edit = AnswerEdit(
      fields, allowed: Set(model.statements.map(\.id)), current: responses.answers, scale: store.questionnaire.answerScale,
      words: localizer(for: request), session: AnswerEdit.Session(answerer: state.answerer, now: clock.now(), today: clock.today),
      period: responses.period)
    let show = ComponentPage.Show(rawValue: fields["show"] ?? "") ?? .all
    let done = ComponentPage.address(id, show: show, level: fields["level"] ?? "")
    return await save(request, edit, problems: edit.problems, done: done, component: id) { notices, status in
      (try? await component(request, id: id, notices: notices, pending: fields, status: status)) ?? html("", status: status)
    }
  }

  /// Saves the inherent risk ratings, the overall override and the targets (or the targets alone).
  func saveRisk(_ request: Request, _ fields: FormFields) async -> Response {
    let edit = RiskEdit(fields, questionnaire: store.questionnaire, words: localizer(for: request))
    return await save(request, edit, problems: edit.problems, done: Self.riskTab(store.questionnaire).path) { notices, status in
      await risk(request, notices: notices, pending: fields, status: status)
    }
  }

  /// Saves the outcome indicators' values.
  func saveOutcomes(_ request: Request, _ fields: FormFields) async -> Response {
    let edit = OutcomeEdit(fields, questionnaire: store.questionnaire, words: localizer(for: request))
    return await save(request, edit, problems: edit.problems, done: "/outcomes") { notices, status in
      await outcomes(request, notices: notices, pending: fields, status: status)
    }
  }

  /// Records who is answering for the rest of this run (an empty name forgets it) and returns to
  /// the page; a name the file could not keep is refused.
  func setAnswerer(_ request: Request, _ fields: FormFields) -> Response {
    let words = localizer(for: request)
    let name = SubmittedText.clean(fields["name"])
    if let problem = SubmittedText.problem(name, field: "name", label: words.text("answererName"), words: words) {
      return html(RefusalPage.html(status: 422, reason: problem.message, words: [words]), status: .unprocessableContent)
    }
    state.answerer = name
    return redirect(Self.safeBack(fields["back"]))
  }

  /// Loads the response file from disk again and returns to the page.
  func reload(_ request: Request, _ fields: FormFields) async -> Response {
    let back = Self.safeBack(fields["back"])
    do {
      try await store.reload()
    } catch {
      let text = (error as? FinCyberError)?.errorDescription ?? "\(error)"
      return html(RefusalPage.html(status: 422, reason: text, words: [localizer(for: request)]), status: .unprocessableContent)
    }
    return redirect(back + (back.contains("?") ? "&" : "?") + "reloaded=1")
  }

  /// Sets the language cookie (to a language the model speaks) and returns to the page.
  func switchLanguage(_ fields: FormFields) -> Response {
    let chosen = words.language(fields["lang"], else: defaultLanguage)
    var response = redirect(Self.safeBack(fields["back"]))
    response.headers[.setCookie] = "\(Self.languageCookie)=\(chosen.rawValue); Path=/; SameSite=Strict"
    return response
  }

  /// Validates and saves a form's change; answers with a redirect (or JSON for the page's script)
  /// when saved or when nothing changed, else with the page again, showing what was sent and
  /// what is wrong: problems to mend (422), a change saved meanwhile elsewhere (409), a file that
  /// could not be written (500).
  private func save(
    _ request: Request, _ edit: some ResponsesEdit, problems: [FormProblem], done: String, component: String? = nil, sector: String? = nil,
    page: (PageFrame.Notices, HTTPResponse.Status) async -> Response
  ) async -> Response {
    let words = localizer(for: request)
    let wantsJSON = request.headers[.accept]?.contains("application/json") == true
    var notices = PageFrame.Notices()
    var status = HTTPResponse.Status.ok
    if !problems.isEmpty {
      notices.problems = problems
      status = .unprocessableContent
    } else {
      let result = await store.save(edit)
      switch result {
      case .saved, .unchanged:
        if wantsJSON { return await savedJSON(edit, unchanged: result == .unchanged, words: words, component: component, sector: sector) }
        return redirect(done + (done.contains("?") ? "&" : "?") + (result == .saved ? "saved=1" : "unchanged=1"))
      case .invalid(let diagnostics):
        notices.problems = diagnostics.map { FormProblem(file: $0.description) }
        status = .unprocessableContent
      case .conflict(let reason):
        notices.conflict = reason
        status = .conflict
      case .stale(let units):
        notices.stale = units
        status = .conflict
      case .notWritten(let failure):
        notices.notWritten = failure
        status = .internalServerError
      }
    }
    if wantsJSON { return await refusedJSON(notices, status: status, words: words, component: component, sector: sector) }
    return await page(notices, status)
  }

  /// What the file holds now, as the page shows it (``LiveState``).
  private func live(_ words: Localizer, component: String?, sector: String?) async -> [String: Any] {
    LiveState(Scorer.score(await store.responses, against: store.questionnaire), words: words, component: component, sector: sector).json
  }

  /// The script's answer to a refused save: what kind of refusal, the message, the fields or
  /// units it concerns with each field's own message, and what the file still holds.
  private func refusedJSON(
    _ notices: PageFrame.Notices, status: HTTPResponse.Status, words: Localizer, component: String?, sector: String?
  ) async -> Response {
    let kind: String
    let message: String
    if let conflict = notices.conflict {
      (kind, message) = ("conflict", words.text("conflict") + ": " + conflict.text(store.path, words))
    } else if !notices.stale.isEmpty {
      (kind, message) = ("stale", words.text("stale"))
    } else if let failure = notices.notWritten {
      (kind, message) = ("not-written", words.text("notWritten") + ": " + PageFrame.notWrittenText(failure, words))
    } else {
      (kind, message) = ("invalid", words.text("problems") + " " + notices.problems.map(\.message).joined(separator: " "))
    }
    return json(
      [
        "status": kind, "message": message, "fields": notices.problems.map(\.field), "conflicts": notices.stale,
        "problems": notices.problems.filter { !$0.field.isEmpty }.map { ["field": $0.field, "message": $0.message] },
        "live": await live(words, component: component, sector: sector),
      ], status: status)
  }

  /// The script's answer to a save: the message, the versions the page may now take as its own
  /// (of the units whose saved value is what it sent), and what the file now holds (``LiveState``).
  private func savedJSON(
    _ edit: some ResponsesEdit, unchanged: Bool, words: Localizer, component id: String?, sector: String?
  ) async -> Response {
    let responses = await store.responses
    return json([
      "status": unchanged ? "unchanged" : "saved",
      "message": unchanged ? words.text("unchanged") : words.text("autosaved") + ": " + store.path,
      "versions": edit.agreeing(with: responses),
      "live": await live(words, component: id, sector: sector),
    ], status: .ok)
  }
}
