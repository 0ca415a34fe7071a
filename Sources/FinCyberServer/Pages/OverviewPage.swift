import FinCyberCore

/// The overview: the pillars with progress and levels, the institution's profile, the downloads.
enum OverviewPage {
  /// The page's values.
  ///
  /// - Parameters:
  ///   - assessment: The current answers, scored.
  ///   - language: The page's language.
  ///   - pending: A profile form that was refused, shown as it was sent.
  ///   - stale: Whether the profile was saved differently from another tab since the form was rendered.
  static func view(_ assessment: Assessment, language: Language, pending: FormFields? = nil, stale: Bool = false) -> [String: Any] {
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let pillars: [[String: Any]] = assessment.domains.map { result in
      let progress = PageFrame.progress(result.score)
      let factors: [[String: Any]] = zip(result.domain.factors, result.score.children).map { factor, factorScore in
        let components: [[String: Any]] = zip(factor.components, factorScore.children).map { component, score in
          let progress = PageFrame.progress(score)
          return [
            "id": component.id, "name": component.name.text(language), "answered": progress.answered,
            "applicable": progress.applicable, "achieved": PageFrame.levelName(score.achieved, language),
            "below": score.achieved == nil,
          ]
        }
        return ["id": factor.id, "name": factor.name.text(language), "components": components]
      }
      return [
        "id": result.domain.id, "name": result.domain.name.text(language), "answered": progress.answered,
        "applicable": progress.applicable, "achieved": PageFrame.levelName(result.score.achieved, language),
        "below": result.score.achieved == nil, "target": result.target.level.name.text(language),
        "percentToTarget": PageFrame.percent(result.percentToTarget), "factors": factors,
      ]
    }
    let sectorID = pending?["sector"] ?? responses.institution.sectorID
    let tierID = pending?["tier"] ?? responses.institution.tierID
    var profile: [String: Any] = [
      "version": pending?["version:" + ProfileEdit.unit] ?? Version.profile(of: responses),
      "name": pending?["name"] ?? responses.institution.name,
      "period": pending?["period"] ?? responses.period,
      "date": pending?["date"] ?? responses.date,
      "assessor": pending?["assessor"] ?? responses.assessor,
      "sectors": questionnaire.sectors.map { ["id": $0.id, "name": $0.name.text(language), "selected": $0.id == sectorID] },
      "sectorTiers": questionnaire.sectors.map { sector in
        [
          "sector": sector.name.text(language),
          "tiers": questionnaire.tiers.filter { $0.sectorID == sector.id }.map {
            ["id": $0.id, "name": $0.name.text(language), "selected": $0.id == tierID] as [String: Any]
          },
        ] as [String: Any]
      },
    ]
    if stale { profile["savedMeanwhile"] = SavedMeanwhile.profile(responses, questionnaire: questionnaire, language: language) }
    return ["pillars": pillars, "profile": profile]
  }
}
