import FinCyberCore

/// The outcome indicators form, by pillar, with the level each measured value reaches.
enum OutcomesPage {
  /// The page's values.
  ///
  /// - Parameters:
  ///   - assessment: The current answers, scored.
  ///   - language: The page's language.
  ///   - pending: A form that was refused, shown as it was sent.
  ///   - stale: The indicators saved differently from another tab since the form was rendered.
  static func view(_ assessment: Assessment, language: Language, pending: FormFields? = nil, stale: Set<String> = []) -> [String: Any] {
    let pillars: [[String: Any]] = assessment.domains.map { result in
      let indicators: [[String: Any]] = result.outcomes.map { outcome in
        let indicator = outcome.indicator
        let thresholds: [[String: Any]] = indicator.thresholds.enumerated().map { index, threshold in
          ["level": threshold.level.name.text(language), "value": OutcomeEdit.plain(threshold.value), "last": index == indicator.thresholds.count - 1]
        }
        let saved = assessment.responses.outcomes[indicator.id]
        var view: [String: Any] = [
          "id": indicator.id, "name": indicator.name.text(language), "description": indicator.description.text(language),
          "unit": indicator.unit.text(language),
          "better": AppLabels.text(indicator.better == .higher ? "higherBetter" : "lowerBetter", language),
          "thresholds": thresholds,
          "value": pending?["value:" + indicator.id] ?? outcome.value.map(OutcomeEdit.plain) ?? "",
          "note": pending?["note:" + indicator.id] ?? outcome.note ?? "",
          "reached": outcome.value == nil
            ? AppLabels.text("notMeasured", language) : PageFrame.levelName(outcome.reached, language),
          "version": pending?["version:" + indicator.id] ?? Version.outcome(saved),
        ]
        if stale.contains(indicator.id) {
          view["savedMeanwhile"] = SavedMeanwhile.outcome(saved, unit: indicator.unit.text(language), language: language)
        }
        return view
      }
      return [
        "id": result.domain.id, "name": result.domain.name.text(language), "target": result.target.level.name.text(language),
        "indicators": indicators,
      ]
    }
    return ["pillars": pillars]
  }
}
