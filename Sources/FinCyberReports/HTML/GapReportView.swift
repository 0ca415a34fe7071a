import FinCyberCore

/// The values the gap report template shows, already in the page's language.
struct GapReportView {
  struct DomainRow {
    var id: String
    var name: String
    var achieved: String
    var target: String
    var percentToTarget: String
    var baselineGaps: Int
    var targetGaps: Int
  }
  struct GapRow {
    var id: String
    var level: String
    var answer: String
    var text: String
    var comment: String?
  }

  var lang: String
  var labels: [String: String]
  var institution: String
  var sector: String
  var tier: String
  var period: String
  var date: String
  var assessor: String
  var questionnaire: String
  var inherentRisk: String
  var questionnaireSHA256: String
  var responsesSHA256: String
  var baselineStatus: String
  var completeness: String
  var domains: [DomainRow]
  var baselineGaps: [GapRow]
  var hasBaselineGaps: Bool

  init(_ input: ReportInput, language: Language) {
    let assessment = input.assessment
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    lang = language.rawValue
    labels = Dictionary(uniqueKeysWithValues: Labels.Key.allCases.map { ("\($0)", Labels.text($0, language)) })
    institution = responses.institution.name
    sector = questionnaire.sectors.first { $0.id == responses.institution.sectorID }?.name.text(language) ?? responses.institution.sectorID
    tier = questionnaire.tiers.first { $0.id == responses.institution.tierID }?.name.text(language) ?? responses.institution.tierID
    period = responses.period
    date = responses.date
    assessor = responses.assessor
    self.questionnaire = "\(questionnaire.title.text(language)) (\(questionnaire.id) \(questionnaire.version))"
    inherentRisk = assessment.inherentRisk.overall?.name.text(language) ?? Labels.text(.notRated, language)
    questionnaireSHA256 = input.questionnaireSHA256
    responsesSHA256 = input.responsesSHA256
    baselineStatus = Labels.text(assessment.meetsComplianceBaseline ? .baselineMet : .baselineNotMet, language)
    completeness = assessment.isComplete
      ? Labels.text(.complete, language)
      : Labels.text(.incomplete, language) + " " + Labels.text(.unansweredCount, language) + ": \(assessment.unanswered.count)"
    domains = assessment.domains.map { domain in
      DomainRow(
        id: domain.domain.id, name: domain.domain.name.text(language),
        achieved: Formatting.levelName(domain.score.achieved, language), target: domain.target.level.name.text(language),
        percentToTarget: Formatting.percent(domain.percentToTarget), baselineGaps: domain.baselineGaps.count,
        targetGaps: domain.targetGaps.count)
    }
    baselineGaps = assessment.baselineGaps.map { gap in
      GapRow(
        id: gap.statement.id, level: gap.statement.level.name.text(language),
        answer: questionnaire.answerScale[gap.answer.value]?.name.text(language) ?? gap.answer.value.rawValue,
        text: gap.statement.text.text(language), comment: gap.answer.comment)
    }
    hasBaselineGaps = !baselineGaps.isEmpty
  }
}
