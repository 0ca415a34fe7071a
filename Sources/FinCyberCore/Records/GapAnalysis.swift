/// The scored result of one assessment as the gap-analysis XML holds it: ids, levels, counts and
/// the institution's own words, without the questionnaire's texts.
///
/// Trend and cohort features read these records back from files, so that they need neither the
/// original response file nor the HTML. Level values are level ids, or `below-baseline`.
///
/// Format 2 (written since the any-model format) records what each answer counts as, so that a
/// reader needs no questionnaire to tell met from unmet; cites crosswalks as `<ref framework id>`;
/// and leaves out the sector, tier and inherent risk of a model that has none. Format 1 files,
/// written for the Roadmap model's fixed answer scale, are still read.
public struct GapAnalysis: Sendable, Equatable {
  public struct Tally: Sendable, Equatable {
    public var level: String
    public var met: Int
    public var applicable: Int
    public var unanswered: Int
    public var excluded: Int
  }
  public struct Node: Sendable, Equatable {
    public var id: String
    public var achieved: String
    public var tallies: [Tally]
    public var children: [Node]
    /// Met ÷ applicable over the levels up to the domain's target, in percent; nil when nothing applies.
    public var percentToTarget: String? = nil
  }
  public struct Target: Sendable, Equatable {
    public var level: String
    public var sources: [String]
    public var fromRisk: String?
    public var fromTier: String?
    public var fromOverride: String?
    public var overrideReason: String?
  }
  public struct Domain: Sendable, Equatable {
    public var score: Node
    public var target: Target
    public var percentToTarget: String?
    public var baselineGaps: Int
    public var targetGaps: Int
    public var claimsExceedOutcomes: Bool
    /// Measured outcomes below the target level, and indicators not measured (format 2).
    public var outcomesBelowTarget: Int? = nil
    public var outcomesNotMeasured: Int? = nil
    /// The domain in the institution's previous assessment, when one was given.
    public var previous: Previous? = nil
  }
  /// A domain's position in the institution's previous assessment.
  public struct Previous: Sendable, Equatable {
    /// The previous assessment's period.
    public var period: String
    /// The level it achieved then.
    public var achieved: String
    /// Its percent to target then.
    public var percentToTarget: String?
    /// The domain's statements met then and not met now, its gaps of then that are closed and its
    /// gaps now that were none then, in model order (``AssessmentChange``; format 2, empty in a
    /// record written before).
    public var regressions: [String] = []
    public var closed: [String] = []
    public var opened: [String] = []
  }
  public struct RiskCategory: Sendable, Equatable {
    public var id: String
    public var risk: String
    public var rated: Int
    public var activities: Int
    /// Activities per risk level, in the questionnaire's order, levels with none left out.
    public var counts: [(risk: String, activities: Int)]

    public static func == (lhs: RiskCategory, rhs: RiskCategory) -> Bool {
      lhs.id == rhs.id && lhs.risk == rhs.risk && lhs.rated == rhs.rated && lhs.activities == rhs.activities
        && lhs.counts.map(\.risk) == rhs.counts.map(\.risk) && lhs.counts.map(\.activities) == rhs.counts.map(\.activities)
    }
  }
  public struct AnsweredStatement: Sendable, Equatable {
    public var statement: String
    public var level: String
    public var answer: String
    public var compensatingControl: String?
    public var justification: String?
    public var comment: String?
    public var evidence: String?
  }
  public struct GapEntry: Sendable, Equatable {
    public var kind: String
    public var domain: String
    public var factor: String
    public var component: String
    public var answered: AnsweredStatement
    public var sources: [String]
    /// The crosswalk items the statement maps to.
    public var references: [CrosswalkReference]
  }
  public struct StatementAnswer: Sendable, Equatable {
    public var statement: String
    public var component: String
    public var level: String
    public var value: String
    /// What the answer counts as in the questionnaire's answer scale.
    public var countsAs: AnswerMeaning.Counting
    /// Whether it was carried forward and not yet confirmed.
    public var carried: Bool = false
    /// Its review status, if it has one.
    public var review: AnswerTrail.ReviewStatus? = nil
  }
  public struct OutcomeEntry: Sendable, Equatable {
    public var indicator: String
    public var domain: String
    public var value: String?
    public var reached: String?
    public var target: String
    public var targetThreshold: String?
    public var claimed: String
    public var contradictsClaim: Bool
    public var note: String?
    /// Whether the measured value falls short of the target level (format 2).
    public var belowTarget: Bool? = nil
  }

