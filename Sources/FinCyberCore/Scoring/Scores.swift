/// Counts of statements at one maturity level.
public struct LevelTally: Sendable, Hashable {
  /// The level counted.
  public var level: MaturityLevel
  /// Statements met (`yes`, `yes-compensating`).
  public var met = 0
  /// Statements that count: every statement but the excluded (`not-applicable`) ones.
  public var applicable = 0
  /// Applicable statements not yet answered.
  public var unanswered = 0
  /// Statements left out as not applicable.
  public var excluded = 0

  /// Met ÷ applicable in percent, or nil when nothing applies.
  public var percentMet: Double? { applicable == 0 ? nil : Double(met) * 100 / Double(applicable) }

  /// Whether every applicable statement is met.
  public var isFullyMet: Bool { met == applicable }

  static func + (lhs: LevelTally, rhs: LevelTally) -> LevelTally {
    LevelTally(
      level: lhs.level, met: lhs.met + rhs.met, applicable: lhs.applicable + rhs.applicable,
      unanswered: lhs.unanswered + rhs.unanswered, excluded: lhs.excluded + rhs.excluded)
  }
}

/// The score of a component, an assessment factor or a domain.
public struct NodeScore: Sendable, Hashable {
  /// The node's id.
  public var id: String
  /// The highest level reached, or nil when below baseline.
  public var achieved: MaturityLevel?
  /// Counts per level, lowest level first.
  public var tallies: [LevelTally]
  /// The scores of the children (factors of a domain, components of a factor); empty for a component.
  public var children: [NodeScore]

  /// Met ÷ applicable over the levels up to and including a level, in percent; nil when nothing applies.
  ///
  /// - Parameter level: The highest level counted.
  public func percentMet(upTo level: MaturityLevel) -> Double? {
    let counted = tallies.filter { $0.level <= level }
    let applicable = counted.reduce(0) { $0 + $1.applicable }
    return applicable == 0 ? nil : Double(counted.reduce(0) { $0 + $1.met }) * 100 / Double(applicable)
  }
}

/// Where a domain's target level came from.
public enum TargetSource: String, Sendable, Hashable, CaseIterable {
  /// The questionnaire's table from overall inherent risk to target.
  case inherentRisk = "inherent-risk"
  /// The minimum the institution's tier sets (differentiated management).
  case tier
  /// The institution's own override, with its reason.
  case override
  /// Nothing set a target, so the lowest level applies.
  case lowestLevel = "lowest-level"
}

/// A domain's target level and the candidates it was chosen from.
public struct TargetLevel: Sendable, Hashable {
  /// The target: the highest of the candidates.
  public var level: MaturityLevel
  /// What the overall inherent risk calls for.
  public var fromRisk: MaturityLevel?
  /// The minimum the tier sets.
  public var fromTier: MaturityLevel?
  /// The institution's override.
  public var fromOverride: MaturityLevel?
  /// The reason given for the override.
  public var overrideReason: String?
  /// The candidates that equal the target.
  public var sources: [TargetSource]
}

/// The inherent risk of one category, or overall.
public struct RiskResult: Sendable, Hashable {
  /// The category id, or nil for the overall result.
  public var categoryID: String?
  /// The level rated most often (ties go up), or nil when nothing is rated.
  public var computed: RiskLevel?
  /// How many activities were rated at each risk level, by risk id.
  public var counts: [String: Int]
  /// How many activities were rated.
  public var rated: Int
  /// How many activities there are.
  public var activities: Int
}

/// The inherent risk profile's result.
public struct InherentRisk: Sendable, Hashable {
  /// Per category, in questionnaire order.
  public var categories: [RiskResult]
  /// Over all activities.
  public var computed: RiskResult
  /// The institution's override, if any.
  public var override: RiskLevel?
  /// The reason given for the override.
  public var overrideReason: String?
  /// The overall inherent risk: the override if given, else the computed level.
  public var overall: RiskLevel? { override ?? computed.computed }
}

/// An applicable statement that is not met.
public struct Gap: Sendable, Hashable {
  /// The kind of gap.
  public enum Kind: String, Sendable, Hashable {
    /// A compliance-baseline statement (what the model's compliance-baseline document requires) not met.
    case baseline
    /// A statement at or below the domain's target level not met.
    case target
  }
  public var kind: Kind
  public var statement: Statement
  /// The answer given (`no` or `unanswered`).
  public var answer: Answer
}

