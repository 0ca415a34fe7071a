import FinCyberCore

/// Section 6: the gaps to target, grouped domain → factor → component.
struct GapGroup {
  struct Factor {
    var id: String
    var name: String
    var components: [ComponentGroup]
  }
  struct ComponentGroup {
    var id: String
    var name: String
    var gaps: [GapCard]
  }

  var id: String
  var name: String
  var target: String
  var count: Int
  var factors: [Factor]

  /// The groups of every domain with gaps, in model order.
  static func groups(_ assessment: Assessment, _ words: Localizer) -> [GapGroup] {
    assessment.domains.compactMap { domain in
      guard !domain.targetGaps.isEmpty else { return nil }
      let byComponent = Dictionary(grouping: domain.targetGaps, by: \.statement.componentID)
      let factors = domain.domain.factors.compactMap { factor -> Factor? in
        let components = factor.components.compactMap { component -> ComponentGroup? in
          guard let gaps = byComponent[component.id] else { return nil }
          return ComponentGroup(
            id: component.id, name: words.name(component.name),
            gaps: gaps.map { GapCard($0, assessment.questionnaire, words) })
        }
        return components.isEmpty ? nil : Factor(id: factor.id, name: words.name(factor.name), components: components)
      }
      return GapGroup(
        id: domain.domain.id, name: words.name(domain.domain.name), target: words.levelName(domain.target.level),
        count: domain.targetGaps.count, factors: factors)
    }
  }
}

/// Section 7: the outcome indicators.
struct OutcomeRow {
  var domain: String
  var name: String
  var description: String
  var measured: String
  var reached: String
  var target: String
  var threshold: String
  var flagged: Bool
  /// Whether the measured value falls short of the target level (the core's rule 9).
  var belowTarget: Bool
  /// Whether no value was measured.
  var notMeasured: Bool
  var note: String?

  /// One row per outcome indicator, in model order.
  static func rows(_ assessment: Assessment, _ words: Localizer) -> [OutcomeRow] {
    assessment.domains.flatMap(\.outcomes).map { outcome in
      OutcomeRow(
        domain: outcome.indicator.domainID, name: words.name(outcome.indicator.name),
        description: words.name(outcome.indicator.description),
        measured: OutcomeTargetView.measured(outcome, words),
        reached: outcome.value == nil ? "—" : words.levelName(outcome.reached),
        target: words.levelName(outcome.target),
        threshold: outcome.targetThreshold == nil ? "—" : OutcomeTargetView.needed(outcome, words),
        flagged: outcome.contradictsClaim, belowTarget: outcome.isBelowTarget, notMeasured: !outcome.isMeasured, note: outcome.note)
    }
  }
}
