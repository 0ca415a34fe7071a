import FinCyberCore

/// Section 6: the gaps to target, grouped pillar → factor → component.
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

  static func groups(_ assessment: Assessment, _ language: Language) -> [GapGroup] {
    assessment.domains.compactMap { domain in
      guard !domain.targetGaps.isEmpty else { return nil }
      let byComponent = Dictionary(grouping: domain.targetGaps, by: \.statement.componentID)
      let factors = domain.domain.factors.compactMap { factor -> Factor? in
        let components = factor.components.compactMap { component -> ComponentGroup? in
          guard let gaps = byComponent[component.id] else { return nil }
          return ComponentGroup(
            id: component.id, name: component.name.text(language),
            gaps: gaps.map { GapCard($0, assessment.questionnaire, language) })
        }
        return components.isEmpty ? nil : Factor(id: factor.id, name: factor.name.text(language), components: components)
      }
      return GapGroup(
        id: domain.domain.id, name: domain.domain.name.text(language), target: domain.target.level.name.text(language),
        count: domain.targetGaps.count, factors: factors)
    }
  }
}

/// Section 7: the outcome indicators.
struct OutcomeRow {
  var pillar: String
  var name: String
  var description: String
  var measured: String
  var reached: String
  var target: String
  var threshold: String
  var flagged: Bool
  var note: String?

  static func rows(_ assessment: Assessment, _ language: Language) -> [OutcomeRow] {
    assessment.domains.flatMap(\.outcomes).map { outcome in
      let unit = outcome.indicator.unit.text(language)
      let better = outcome.indicator.better == .higher ? "≥" : "≤"
      return OutcomeRow(
        pillar: outcome.indicator.domainID, name: outcome.indicator.name.text(language),
        description: outcome.indicator.description.text(language),
        measured: outcome.value.map { Localized.value($0, unit: unit) } ?? Labels.text("notMeasured", language),
        reached: outcome.value == nil ? "—" : Formatting.levelName(outcome.reached, language),
        target: outcome.target.name.text(language),
        threshold: outcome.targetThreshold.map { better + " " + Localized.value($0, unit: unit) } ?? "—",
        flagged: outcome.contradictsClaim, note: outcome.note)
    }
  }
}