/// An outcome indicator's measured value set beside the levels.
public struct OutcomeResult: Sendable, Hashable {
  public var indicator: OutcomeIndicator
  /// The measured value, or nil when none was given.
  public var value: Double?
  public var note: String?
  /// The highest level whose threshold the value meets; nil when it meets none or is not measured.
  public var reached: MaturityLevel?
  /// The domain's target level.
  public var target: MaturityLevel
  /// The level the domain's statements claim.
  public var claimed: MaturityLevel?
  /// Whether the statements claim a level this measured outcome does not reach.
  public var contradictsClaim: Bool
  /// The threshold the target level sets, if the indicator has one.
  public var targetThreshold: Double? { indicator.thresholds.first { $0.level == target }?.value }
  /// Whether a value was measured.
  public var isMeasured: Bool { value != nil }
  /// Whether the measured value falls short of the domain's target level (rule 9): a finding of
  /// its own, whatever the statements claim.
  public var isBelowTarget: Bool { isMeasured && (reached.map { $0 < target } ?? true) }
}

/// A domain's results.
public struct DomainResult: Sendable, Hashable {
  public var domain: Domain
  public var score: NodeScore
  public var target: TargetLevel
  /// Met ÷ applicable over the levels up to the target, in percent; nil when nothing applies.
  public var percentToTarget: Double?
  public var baselineGaps: [Gap]
  public var targetGaps: [Gap]
  public var outcomes: [OutcomeResult]
  /// Whether any measured outcome falls short of the level the statements claim.
  public var claimsExceedOutcomes: Bool { outcomes.contains { $0.contradictsClaim } }
  /// The measured outcomes below the domain's target level.
  public var outcomesBelowTarget: [OutcomeResult] { outcomes.filter(\.isBelowTarget) }
  /// The domain's indicators that were not measured.
  public var outcomesNotMeasured: [OutcomeResult] { outcomes.filter { !$0.isMeasured } }
}

/// The scored assessment of one institution.
public struct Assessment: Sendable {
  public var questionnaire: Questionnaire
  public var responses: Responses
  public var inherentRisk: InherentRisk
  /// Per domain, in questionnaire order.
  public var domains: [DomainResult]
  /// Every compliance-baseline gap, lowest level first, then in model order.
  public var baselineGaps: [Gap]
  /// Every target gap, lowest level first, then in model order.
  public var targetGaps: [Gap]
  /// Statements not yet answered, in model order.
  public var unanswered: [Statement]
  /// Statements answered `not-applicable`, with their justification.
  public var notApplicable: [(statement: Statement, answer: Answer)]
  /// Statements met through a compensating control.
  public var compensating: [(statement: Statement, answer: Answer)]
  /// Statements whose answer was carried forward from the previous period and not yet confirmed:
  /// a completeness finding of their own, in model order.
  public var carriedUnconfirmed: [Statement] {
    questionnaire.statements.filter { responses.answers[$0.id]?.trail.carried == true }
  }
  /// The statements whose answer's review has a status, with the answer, in model order.
  ///
  /// - Parameter status: The review status: marked to review, reviewed or challenged.
  public func reviewed(_ status: AnswerTrail.ReviewStatus) -> [(statement: Statement, answer: Answer)] {
    questionnaire.statements.compactMap { statement in
      responses.answers[statement.id].flatMap { $0.trail.review?.status == status ? (statement, $0) : nil }
    }
  }
  /// The statements whose answer carries a coach's remark, with the answer, in model order.
  public var coachRemarks: [(statement: Statement, answer: Answer)] {
    questionnaire.statements.compactMap { statement in
      responses.answers[statement.id].flatMap { $0.trail.coachRemark != nil ? (statement, $0) : nil }
    }
  }
  /// Whether any answer records a review, a coach's remark or a carried mark: what the report's
  /// review section needs to say anything.
  public var hasReviewTrail: Bool {
    responses.answers.values.contains { $0.trail.review != nil || $0.trail.coachRemark != nil || $0.trail.carried }
  }
  /// Whether every statement has an answer that completes it.
  public var isComplete: Bool { unanswered.isEmpty }
  /// Whether every applicable compliance-baseline statement is met.
  public var meetsComplianceBaseline: Bool { baselineGaps.isEmpty }
}
