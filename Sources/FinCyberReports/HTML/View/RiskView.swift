import FinCyberCore

/// Section 4: the inherent risk profile, for a model that has one, and how the targets were set.
struct RiskView {
  /// The rated profile.
  struct Profile {
    /// One category: its level and how many activities are rated at each risk level.
    struct Category {
      var name: String
      var level: String
      var rated: String
      var counts: [String]
    }

    var overall: String
    var computed: String
    var override: String?
    var overrideReason: String?
    var riskHeaders: [String]
    var categories: [Category]
    var totals: [String]
    /// The tier's name and criteria, when the questionnaire has tiers.
    var tier: String?
  }
  /// One domain's target and the candidates it was chosen from.
  struct TargetRow {
    var domain: String
    var fromRisk: String
    var fromTier: String
    var fromOverride: String
    var target: String
    /// Named apart from `Profile.overrideReason`: a nil value must not fall through to it.
    var targetOverrideReason: String?
  }

  /// The profile; nil for a model without one, whose section explains the targets only.
  var profile: Profile?
  /// Whether targets come from the risk profile and from tiers: each adds a column.
  var hasRiskProfile: Bool
  var hasTiers: Bool
  var targetRule: String
  var targets: [TargetRow]

  init(_ assessment: Assessment, _ words: Localizer) {
    let questionnaire = assessment.questionnaire
    hasRiskProfile = questionnaire.hasRiskProfile
    hasTiers = questionnaire.hasTiers
    profile = hasRiskProfile ? Self.profile(assessment, words) : nil
    targetRule = Self.targetRule(questionnaire, words)
    targets = assessment.domains.map { domain in
      let none = "—"
      return TargetRow(
        domain: "\(domain.domain.id) \(words.name(domain.domain.name))",
        fromRisk: domain.target.fromRisk.map(words.levelName) ?? none, fromTier: domain.target.fromTier.map(words.levelName) ?? none,
        fromOverride: domain.target.fromOverride.map(words.levelName) ?? none, target: words.levelName(domain.target.level),
        targetOverrideReason: domain.target.overrideReason)
    }
  }

  /// How a domain's target is set, from the parts the model has: the highest of the inherent-risk
  /// table, the tier's minimum and the institution's own target; or, with neither table, the
  /// institution's own target or else the lowest level.
  ///
  /// - Parameters:
  ///   - questionnaire: The model.
  ///   - words: The report's words.
  static func targetRule(_ questionnaire: Questionnaire, _ words: Localizer) -> String {
    let candidates = (questionnaire.hasRiskProfile ? ["candidateRisk"] : []) + (questionnaire.hasTiers ? ["candidateTier"] : [])
    guard !candidates.isEmpty else { return words.text("targetRuleOwn") }
    let all = (candidates + ["candidateOwn"]).map { words.text($0) }
    return words.text("targetRule", ["candidates": words.list(all), "n": words.number(all.count)])
  }

  /// The rated profile, with the tier that sets a minimum target.
  private static func profile(_ assessment: Assessment, _ words: Localizer) -> Profile {
    let questionnaire = assessment.questionnaire
    let risk = assessment.inherentRisk
    let notRated = words.text("notRated")
    let tierID = assessment.responses.institution.tierID
    return Profile(
      overall: risk.overall.map { words.name($0.name) } ?? notRated,
      computed: risk.computed.computed.map { words.name($0.name) } ?? notRated,
      override: risk.override.map { words.name($0.name) }, overrideReason: risk.overrideReason,
      riskHeaders: questionnaire.riskLevels.map { words.name($0.name) },
      categories: zip(questionnaire.riskCategories, risk.categories).map { category, result in
        Profile.Category(
          name: words.name(category.name), level: result.computed.map { words.name($0.name) } ?? notRated,
          rated: "\(result.rated) / \(result.activities)",
          counts: questionnaire.riskLevels.map { String(result.counts[$0.id] ?? 0) })
      },
      totals: questionnaire.riskLevels.map { String(risk.computed.counts[$0.id] ?? 0) },
      tier: tierID.map { id in
        questionnaire.tiers.first { $0.id == id }.map { "\(words.name($0.name)) — \(words.name($0.criteria))" } ?? id
      })
  }
}
