import FinCyberCore

/// Everything the gap report template shows, already in the page's language and the model's words.
/// A section about a part the model lacks (a compliance baseline, outcome indicators) is nil and
/// left out.
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
  /// Section 5: the unmet statements that restate the compliance baseline.
  struct BaselineSection {
    var title: String
    var intro: String
    var gaps: [GapCard]
    var hasGaps: Bool
  }

  var lang: String
  var labels: [String: String]
  /// What the assessment was made against: the target document, or else the model.
  var subtitle: String
  var cover: Cover
  var summary: SummaryView
  var charts: ChartsView
  var risk: RiskView
  /// Nil for a model without a compliance-baseline document.
  var baseline: BaselineSection?
  var gapsTitle: String
  var gapGroups: [GapGroup]
  var hasTargetGaps: Bool
  /// Whether the model has outcome indicators, and so an outcome section.
  var hasIndicators: Bool
  var outcomes: [OutcomeRow]
  var lists: ListsView
  var method: [String]
  /// The review section; nil when no answer records a review, a coach's remark or a carried mark.
  var review: ReviewView?
  /// The model's defined terms, for the method section; empty when it has no glossary.
  var glossary: [DefinedTerm]
  var hasGlossary: Bool
  /// The roadmap section, when a plan is given.
  var plan: PlanView?
  /// One section per crosswalk framework the model declares (issue 17); none when it declares none.
  var profiles: [ProfileView]
  /// The status, approval block and contents on the cover; set once every section is.
  var front: FrontMatterView?
  /// The printed pages' running header and page numbers.
  var printing: PrintView

  /// The page's values.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - previous: The institution's previous assessment, if any.
  ///   - language: The page's language.
  ///   - final: Whether the responses are final (a draft says so on every printed page).
  ///   - profiles: The profiles of every crosswalk the questionnaire declares.
  init(_ input: ReportInput, previous: Assessment?, language: Language, final: Bool = false, profiles: [ProfilePair]) {
    let assessment = input.assessment
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let words = Localizer(language: language, questionnaire: questionnaire)
    lang = language.rawValue
    labels = words.labels
    subtitle = words.first(["assessedAgainst", "assessedAgainstModel"]) ?? ""
    cover = Cover(
      institution: responses.institution.name,
      sector: responses.institution.sectorID.map { id in questionnaire.sectors.first { $0.id == id }.map { words.name($0.name) } ?? id },
      tier: responses.institution.tierID.map { id in questionnaire.tiers.first { $0.id == id }.map { words.name($0.name) } ?? id },
      period: responses.period, date: Formatting.date(responses.date, language), assessor: responses.assessor,
      questionnaireTitle: words.name(questionnaire.title), questionnaireID: questionnaire.id, version: questionnaire.version,
      questionnaireSHA256: input.questionnaireSHA256, responsesSHA256: input.responsesSHA256)
    // What changed since the previous assessment, compared by the core's rule on the two records.
    let change = previous.map { AssessmentChange(from: $0, to: assessment) }
    summary = SummaryView(assessment, previous: previous, change: change, words)
    charts = ChartsView(assessment, words)
    risk = RiskView(assessment, words)
    if questionnaire.complianceBaseline != nil {
      let gaps = assessment.baselineGaps.map { GapCard($0, questionnaire, words) }
      baseline = BaselineSection(title: words.text("complianceBaseline"), intro: words.text("complianceIntro"), gaps: gaps, hasGaps: !gaps.isEmpty)
    }
    // The full gap list closes the pack as its appendix.
    gapsTitle = words.text("appendixTitle", ["title": words.first(["gapToTarget", "gapToTargetPlain"]) ?? ""])
    gapGroups = GapGroup.groups(assessment, words)
    hasTargetGaps = !gapGroups.isEmpty
    hasIndicators = !questionnaire.indicators.isEmpty
    outcomes = OutcomeRow.rows(assessment, words)
    lists = ListsView(assessment, words)
    method = MethodView.paragraphs(assessment, words)
    review = ReviewView(assessment, words)
    glossary = questionnaire.glossary.map { DefinedTerm(name: words.name($0.name), definition: words.name($0.definition)) }
    hasGlossary = !glossary.isEmpty
    self.profiles = profiles.map { ProfileView($0, questionnaire, language) }
    printing = PrintView(institution: responses.institution.name, period: responses.period, final: final, words)
  }
}
