import FinCyberCore

/// The inherent risk profile form, the overall override, and how the targets follow from them.
enum RiskPage {
  /// The page's values.
  ///
  /// - Parameters:
  ///   - assessment: The current answers, scored.
  ///   - language: The page's language.
  ///   - pending: A form that was refused, shown as it was sent.
  static func view(_ assessment: Assessment, language: Language, pending: FormFields? = nil) -> [String: Any] {
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let ratings = Dictionary(responses.riskRatings.map { ($0.activity, $0.risk) }, uniquingKeysWith: { first, _ in first })
    let none = AppLabels.text("none", language)
    let categories: [[String: Any]] = zip(questionnaire.riskCategories, assessment.inherentRisk.categories).map { category, result in
      let activities: [[String: Any]] = category.activities.map { activity in
        let chosen = pending.map { $0["risk:" + activity.id] ?? "" } ?? ratings[activity.id] ?? ""
        return [
          "id": activity.id, "name": activity.name.text(language), "rated": !chosen.isEmpty,
          "options": questionnaire.riskLevels.map { level in
            [
              "id": level.id, "name": level.name.text(language), "selected": level.id == chosen,
              "description": activity.ratings[level.id]?.text(language) ?? "",
            ] as [String: Any]
          },
        ]
      }
      return [
        "id": category.id, "name": category.name.text(language),
        "computed": result.computed?.name.text(language) ?? none, "activities": activities,
      ]
    }
    let override = pending.map { $0["override"] ?? "" } ?? responses.riskOverride?.level ?? ""
    let targets: [[String: Any]] = assessment.domains.map { result in
      let chosen = pending.map { $0["target:" + result.domain.id] ?? "" } ?? responses.targetOverrides[result.domain.id]?.level ?? ""
      return [
        "id": result.domain.id, "name": result.domain.name.text(language),
        "fromRisk": result.target.fromRisk?.name.text(language) ?? none,
        "fromTier": result.target.fromTier?.name.text(language) ?? none,
        "target": result.target.level.name.text(language), "overrideSet": !chosen.isEmpty,
        "reason": pending?["target-reason:" + result.domain.id] ?? responses.targetOverrides[result.domain.id]?.reason ?? "",
        "options": questionnaire.levels.map { ["id": $0.id, "name": $0.name.text(language), "selected": $0.id == chosen] as [String: Any] },
      ]
    }
    return [
      "overall": assessment.inherentRisk.overall?.name.text(language) ?? none,
      "computed": assessment.inherentRisk.computed.computed?.name.text(language) ?? none,
      "categories": categories, "overrideSet": !override.isEmpty,
      "overrideOptions": questionnaire.riskLevels.map { ["id": $0.id, "name": $0.name.text(language), "selected": $0.id == override] as [String: Any] },
      "overrideReason": pending?["override-reason"] ?? responses.riskOverride?.reason ?? "",
      "targets": targets,
    ]
  }
}
