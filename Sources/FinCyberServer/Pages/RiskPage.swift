import FinCyberCore
import FinCyberReports

/// The inherent risk profile form and the overall override, where the model rates inherent risk,
/// and the targets: how each domain's follows from the risk and the tier, where the model has
/// them, and the target the institution sets by hand. A model without a risk profile gets the
/// targets alone, on a page of their own.
enum RiskPage {
  /// The page's values.
  ///
  /// - Parameters:
  ///   - assessment: The current answers, scored.
  ///   - words: The page's language and the model's words.
  ///   - pending: A form that was refused, shown as it was sent.
  ///   - stale: The units (`risk:ACTIVITY`, `override`, `target:DOMAIN`) saved differently from
  ///     another tab since the form was rendered.
  static func view(_ assessment: Assessment, words: Localizer, pending: FormFields? = nil, stale: Set<String> = []) -> [String: Any] {
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let ratings = Dictionary(responses.riskRatings.map { ($0.activity, $0.risk) }, uniquingKeysWith: { first, _ in first })
    let none = words.text("none")
    let categories: [[String: Any]] = zip(questionnaire.riskCategories, assessment.inherentRisk.categories).map { category, result in
      let activities: [[String: Any]] = category.activities.map { activity in
        let chosen = pending.map { $0["risk:" + activity.id] ?? "" } ?? ratings[activity.id] ?? ""
        let unit = "risk:" + activity.id
        var view: [String: Any] = [
          "id": activity.id, "name": words.name(activity.name), "rated": !chosen.isEmpty,
          "version": pending?["version:" + unit] ?? Version.rating(ratings[activity.id]),
          "options": questionnaire.riskLevels.map { level in
            [
              "id": level.id, "name": words.name(level.name), "selected": level.id == chosen,
              "description": activity.ratings[level.id].map(words.name) ?? "",
            ] as [String: Any]
          },
        ]
        if stale.contains(unit) { view["savedMeanwhile"] = SavedMeanwhile.rating(ratings[activity.id], questionnaire: questionnaire, words: words) }
        return view
      }
      return [
        "id": category.id, "name": words.name(category.name),
        "computed": result.computed.map { words.name($0.name) } ?? none, "activities": activities,
      ]
    }
    let override = pending.map { $0["override"] ?? "" } ?? responses.riskOverride?.level ?? ""
    let targets: [[String: Any]] = assessment.domains.map { result in
      let chosen = pending.map { $0["target:" + result.domain.id] ?? "" } ?? responses.targetOverrides[result.domain.id]?.level ?? ""
      let unit = "target:" + result.domain.id
      let saved = responses.targetOverrides[result.domain.id]
      var view: [String: Any] = [
        "version": pending?["version:" + unit] ?? Version.override(saved),
        "id": result.domain.id, "name": words.name(result.domain.name),
        "fromRisk": result.target.fromRisk.map { words.name($0.name) } ?? none,
        "fromTier": result.target.fromTier.map { words.name($0.name) } ?? none,
        "target": words.name(result.target.level.name), "overrideSet": !chosen.isEmpty,
        "reason": pending?["target-reason:" + result.domain.id] ?? responses.targetOverrides[result.domain.id]?.reason ?? "",
        "options": questionnaire.levels.map { ["id": $0.id, "name": words.name($0.name), "selected": $0.id == chosen] as [String: Any] },
      ]
      if stale.contains(unit) {
        view["savedMeanwhile"] = SavedMeanwhile.override(saved, name: { questionnaire.level($0).map { words.name($0.name) } }, words: words)
      }
      return view
    }
    var overrideView: [String: Any] = [
      "version": pending?["version:" + RiskEdit.overrideUnit] ?? Version.override(responses.riskOverride),
    ]
    if stale.contains(RiskEdit.overrideUnit) {
      overrideView["savedMeanwhile"] = SavedMeanwhile.override(
        responses.riskOverride, name: { questionnaire.riskLevel($0).map { words.name($0.name) } }, words: words)
    }
    return [
      "hasRiskProfile": questionnaire.hasRiskProfile, "hasTiers": questionnaire.hasTiers,
      "override": overrideView,
      "overall": assessment.inherentRisk.overall.map { words.name($0.name) } ?? none,
      "computed": assessment.inherentRisk.computed.computed.map { words.name($0.name) } ?? none,
      "categories": categories, "overrideSet": !override.isEmpty,
      "overrideOptions": questionnaire.riskLevels.map { ["id": $0.id, "name": words.name($0.name), "selected": $0.id == override] as [String: Any] },
      "overrideReason": pending?["override-reason"] ?? responses.riskOverride?.reason ?? "",
      "targets": targets,
    ]
  }
}
