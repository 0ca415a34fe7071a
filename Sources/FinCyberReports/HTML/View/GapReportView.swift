import FinCyberCore

/// Everything the gap report template shows, already in the page's language.
struct GapReportView {
  struct Cover {
    var institution: String
    /// The sector's name, when the questionnaire has sectors.
    var sector: String?
    /// The tier's name, when the questionnaire has tiers.
    var tier: String?
    var period: String
    var date: String
    var assessor: String
    var questionnaireTitle: String
    var questionnaireID: String
    var version: String
    var questionnaireSHA256: String
    var responsesSHA256: String
  }

  var lang: String
  var labels: [String: String]
  var cover: Cover
  var summary: SummaryView
  var charts: ChartsView
  var risk: RiskView
  var baselineGaps: [GapCard]
  var hasBaselineGaps: Bool
  var gapGroups: [GapGroup]
  var hasTargetGaps: Bool
  var outcomes: [OutcomeRow]
  var hasOutcomes: Bool
  var compensating: [ListedStatement]
  var hasCompensating: Bool
  var notApplicable: [ListedStatement]
  var hasNotApplicable: Bool
  var unanswered: [ListedStatement]
  var hasUnanswered: Bool
  var method: [String]
  /// One section per crosswalk framework the model declares (issue 17); none when it declares none.
  var profiles: [ProfileView]

  init(_ input: ReportInput, previous: Assessment?, language: Language) {
    let assessment = input.assessment
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    lang = language.rawValue
    labels = Labels.all(language)
    cover = Cover(
      institution: responses.institution.name,
      sector: responses.institution.sectorID.map { id in questionnaire.sectors.first { $0.id == id }?.name.text(language) ?? id },
      tier: responses.institution.tierID.map { id in questionnaire.tiers.first { $0.id == id }?.name.text(language) ?? id },
      period: responses.period, date: Localized.date(responses.date, language), assessor: responses.assessor,
      questionnaireTitle: questionnaire.title.text(language), questionnaireID: questionnaire.id, version: questionnaire.version,
      questionnaireSHA256: input.questionnaireSHA256, responsesSHA256: input.responsesSHA256)
    summary = SummaryView(assessment, previous: previous, language)
    charts = ChartsView(assessment, language)
    risk = RiskView(assessment, language)
    baselineGaps = assessment.baselineGaps.map { GapCard($0, questionnaire, language) }
    hasBaselineGaps = !baselineGaps.isEmpty
    gapGroups = GapGroup.groups(assessment, language)
    hasTargetGaps = !gapGroups.isEmpty
    outcomes = OutcomeRow.rows(assessment, language)
    hasOutcomes = !outcomes.isEmpty
    compensating = assessment.compensating.map { ListedStatement($0.statement, note: $0.answer.compensatingControl, language) }
    hasCompensating = !compensating.isEmpty
    notApplicable = assessment.notApplicable.map { ListedStatement($0.statement, note: $0.answer.justification, language) }
    hasNotApplicable = !notApplicable.isEmpty
    unanswered = assessment.unanswered.map { ListedStatement($0, note: nil, language) }
    hasUnanswered = !unanswered.isEmpty
    method = MethodView.paragraphs(assessment, language)
    profiles = ProfileView.all(assessment, language)
  }
}
