import FinCyberCore
import Foundation

/// The inherent risk form: a rating per activity, the overall override, and target overrides per pillar.
///
/// Field names: `risk:ACTIVITY` (a risk level id, or empty for unrated), `override` and
/// `override-reason`, `target:DOMAIN` and `target-reason:DOMAIN`.
struct RiskEdit: Sendable {
  var ratings: [(activity: String, risk: String)] = []
  var override: Override?
  var targetOverrides: [String: Override] = [:]
  /// What must be mended before the profile can be saved.
  var problems: [FormProblem] = []

  /// Reads the inherent risk form.
  ///
  /// - Parameters:
  ///   - fields: The form's fields.
  ///   - questionnaire: The questionnaire, whose activities, risk levels and domains are the choices.
  init(_ fields: FormFields, questionnaire: Questionnaire) {
    let risks = Set(questionnaire.riskLevels.map(\.id))
    for category in questionnaire.riskCategories {
      for activity in category.activities {
        let sent = fields["risk:" + activity.id] ?? ""
        if sent.isEmpty { continue }
        if risks.contains(sent) {
          ratings.append((activity.id, sent))
        } else {
          problems.append(FormProblem(
            field: "risk:" + activity.id, chinese: "\(activity.id)：不認得的風險等級「\(sent)」。",
            english: "\(activity.id): '\(sent)' is not a risk level."))
        }
      }
    }
    let reason = SubmittedText.clean(fields["override-reason"])
    if let level = fields["override"], !level.isEmpty {
      if !risks.contains(level) {
        problems.append(FormProblem(field: "override", chinese: "不認得的風險等級「\(level)」。", english: "'\(level)' is not a risk level."))
      } else if let reason {
        override = Override(level: level, reason: reason)
      } else {
        problems.append(FormProblem(
          field: "override-reason", chinese: "自訂整體固有風險須說明理由。", english: "An overall inherent risk set by hand needs its reason."))
      }
    }
    if let problem = SubmittedText.problem(reason, field: "override-reason", label: ("覆寫理由", "The override's reason")) {
      problems.append(problem)
    }
    let levels = Set(questionnaire.levels.map(\.id))
    for domain in questionnaire.domains {
      guard let level = fields["target:" + domain.id], !level.isEmpty else { continue }
      let field = "target-reason:" + domain.id
      let reason = SubmittedText.clean(fields[field])
      if !levels.contains(level) {
        problems.append(FormProblem(field: "target:" + domain.id, chinese: "不認得的成熟度等級「\(level)」。", english: "'\(level)' is not a maturity level."))
      } else if let reason {
        if let problem = SubmittedText.problem(reason, field: field, label: ("目標理由", "The target's reason")) { problems.append(problem) }
        targetOverrides[domain.id] = Override(level: level, reason: reason)
      } else {
        problems.append(FormProblem(
          field: field, chinese: "\(domain.id)：自訂目標等級須說明理由。", english: "\(domain.id): a target set by hand needs its reason."))
      }
    }
  }

  /// Puts the ratings and overrides into responses.
  ///
  /// - Parameter responses: The responses to change.
  func apply(to responses: inout Responses) {
    responses.riskRatings = ratings
    responses.riskOverride = override
    responses.targetOverrides = targetOverrides
  }
}
