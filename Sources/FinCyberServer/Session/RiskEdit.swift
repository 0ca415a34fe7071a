import FinCyberCore
import FinCyberReports
import Foundation

/// The inherent risk form: a rating per activity, the overall override, and target overrides per pillar.
///
/// Field names: `risk:ACTIVITY` (a risk level id, or empty for unrated), `override` and
/// `override-reason`, `target:DOMAIN` and `target-reason:DOMAIN`, and `version:KEY` per unit.
/// Each rating is a unit of its own (``ResponsesEdit``), keyed `risk:ACTIVITY`; so are the
/// overall override (`override`) and each pillar's target (`target:DOMAIN`).
struct RiskEdit: ResponsesEdit {
  /// The ratings sent, in questionnaire order; an activity left unrated has none.
  var ratings: [(activity: String, risk: String)] = []
  /// The overall inherent risk set by hand, if any.
  var override: Override?
  /// The targets set by hand, by domain id.
  var targetOverrides: [String: Override] = [:]
  /// What must be mended before the ratings can be saved.
  var problems: [FormProblem] = []
  /// The versions the units were rendered from, by key.
  var rendered: [String: String] = [:]
  /// The questionnaire's activity ids, in order.
  var activities: [String] = []
  /// The questionnaire's domain ids, in order.
  var domains: [String] = []

  /// The overall override's unit key.
  static let overrideUnit = "override"

  /// Reads the inherent risk form.
  ///
  /// - Parameters:
  ///   - fields: The form's fields.
  ///   - questionnaire: The questionnaire, whose activities, risk levels and domains are the choices.
  ///   - words: The page's language and the model's words, for the problems.
  init(_ fields: FormFields, questionnaire: Questionnaire, words: Localizer) {
    rendered = fields.renderedVersions
    activities = questionnaire.riskCategories.flatMap { $0.activities.map(\.id) }
    domains = questionnaire.domains.map(\.id)
    let risks = Set(questionnaire.riskLevels.map(\.id))
    for category in questionnaire.riskCategories {
      for activity in category.activities {
        let sent = fields["risk:" + activity.id] ?? ""
        if sent.isEmpty { continue }
        if risks.contains(sent) {
          ratings.append((activity.id, sent))
        } else {
          problems.append(FormProblem(field: "risk:" + activity.id, "problemRiskLevel", ["id": activity.id, "sent": sent], words: words))
        }
      }
    }
    let reason = SubmittedText.clean(fields["override-reason"])
    if let level = fields["override"], !level.isEmpty {
      if !risks.contains(level) {
        problems.append(FormProblem(field: "override", "problemRiskLevel", ["id": words.text("overallRisk"), "sent": level], words: words))
      } else if let reason {
        override = Override(level: level, reason: reason)
      } else {
        problems.append(FormProblem(field: "override-reason", "problemOverrideReason", words: words))
      }
    }
    if let problem = SubmittedText.problem(reason, field: "override-reason", label: words.text("overallRisk") + " " + words.text("reason"), words: words) {
      problems.append(problem)
    }
    let levels = Set(questionnaire.levels.map(\.id))
    for domain in questionnaire.domains {
      guard let level = fields["target:" + domain.id], !level.isEmpty else { continue }
      let field = "target-reason:" + domain.id
      let reason = SubmittedText.clean(fields[field])
      if !levels.contains(level) {
        problems.append(FormProblem(field: "target:" + domain.id, "problemLevel", ["id": domain.id, "sent": level], words: words))
      } else if let reason {
        if let problem = SubmittedText.problem(reason, field: field, label: domain.id + " " + words.text("reason"), words: words) { problems.append(problem) }
        targetOverrides[domain.id] = Override(level: level, reason: reason)
      } else {
        problems.append(FormProblem(field: field, "problemTargetReason", ["id": domain.id], words: words))
      }
    }
  }

  /// Each unit's key and the version of what was sent: the ratings, the override, the targets.
  var sent: [(key: String, version: String)] {
    let chosen = Dictionary(ratings.map { ($0.activity, $0.risk) }, uniquingKeysWith: { first, _ in first })
    return activities.map { ("risk:" + $0, Version.rating(chosen[$0])) } + [(Self.overrideUnit, Version.override(override))]
      + domains.map { ("target:" + $0, Version.override(targetOverrides[$0])) }
  }

  /// The version of a unit as it stands.
  func version(of key: String, in responses: Responses) -> String {
    if key == Self.overrideUnit { return Version.override(responses.riskOverride) }
    if key.hasPrefix("target:") { return Version.override(responses.targetOverrides[String(key.dropFirst(7))]) }
    return Version.rating(of: String(key.dropFirst(5)), in: responses)
  }

  /// Puts the units named into responses; the ratings are kept in questionnaire order.
  ///
  /// - Parameters:
  ///   - units: The keys of the units to apply.
  ///   - responses: The responses to change.
  func apply(_ units: Set<String>, to responses: inout Responses) {
    var chosen = Dictionary(responses.riskRatings.map { ($0.activity, $0.risk) }, uniquingKeysWith: { first, _ in first })
    let sentRatings = Dictionary(ratings.map { ($0.activity, $0.risk) }, uniquingKeysWith: { first, _ in first })
    for activity in activities where units.contains("risk:" + activity) { chosen[activity] = sentRatings[activity] }
    responses.riskRatings = activities.compactMap { activity in chosen[activity].map { (activity, $0) } }
    if units.contains(Self.overrideUnit) { responses.riskOverride = override }
    for domain in domains where units.contains("target:" + domain) { responses.targetOverrides[domain] = targetOverrides[domain] }
  }
}
