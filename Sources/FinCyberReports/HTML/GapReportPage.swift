import FinCyberCore

/// Renders the board's HTML gap report.
public struct GapReportPage: Sendable {
  /// The templates in use.
  public let templates: ReportTemplates

  /// Uses the templates bundled with fincyber: `gap-report.mustache` and the partials it uses.
  ///
  /// - Throws: `FinCyberError.invalidInput` when a bundled template does not parse.
  public init() throws {
    try self.init(templates: ReportTemplates(bundled: ["gap-report"]))
  }

  /// Uses the given templates, which must include `gap-report.mustache`.
  ///
  /// - Parameter templates: The templates.
  /// - Throws: `FinCyberError.invalidInput` when `gap-report.mustache` is missing.
  public init(templates: ReportTemplates) throws {
    guard templates.contains("gap-report") else {
      throw FinCyberError.invalidInput([Diagnostic(file: "gap-report.mustache", line: 1, column: 1, message: "the template is missing")])
    }
    self.templates = templates
  }

  /// The report as HTML.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - previous: The institution's previous assessment, for the direction of each domain.
  ///   - language: The language of the page.
  ///   - plan: The institution's improvement plan, for the roadmap section; none without it.
  ///   - final: Whether the responses are final; otherwise the pack says it is a draft.
  public func html(
    _ input: ReportInput, previous: Assessment? = nil, language: Language, plan: ImprovementPlan? = nil, final: Bool = false
  ) -> String {
    html(input, previous: previous, language: language, plan: plan, final: final, profiles: ProfilePair.all(input.assessment))
  }

  /// The report as HTML, with the crosswalks' profiles already counted (`assess` also writes them
  /// as CSV and XML).
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - previous: The institution's previous assessment, for the direction of each domain.
  ///   - language: The language of the page.
  ///   - plan: The institution's improvement plan, for the roadmap section; none without it.
  ///   - final: Whether the responses are final; otherwise the pack says it is a draft.
  ///   - profiles: The profiles of every crosswalk the questionnaire declares, in its order.
  func html(
    _ input: ReportInput, previous: Assessment?, language: Language, plan: ImprovementPlan?, final: Bool, profiles: [ProfilePair]
  ) -> String {
    var view = GapReportView(input, previous: previous, language: language, final: final, profiles: profiles)
    view.plan = plan.map { PlanView($0, input.assessment, language) }
    if let planView = view.plan {
      view.summary.showInitiatives(of: planView, Localizer(language: language, questionnaire: input.assessment.questionnaire))
    }
    view.front = FrontMatterView(
      view, final: final, assessor: input.assessment.responses.assessor,
      Localizer(language: language, questionnaire: input.assessment.questionnaire))
    return (try? templates.render(view, "gap-report")) ?? ""
  }
}