  public var generatedAt: String?
  public var questionnaireID: String
  public var questionnaireVersion: String
  public var questionnaireSHA256: String
  public var responsesSHA256: String
  public var institutionID: String?
  public var institutionName: String
  /// The sector's id, when the questionnaire has sectors.
  public var sector: String?
  /// The tier's id, when the questionnaire has tiers.
  public var tier: String?
  public var date: String
  public var period: String
  public var assessor: String
  public var complete: Bool
  public var meetsComplianceBaseline: Bool
  /// The overall inherent risk (`not-rated` when no activity is rated); nil when the
  /// questionnaire has no risk profile.
  public var overallRisk: String?
  /// The inherent risk computed from the ratings; nil when the questionnaire has no risk profile.
  public var computedRisk: String?
  public var riskOverride: String?
  public var riskOverrideReason: String?
  public var riskCategories: [RiskCategory]
  public var domains: [Domain]
  public var gaps: [GapEntry]
  public var outcomes: [OutcomeEntry]
  public var compensating: [AnsweredStatement]
  public var notApplicable: [AnsweredStatement]
  public var unanswered: [(statement: String, level: String)]
  /// Every statement's answer, in model order.
  public var answers: [StatementAnswer]

  public static func == (lhs: GapAnalysis, rhs: GapAnalysis) -> Bool {
    lhs.generatedAt == rhs.generatedAt && lhs.questionnaireID == rhs.questionnaireID
      && lhs.questionnaireVersion == rhs.questionnaireVersion && lhs.questionnaireSHA256 == rhs.questionnaireSHA256
      && lhs.responsesSHA256 == rhs.responsesSHA256 && lhs.institutionID == rhs.institutionID
      && lhs.institutionName == rhs.institutionName && lhs.sector == rhs.sector && lhs.tier == rhs.tier
      && lhs.date == rhs.date && lhs.period == rhs.period && lhs.assessor == rhs.assessor && lhs.complete == rhs.complete
      && lhs.meetsComplianceBaseline == rhs.meetsComplianceBaseline && lhs.overallRisk == rhs.overallRisk
      && lhs.computedRisk == rhs.computedRisk && lhs.riskOverride == rhs.riskOverride
      && lhs.riskOverrideReason == rhs.riskOverrideReason && lhs.riskCategories == rhs.riskCategories
      && lhs.domains == rhs.domains && lhs.gaps == rhs.gaps && lhs.outcomes == rhs.outcomes
      && lhs.compensating == rhs.compensating && lhs.notApplicable == rhs.notApplicable
      && lhs.unanswered.map(\.statement) == rhs.unanswered.map(\.statement)
      && lhs.unanswered.map(\.level) == rhs.unanswered.map(\.level) && lhs.answers == rhs.answers
  }
}

