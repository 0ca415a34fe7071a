import FinCyberCore
import FinCyberReports

/// The overview: the domains with progress and levels, the institution's profile, the downloads.
enum OverviewPage {
  /// The page's values.
  ///
  /// - Parameters:
  ///   - assessment: The current answers, scored.
  ///   - words: The page's language and the model's words.
  ///   - pending: A profile form that was refused, shown as it was sent.
  ///   - stale: Whether the profile was saved differently from another tab since the form was rendered.
  static func view(_ assessment: Assessment, words: Localizer, pending: FormFields? = nil, stale: Bool = false) -> [String: Any] {
    let questionnaire = assessment.questionnaire
    let domains: [[String: Any]] = assessment.domains.map { result in
      let progress = PageFrame.progress(result.score)
      let factors: [[String: Any]] = zip(result.domain.factors, result.score.children).map { factor, factorScore in
        let components: [[String: Any]] = zip(factor.components, factorScore.children).map { component, score in
          let progress = PageFrame.progress(score)
          return [
            "id": component.id, "name": words.name(component.name), "answered": progress.answered,
            "applicable": progress.applicable, "achieved": words.levelName(score.achieved), "below": score.achieved == nil,
          ]
        }
        return ["id": factor.id, "name": words.name(factor.name), "components": components]
      }
      return [
        "id": result.domain.id, "name": words.name(result.domain.name), "answered": progress.answered,
        "applicable": progress.applicable, "achieved": words.levelName(result.score.achieved),
        "below": result.score.achieved == nil, "target": words.name(result.target.level.name),
        "percentToTarget": PageFrame.percent(result.percentToTarget), "factors": factors,
      ]
    }
    return [
      "domainsHeading": words.text("domainsHeading", ["count": words.number(questionnaire.domains.count)]),
      "domains": domains, "profile": profile(assessment, words: words, pending: pending, stale: stale),
    ]
  }

  /// The tiers of a sector as the tier field offers them (`id`, `name`, `selected`).
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire.
  ///   - sector: The chosen sector.
  ///   - tier: The chosen tier.
  ///   - words: The page's language and the model's words.
  static func tierOptions(_ questionnaire: Questionnaire, sector: String?, tier: String?, words: Localizer) -> [[String: Any]] {
    questionnaire.tiers.filter { $0.sectorID == sector }.map { ["id": $0.id, "name": words.name($0.name), "selected": $0.id == tier] }
  }

  /// The profile form's values: the sector and tier choices only where the model has them.
  private static func profile(_ assessment: Assessment, words: Localizer, pending: FormFields?, stale: Bool) -> [String: Any] {
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let sectorID = pending?["sector"] ?? responses.institution.sectorID
    let tierID = pending?["tier"] ?? responses.institution.tierID
    var profile: [String: Any] = [
      "version": pending?["version:" + ProfileEdit.unit] ?? Version.profile(of: responses),
      "name": pending?["name"] ?? responses.institution.name,
      "period": pending?["period"] ?? responses.period,
      "date": pending?["date"] ?? responses.date,
      "assessor": pending?["assessor"] ?? responses.assessor,
    ]
    profile["hasSectors"] = !questionnaire.sectors.isEmpty
    profile["hasTiers"] = questionnaire.hasTiers
    if !questionnaire.sectors.isEmpty {
      profile["sectors"] = questionnaire.sectors.map { ["id": $0.id, "name": words.name($0.name), "selected": $0.id == sectorID] }
    }
    if questionnaire.hasTiers {
      // Only the chosen sector's tiers are offered; a tier of another sector is refused on save.
      profile["tiers"] = tierOptions(questionnaire, sector: sectorID, tier: tierID, words: words)
    }
    if stale { profile["savedMeanwhile"] = SavedMeanwhile.profile(responses, questionnaire: questionnaire, words: words) }
    return profile
  }
}
