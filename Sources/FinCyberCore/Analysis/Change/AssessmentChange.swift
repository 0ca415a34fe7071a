/// What changed between two assessments of one institution, per domain and in all: the board's
/// "what changed since last quarter".
///
/// Statements are compared by id: the questionnaire's versioning rule gives a changed meaning a
/// new id, so a shared id means the same claim in both versions. Across a version change, the
/// later version's revision map also links a replaced statement to its replacement and a split
/// statement to its parts; nothing else is compared.
public struct AssessmentChange: Sendable, Equatable {
  /// One domain's change.
  public struct DomainChange: Sendable, Equatable {
    /// The domain's id.
    public var id: String
    /// The level achieved in the earlier assessment (a level id, or `below-baseline`); nil when the
    /// earlier version had no such domain.
    public var achievedBefore: String?
    /// The level achieved now.
    public var achievedNow: String
    /// Percent to target then and now, as recorded.
    public var percentBefore: Double?
    public var percentNow: Double?
    /// Gaps of the earlier assessment in this domain that are gone, in model order.
    public var closed: [String]
    /// Gaps now in this domain that were not gaps before, in model order.
    public var opened: [String]
    /// Statements of this domain met before and not met now, in model order.
    public var regressions: [String]
  }

  /// The earlier period.
  public var from: String
  /// The later period.
  public var to: String
  /// Per domain of the later assessment, in its order.
  public var domains: [DomainChange]
  /// Every statement met before and not met now, in model order.
  public var regressions: [String]
  /// Gaps of the earlier assessment that are gone, in model order.
  public var closed: [String]
  /// Gaps now that were not gaps before, in model order.
  public var opened: [String]
  /// How many statements the two assessments share and could be compared.
  public var compared: Int
  /// Whether the two assessments answer different questionnaire versions.
  public var acrossVersions: Bool
  /// Statements of the later version with no counterpart in the earlier one, in model order.
  public var added: [String]
  /// Those of ``added`` that are not met in the later assessment.
  public var addedNotMet: [String]

  /// Compares two recorded assessments.
  ///
  /// - Parameters:
  ///   - before: The earlier assessment's record.
  ///   - after: The later assessment's record.
  ///   - revisions: The revision maps of the questionnaire versions involved.
  public init(from before: GapAnalysis, to after: GapAnalysis, revisions: [Revision] = []) {
    // The earlier period's statements, named as the later version names them.
    var successors: [String: [String]] = [:]
    if before.questionnaireVersion != after.questionnaireVersion,
      let map = revisions.first(where: { $0.previousVersion == before.questionnaireVersion })
    {
      for (old, new) in map.replaced { successors[old] = [new] }
      for (old, parts) in map.split { successors[old] = parts }
      for old in map.retired { successors[old] = [] }
    }
    let rename = { (id: String) in successors[id] ?? [id] }
    let shared = Set(before.answers.flatMap { rename($0.statement) }).intersection(after.answers.map(\.statement))
    let gapsBefore = Set(before.gaps.flatMap { rename($0.answered.statement) }).intersection(shared)
    let gapsAfter = Set(after.gaps.map(\.answered.statement)).intersection(shared)
    // What each answer counted as, recorded with it from the questionnaire's answer scale.
    var countedBefore: [String: AnswerMeaning.Counting] = [:]
    for answer in before.answers { for id in rename(answer.statement) where countedBefore[id] == nil { countedBefore[id] = answer.countsAs } }
    let inOrder = after.answers
    let closed = inOrder.filter { gapsBefore.contains($0.statement) && !gapsAfter.contains($0.statement) }
    let opened = inOrder.filter { gapsAfter.contains($0.statement) && !gapsBefore.contains($0.statement) }
    let regressions = inOrder.filter { shared.contains($0.statement) && countedBefore[$0.statement] == .met && $0.countsAs == .notMet }
    // A statement's domain, from the later record's component tree.
    var domainOf: [String: String] = [:]
    for domain in after.domains {
      for factor in domain.score.children { for component in factor.children { domainOf[component.id] = domain.score.id } }
    }
    let inDomain = { (answers: [GapAnalysis.StatementAnswer], domain: String) in
      answers.filter { domainOf[$0.component] == domain }.map(\.statement)
    }
    self.from = before.period
    self.to = after.period
    domains = after.domains.map { domain in
      let id = domain.score.id
      let earlier = before.domains.first { $0.score.id == id }
      return DomainChange(
        id: id, achievedBefore: earlier?.score.achieved, achievedNow: domain.score.achieved,
        percentBefore: earlier?.percentToTarget.flatMap(Double.init), percentNow: domain.percentToTarget.flatMap(Double.init),
        closed: inDomain(closed, id), opened: inDomain(opened, id), regressions: inDomain(regressions, id))
    }
    self.regressions = regressions.map(\.statement)
    self.closed = closed.map(\.statement)
    self.opened = opened.map(\.statement)
    compared = shared.count
    acrossVersions = before.questionnaireVersion != after.questionnaireVersion
    added = inOrder.filter { !shared.contains($0.statement) }.map(\.statement)
    addedNotMet = inOrder.filter { !shared.contains($0.statement) && $0.countsAs == .notMet }.map(\.statement)
  }
}

extension AssessmentChange {
  /// Compares two scored assessments answered against the same questionnaire, as their records
  /// would be compared (the inputs' fingerprints play no part).
  ///
  /// - Parameters:
  ///   - before: The earlier assessment.
  ///   - after: The later assessment.
  public init(from before: Assessment, to after: Assessment) {
    self.init(from: Self.record(before), to: Self.record(after))
  }

  /// An assessment's record without fingerprints, for comparing.
  static func record(_ assessment: Assessment) -> GapAnalysis {
    GapAnalysis(ReportInput(assessment: assessment, questionnaireSHA256: "", responsesSHA256: ""))
  }
}
