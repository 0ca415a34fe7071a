import FinCyberCore
import FinCyberReports

/// The outcome indicators form, by domain (those with indicators), with the level each measured
/// value reaches. A model without indicators has no such page.
enum OutcomesPage {
  /// The page's values.
  ///
  /// - Parameters:
  ///   - assessment: The current answers, scored.
  ///   - words: The page's language and the model's words.
  ///   - pending: A form that was refused, shown as it was sent.
  ///   - stale: The indicators saved differently from another tab since the form was rendered.
  static func view(_ assessment: Assessment, words: Localizer, pending: FormFields? = nil, stale: Set<String> = []) -> [String: Any] {
    let domains: [[String: Any]] = assessment.domains.filter { !$0.outcomes.isEmpty }.map { result in
      let indicators: [[String: Any]] = result.outcomes.map { outcome in
        let indicator = outcome.indicator
        let thresholds: [[String: Any]] = indicator.thresholds.enumerated().map { index, threshold in
          ["level": words.name(threshold.level.name), "value": OutcomeEdit.plain(threshold.value), "last": index == indicator.thresholds.count - 1]
        }
        let saved = assessment.responses.outcomes[indicator.id]
        var view: [String: Any] = [
          "id": indicator.id, "name": words.name(indicator.name), "description": words.name(indicator.description),
          "unit": words.name(indicator.unit),
          "better": words.text(indicator.better == .higher ? "higherBetter" : "lowerBetter"),
          "thresholds": thresholds,
          "value": pending?["value:" + indicator.id] ?? outcome.value.map(OutcomeEdit.plain) ?? "",
          "note": pending?["note:" + indicator.id] ?? outcome.note ?? "",
          "reached": outcome.value == nil ? words.text("notMeasured") : words.levelName(outcome.reached),
          "version": pending?["version:" + indicator.id] ?? Version.outcome(saved),
        ]
        if stale.contains(indicator.id) {
          view["savedMeanwhile"] = SavedMeanwhile.outcome(saved, unit: words.name(indicator.unit), words: words)
        }
        return view
      }
      return [
        "id": result.domain.id, "name": words.name(result.domain.name), "target": words.name(result.target.level.name),
        "indicators": indicators,
      ]
    }
    return ["domains": domains]
  }
}
