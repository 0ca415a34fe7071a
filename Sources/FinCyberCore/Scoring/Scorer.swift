/// Scores one institution's responses against its questionnaire.
///
/// The rules, as in the FFIEC Cybersecurity Assessment Tool and the NCUA's ACET:
/// 1. A statement is **met** when its answer counts as met in the questionnaire's answer scale
///    (in the Roadmap model, `yes` and `yes-compensating`). Answers that count as excluded
///    (`not-applicable`) leave the statement out of every count. The scale's one answer that does
///    not complete (`unanswered`), like no answer at all, is not met and makes the assessment
///    incomplete.
/// 2. A **component** reaches level L when every applicable statement at L and at every lower
///    level is met. With any unmet applicable baseline statement it is *below baseline* (nil).
///    A level with no applicable statement does not stop the climb.
/// 3. An **assessment factor** and a **domain** take the lowest level of their children.
/// 4. **Inherent risk**, per category and overall, is the level rated most often; a tie goes to
///    the higher level; unrated activities are ignored. An override with a reason wins overall.
/// 5. A domain's **target** is the highest of: the risk → target table at the overall inherent
///    risk, the minimum of the institution's tier for the domain, and the institution's own
///    override; with none of them, the lowest level.
/// 6. **Baseline gaps** are the applicable compliance-baseline statements not met; **target gaps**
///    are the applicable statements at or below the domain's target not met. Both are ordered by
///    level, lowest first, then by position in the model.
/// 7. **Percent to target** is met ÷ applicable over the levels at or below the target.
/// 8. An **outcome indicator** reaches the highest level whose threshold its measured value meets
///    (at or above it when higher is better, at or below it when lower is better). A measured
///    outcome below the level its domain's statements reach contradicts that claim.
/// 9. A measured outcome below its **domain's target** level is a finding of its own, and so is an
///    indicator not measured: the statements' claims are never the only word on outcomes.
public enum Scorer {
  /// Scores responses against their questionnaire.
  ///
  /// - Parameters:
  ///   - responses: The institution's answers, already checked against the questionnaire.
  ///   - questionnaire: The questionnaire.
  /// - Returns: The scored assessment.
  public static func score(_ responses: Responses, against questionnaire: Questionnaire) -> Assessment {
    let scale = questionnaire.answerScale
    // Each statement's answer and its meaning, looked up once, by position in the model.
    let all = questionnaire.statements
    let answers = all.indices.map { index in
      let id = all[index].id
      return responses.answers[id] ?? Answer(statementID: id, value: scale.unansweredValue)
    }
    let meanings = answers.map { scale.meaning(of: $0) }

    // Rule 1 and 2: tally each component per level and climb the levels.
    // (Statements are read in place by index: copying a statement struct retains a dozen fields.)
    func tallies(_ statements: [Statement]) -> [LevelTally] {
      var tallies = questionnaire.levels.map { LevelTally(level: $0) }
      for index in statements.indices {
        let rank = statements[index].level.rank
        let meaning = meanings[statements[index].position]
        switch meaning.counting {
        case .excluded:
          tallies[rank].excluded += 1
          continue
        case .met:
          tallies[rank].met += 1
        case .notMet:
          break
        }
        tallies[rank].applicable += 1
        if !meaning.isComplete { tallies[rank].unanswered += 1 }
      }
      return tallies
    }
    func climb(_ tallies: [LevelTally]) -> MaturityLevel? {
      var reached: MaturityLevel?
      for tally in tallies {
        guard tally.isFullyMet else { break }
        reached = tally.level
      }
      return reached
    }
    // Rule 3: a parent takes the lowest level of its children.
    func parent(_ id: String, _ children: [NodeScore]) -> NodeScore {
      let achieved = children.map(\.achieved).min { ($0?.rank ?? -1) < ($1?.rank ?? -1) } ?? nil
      let summed = questionnaire.levels.indices.map { index in
        children.dropFirst().reduce(children[0].tallies[index]) { $0 + $1.tallies[index] }
      }
      return NodeScore(id: id, achieved: achieved, tallies: summed, children: children)
    }

    let risk = inherentRisk(responses, questionnaire)
    let tier = responses.institution.tierID.flatMap { id in questionnaire.tiers.first { $0.id == id } }

    var domains: [DomainResult] = []
    for domain in questionnaire.domains {
      let factors = domain.factors.map { factor in
        parent(factor.id, factor.components.map { component in
          let counted = tallies(component.statements)
          return NodeScore(id: component.id, achieved: climb(counted), tallies: counted, children: [])
        })
      }
      let score = parent(domain.id, factors)
      let target = targetLevel(domain.id, risk: risk.overall, tier: tier, responses: responses, questionnaire)
      let unmet = domain.factors.flatMap { $0.components.flatMap { $0.statements.map(\.position) } }
        .filter { meanings[$0].counting == .notMet }.map { all[$0] }
      let order = { (a: Gap, b: Gap) in (a.statement.level.rank, a.statement.position) < (b.statement.level.rank, b.statement.position) }
      let baselineGaps = unmet.filter(\.isComplianceBaseline).map { Gap(kind: .baseline, statement: $0, answer: answers[$0.position]) }.sorted(by: order)
      let targetGaps = unmet.filter { $0.level <= target.level }.map { Gap(kind: .target, statement: $0, answer: answers[$0.position]) }.sorted(by: order)
      let outcomes = questionnaire.indicators.filter { $0.domainID == domain.id }.map { indicator in
        outcome(indicator, responses.outcomes[indicator.id], target: target.level, claimed: score.achieved)
      }
      domains.append(
        DomainResult(
          domain: domain, score: score, target: target, percentToTarget: score.percentMet(upTo: target.level),
          baselineGaps: baselineGaps, targetGaps: targetGaps, outcomes: outcomes))
    }

    let order = { (a: Gap, b: Gap) in (a.statement.level.rank, a.statement.position) < (b.statement.level.rank, b.statement.position) }
    return Assessment(
      questionnaire: questionnaire, responses: responses, inherentRisk: risk, domains: domains,
      baselineGaps: domains.flatMap(\.baselineGaps).sorted(by: order),
      targetGaps: domains.flatMap(\.targetGaps).sorted(by: order),
      unanswered: all.indices.filter { !meanings[$0].isComplete }.map { all[$0] },
      notApplicable: all.indices.filter { meanings[$0].isExcluded }.map { (all[$0], answers[$0]) },
      compensating: all.indices.filter { meanings[$0].requirement == AnswerMeaning.Requirement.compensatingControl }.map { (all[$0], answers[$0]) })
  }

