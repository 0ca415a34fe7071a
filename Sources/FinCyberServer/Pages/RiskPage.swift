import FinCyberCore

/// The inherent risk profile form, the overall override, and how the targets follow from them.
enum RiskPage {
  /// The page's values.
  ///
  /// - Parameters:
  ///   - assessment: The current answers, scored.
  ///   - language: The page's language.
  ///   - pending: A form that was refused, shown as it was sent.
  ///   - stale: The units (`risk:ACTIVITY`, `override`, `target:DOMAIN`) saved differently from
  ///     another tab since the form was rendered.
  static func view(_ assessment: Assessment, language: Language, pending: FormFields? = nil, stale: Set<String> = []) -> [String: Any] {
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let ratings = Dictionary(responses.riskRatings.map { ($0.activity, $0.risk) }, uniquingKeysWith: { first, _ in first })
    let none = AppLabels.text("none", language)
    let categories: [[String: Any]] = zip(questionnaire.riskCategories, assessment.inherentRisk.categories).map { category, result in
      let activities: [[String: Any]] = category.activities.map { activity in
        let chosen = pending.map { $0["risk:" + activity.id] ?? "" } ?? ratings[activity.id] ?? ""
        let unit = "risk:" + activity.id
        var view: [String: Any] = [
          "id": activity.id, "name": activity.name.text(language), "rated": !chosen.isEmpty,
          "version": pending?["version:" + unit] ?? Version.rating(ratings[activity.id]),
          "options": questionnaire.riskLevels.map { level in
            [
              "id": level.id, "name": level.name.text(language), "selected": level.id == chosen,
              "description": activity.ratings[level.id]?.text(language) ?? "",
            ] as [String: Any]
          },
        ]
        if stale.contains(unit) { view["savedMeanwhile"] = SavedMeanwhile.rating(ratings[activity.id], questionnaire: questionnaire, language: language) }
        return view
      }
      return [
        "id": category.id, "name": category.name.text(language),
        "computed": result.computed?.name.text(language) ?? none, "activities": activities,
      ]
    }
    let override = pending.map { $0["override"] ?? "" } ?? responses.riskOverride?.level ?? ""
    let targets: [[String: Any]] = assessment.domains.map { result in
      let chosen = pending.map { $0["target:" + result.domain.id] ?? "" } ?? responses.targetOverrides[result.domain.id]?.level ?? ""
      let unit = "target:" + result.domain.id
      let saved = responses.targetOverrides[result.domain.id]
      var view: [String: Any] = [
        "version": pending?["version:" + unit] ?? Version.override(saved),
        "id": result.domain.id, "name": result.domain.name.text(language),
        "fromRisk": result.target.fromRisk?.name.text(language) ?? none,
        "fromTier": result.target.fromTier?.name.text(language) ?? none,
        "target": result.target.level.name.text(language), "overrideSet": !chosen.isEmpty,
        "reason": pending?["target-reason:" + result.domain.id] ?? responses.targetOverrides[result.domain.id]?.reason ?? "",
        "options": questionnaire.levels.map { ["id": $0.id, "name": $0.name.text(language), "selected": $0.id == chosen] as [String: Any] },
      ]
      if stale.contains(unit) {
        view["savedMeanwhile"] = SavedMeanwhile.override(saved, name: { questionnaire.level($0)?.name.text(language) }, language: language)
      }
      return view
    }
    var overrideView: [String: Any] = [
      "version": pending?["version:" + RiskEdit.overrideUnit] ?? Version.override(responses.riskOverride),
    ]
    if stale.contains(RiskEdit.overrideUnit) {
      overrideView["savedMeanwhile"] = SavedMeanwhile.override(
        responses.riskOverride, name: { questionnaire.riskLevel($0)?.name.text(language) }, language: language)
    }
    return [
      "override": overrideView,
      "overall": assessment.inherentRisk.overall?.name.text(language) ?? none,
      "computed": assessment.inherentRisk.computed.computed?.name.text(language) ?? none,
      "categories": categories, "overrideSet": !override.isEmpty,
      "overrideOptions": questionnaire.riskLevels.map { ["id": $0.id, "name": $0.name.text(language), "selected": $0.id == override] as [String: Any] },
      "overrideReason": pending?["override-reason"] ?? responses.riskOverride?.reason ?? "",
      "targets": targets,
    ]
  }
}
