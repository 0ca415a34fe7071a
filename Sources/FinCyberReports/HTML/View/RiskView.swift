import FinCyberCore

/// Section 4: the inherent risk profile and how it set the targets.
struct RiskView {
  struct Category {
    var name: String
    var level: String
    var rated: String
    var counts: [String]
  }
  struct TargetRow {
    var pillar: String
    var fromRisk: String
    var fromTier: String
    var fromOverride: String
    var target: String
    /// Named apart from `RiskView.overrideReason`: a nil value must not fall through to it.
    var targetOverrideReason: String?
  }

  var overall: String
  var computed: String
  var override: String?
  var overrideReason: String?
  var riskHeaders: [String]
  var categories: [Category]
  var totals: [String]
  var targets: [TargetRow]
  /// The tier's name and criteria, when the questionnaire has tiers.
  var tier: String?

  init(_ assessment: Assessment, _ language: Language) {
    let questionnaire = assessment.questionnaire
    let risk = assessment.inherentRisk
    let notRated = Labels.text("notRated", language)
    overall = risk.overall?.name.text(language) ?? notRated
    computed = risk.computed.computed?.name.text(language) ?? notRated
    override = risk.override?.name.text(language)
    overrideReason = risk.overrideReason
    riskHeaders = questionnaire.riskLevels.map { $0.name.text(language) }
    categories = zip(questionnaire.riskCategories, risk.categories).map { category, result in
      Category(
        name: category.name.text(language), level: result.computed?.name.text(language) ?? notRated,
        rated: "\(result.rated) / \(result.activities)",
        counts: questionnaire.riskLevels.map { String(result.counts[$0.id] ?? 0) })
    }
    totals = questionnaire.riskLevels.map { String(risk.computed.counts[$0.id] ?? 0) }
    targets = assessment.domains.map { domain in
      let none = "—"
      return TargetRow(
        pillar: "\(domain.domain.id) \(domain.domain.name.text(language))",
        fromRisk: domain.target.fromRisk?.name.text(language) ?? none, fromTier: domain.target.fromTier?.name.text(language) ?? none,
        fromOverride: domain.target.fromOverride?.name.text(language) ?? none, target: domain.target.level.name.text(language),
        targetOverrideReason: domain.target.overrideReason)
    }
    let tierID = assessment.responses.institution.tierID
    tier = tierID.map { id in questionnaire.tiers.first { $0.id == id }.map { "\($0.name.text(language)) — \($0.criteria.text(language))" } ?? id }
  }
}