  /// Rule 4: the level rated most often, ties to the higher level.
  static func mostOften(_ ratings: [String], _ questionnaire: Questionnaire, category: String?, activities: Int) -> RiskResult {
    var counts: [String: Int] = [:]
    for rating in ratings { counts[rating, default: 0] += 1 }
    let computed = questionnaire.riskLevels.max { (counts[$0.id] ?? 0, $0.rank) < (counts[$1.id] ?? 0, $1.rank) }
    return RiskResult(
      categoryID: category, computed: ratings.isEmpty ? nil : computed, counts: counts, rated: ratings.count, activities: activities)
  }

  static func inherentRisk(_ responses: Responses, _ questionnaire: Questionnaire) -> InherentRisk {
    let ratings = Dictionary(responses.riskRatings.map { ($0.activity, $0.risk) }, uniquingKeysWith: { first, _ in first })
    let categories = questionnaire.riskCategories.map { category in
      mostOften(category.activities.compactMap { ratings[$0.id] }, questionnaire, category: category.id, activities: category.activities.count)
    }
    let activities = questionnaire.riskCategories.flatMap(\.activities)
    return InherentRisk(
      categories: categories,
      computed: mostOften(activities.compactMap { ratings[$0.id] }, questionnaire, category: nil, activities: activities.count),
      override: responses.riskOverride.flatMap { questionnaire.riskLevel($0.level) },
      overrideReason: responses.riskOverride?.reason)
  }

  /// Rule 5: the highest of risk table, tier minimum and override.
  static func targetLevel(
    _ domainID: String, risk: RiskLevel?, tier: Tier?, responses: Responses, _ questionnaire: Questionnaire
  ) -> TargetLevel {
    let fromRisk = risk.flatMap { questionnaire.riskTargets[$0.id] }
    let fromTier = tier?.minimumTargets[domainID]
    let override = responses.targetOverrides[domainID]
    let fromOverride = override.flatMap { questionnaire.level($0.level) }
    let candidates: [(TargetSource, MaturityLevel?)] = [(.inherentRisk, fromRisk), (.tier, fromTier), (.override, fromOverride)]
    guard let level = candidates.compactMap(\.1).max() else {
      return TargetLevel(level: questionnaire.levels[0], sources: [.lowestLevel])
    }
    return TargetLevel(
      level: level, fromRisk: fromRisk, fromTier: fromTier, fromOverride: fromOverride, overrideReason: override?.reason,
      sources: candidates.filter { $0.1 == level }.map(\.0))
  }

  /// Rule 8: the highest level whose threshold the value meets.
  static func outcome(_ indicator: OutcomeIndicator, _ measured: Outcome?, target: MaturityLevel, claimed: MaturityLevel?) -> OutcomeResult {
    guard let measured else {
      return OutcomeResult(indicator: indicator, target: target, claimed: claimed, contradictsClaim: false)
    }
    let meets = { (threshold: Double) in indicator.better == .higher ? measured.value >= threshold : measured.value <= threshold }
    let reached = indicator.thresholds.filter { meets($0.value) }.map(\.level).max()
    let contradicts = claimed.map { claim in reached.map { $0 < claim } ?? true } ?? false
    return OutcomeResult(
      indicator: indicator, value: measured.value, note: measured.note, reached: reached, target: target,
      claimed: claimed, contradictsClaim: contradicts)
  }
}