extension GapAnalysis {
  /// The record of a scored assessment.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - previous: The institution's previous assessment, for each domain's direction.
  ///   - generatedAt: An `xs:dateTime` to record, or nil.
  public init(_ input: ReportInput, previous: Assessment? = nil, generatedAt: String? = nil) {
    let assessment = input.assessment
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let risk = assessment.inherentRisk
    func node(_ score: NodeScore, target: MaturityLevel) -> Node {
      Node(
        id: score.id, achieved: RecordValue.levelID(score.achieved),
        tallies: score.tallies.map {
          Tally(level: $0.level.id, met: $0.met, applicable: $0.applicable, unanswered: $0.unanswered, excluded: $0.excluded)
        },
        children: score.children.map { node($0, target: target) },
        percentToTarget: score.percentMet(upTo: target).map(RecordValue.decimal))
    }
    func answered(_ statement: Statement, _ answer: Answer) -> AnsweredStatement {
      AnsweredStatement(
        statement: statement.id, level: statement.level.id, answer: answer.value.rawValue,
        compensatingControl: answer.compensatingControl, justification: answer.justification, comment: answer.comment,
        evidence: answer.evidence)
    }
    self.generatedAt = generatedAt
    questionnaireID = questionnaire.id
    questionnaireVersion = questionnaire.version
    questionnaireSHA256 = input.questionnaireSHA256
    responsesSHA256 = input.responsesSHA256
    institutionID = responses.institution.id
    institutionName = responses.institution.name
    sector = responses.institution.sectorID
    tier = responses.institution.tierID
    date = responses.date
    period = responses.period
    assessor = responses.assessor
    complete = assessment.isComplete
    meetsComplianceBaseline = assessment.meetsComplianceBaseline
    overallRisk = questionnaire.hasRiskProfile ? risk.overall?.id ?? "not-rated" : nil
    computedRisk = questionnaire.hasRiskProfile ? risk.computed.computed?.id ?? "not-rated" : nil
    riskOverride = risk.override?.id
    riskOverrideReason = risk.override == nil ? nil : (risk.overrideReason ?? "")
    riskCategories = risk.categories.map { category in
      RiskCategory(
        id: category.categoryID ?? "", risk: category.computed?.id ?? "not-rated", rated: category.rated,
        activities: category.activities,
        counts: questionnaire.riskLevels.compactMap { level in
          (category.counts[level.id] ?? 0) > 0 ? (level.id, category.counts[level.id]!) : nil
        })
    }
    domains = assessment.domains.map { domain in
      Domain(
        score: node(domain.score, target: domain.target.level),
        target: Target(
          level: domain.target.level.id, sources: domain.target.sources.map(\.rawValue), fromRisk: domain.target.fromRisk?.id,
          fromTier: domain.target.fromTier?.id, fromOverride: domain.target.fromOverride?.id,
          overrideReason: domain.target.overrideReason),
        percentToTarget: domain.percentToTarget.map(RecordValue.decimal), baselineGaps: domain.baselineGaps.count,
        targetGaps: domain.targetGaps.count, claimsExceedOutcomes: domain.claimsExceedOutcomes,
        outcomesBelowTarget: domain.outcomesBelowTarget.count, outcomesNotMeasured: domain.outcomesNotMeasured.count,
        previous: previous.flatMap { earlier in
          earlier.domains.first { $0.domain.id == domain.domain.id }.map {
            Previous(
              period: earlier.responses.period, achieved: RecordValue.levelID($0.score.achieved),
              percentToTarget: $0.percentToTarget.map(RecordValue.decimal))
          }
        })
    }
    let allGaps: [Gap] = assessment.baselineGaps + assessment.targetGaps
    gaps = allGaps.map { gap in
      GapEntry(
        kind: gap.kind.rawValue, domain: gap.statement.domainID, factor: gap.statement.factorID,
        component: gap.statement.componentID, answered: answered(gap.statement, gap.answer), sources: gap.statement.sources,
        references: gap.statement.references)
    }
    outcomes = assessment.domains.flatMap(\.outcomes).map { outcome in
      OutcomeEntry(
        indicator: outcome.indicator.id, domain: outcome.indicator.domainID, value: outcome.value.map(RecordValue.number),
        reached: outcome.value == nil ? nil : RecordValue.levelID(outcome.reached), target: outcome.target.id,
        targetThreshold: outcome.targetThreshold.map(RecordValue.number), claimed: RecordValue.levelID(outcome.claimed),
        contradictsClaim: outcome.contradictsClaim, note: outcome.note, belowTarget: outcome.isBelowTarget)
    }
    compensating = assessment.compensating.map { answered($0.statement, $0.answer) }
    notApplicable = assessment.notApplicable.map { answered($0.statement, $0.answer) }
    unanswered = assessment.unanswered.map { ($0.id, $0.level.id) }
    answers = questionnaire.statements.map { statement in
      let answer = responses.answers[statement.id]
      let meaning = questionnaire.answerScale.meaning(of: answer)
      return StatementAnswer(
        statement: statement.id, component: statement.componentID, level: statement.level.id,
        value: meaning.value.rawValue, countsAs: meaning.counting, carried: answer?.trail.carried ?? false,
        review: answer?.trail.review?.status)
    }
    // What changed in each domain since the previous assessment, by the one rule that compares two.
    if let previous {
      let change = AssessmentChange(from: AssessmentChange.record(previous), to: self)
      for (index, domain) in domains.enumerated() where domain.previous != nil {
        guard let changed = change.domains.first(where: { $0.id == domain.score.id }) else { continue }
        domains[index].previous?.regressions = changed.regressions
        domains[index].previous?.closed = changed.closed
        domains[index].previous?.opened = changed.opened
      }
    }
  }
}
