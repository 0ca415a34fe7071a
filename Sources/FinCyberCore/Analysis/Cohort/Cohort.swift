/// Many institutions' assessments against one questionnaire, summarised for F-ISAC coaching.
///
/// No figure of fewer than `minimumGroupSize` institutions is kept: a group (the whole cohort, a
/// sector, a tier) below the minimum, or one whose figures would let such a group's be worked out,
/// carries no figures at all, only why they are withheld (`GroupSuppression`). The statements most
/// often unmet need the whole cohort to reach the minimum, an indicator's distribution that many
/// institutions measuring it.
public struct Cohort: Sendable {
  /// The minimum group size unless another is asked for: with five, an institution that takes its
  /// own figures out of its group's is still left with an aggregate of four others.
  public static let defaultMinimumGroupSize = 5

  /// One domain's distribution over a group of institutions.
  public struct DomainDistribution: Sendable, Equatable {
    public var domain: String
    /// Institutions per achieved level: index 0 is below baseline, 1 … n the questionnaire's levels.
    public var achievedCounts: [Int]
    /// The five-number summary of percent to target, or nil when no institution has one.
    public var percentToTarget: FiveNumbers?
  }
  /// What a published group shows.
  public struct Figures: Sendable, Equatable {
    /// How many institutions it holds.
    public var members: Int
    /// The percent of them that meet the compliance baseline.
    public var baselinePassRate: Double
    /// One distribution per domain, in questionnaire order.
    public var domains: [DomainDistribution]
  }
  /// A group of institutions: the whole cohort, a sector, or a tier.
  public struct Group: Sendable, Equatable {
    /// `cohort`, `sector` or `tier`.
    public var kind: String
    /// `all`, or the sector's or tier's id.
    public var id: String
    /// The sector a tier belongs to; nil for the other kinds.
    public var sector: String?
    /// The figures when published, else nil: a withheld group does not even keep its size.
    public var figures: Figures?
    /// Why the figures are withheld, or nil when they are published.
    public var suppression: Suppression?
  }
  /// A statement and how many institutions leave it unmet.
  public struct Unmet: Sendable, Equatable {
    public var statement: Statement
    public var unmet: Int
    public var applicable: Int
  }
  /// An indicator's distribution.
  public struct IndicatorDistribution: Sendable, Equatable {
    public var indicator: OutcomeIndicator
    /// The summary of the values measured, or nil when fewer institutions than the minimum measured it.
    public var values: FiveNumbers?
  }
  /// The group an institution's position report compares it with.
  public struct PeerComparison: Sendable, Equatable {
    /// The narrowest published group holding the institution (its tier, else its sector, else the
    /// whole cohort), or nil when all three are withheld.
    public var group: Group?
    /// The narrower groups passed over, narrowest first, each withheld.
    public var passedOver: [Group]
  }

  public var questionnaire: Questionnaire
  public var members: [CohortMember]
  /// The smallest group whose figures are published.
  public var minimumGroupSize: Int
  public var overall: Group
  public var sectors: [Group]
  /// The tiers, each within its sector: the peers of a position report.
  public var tiers: [Group]
  /// The statements most often unmet, most first, at most ten; nil when the whole cohort has fewer
  /// institutions than the minimum.
  public var mostOftenUnmet: [Unmet]?
  public var indicators: [IndicatorDistribution]
  /// The assessments left out because another file of the same institution is counted.
  public var setAside: [LatestAssessments.SetAside]

  /// Summarises members that answer one questionnaire.
  ///
  /// - Parameters:
  ///   - members: The institutions, in any order, each once (see `LatestAssessments`).
  ///   - questionnaire: The questionnaire they answer.
  ///   - minimumGroupSize: The smallest group whose figures are published; 2 or more.
  ///   - setAside: The assessments left out, to be listed.
  public init(
    _ members: [CohortMember], questionnaire: Questionnaire, minimumGroupSize: Int = defaultMinimumGroupSize,
    setAside: [LatestAssessments.SetAside] = []
  ) {
    precondition(minimumGroupSize >= 2, "a minimum group size below 2 withholds nothing")
    self.questionnaire = questionnaire
    self.minimumGroupSize = minimumGroupSize
    self.setAside = setAside
    let sorted = members.sorted {
      ($0.sector ?? "", $0.tier ?? "", $0.id ?? $0.name, $0.period) < ($1.sector ?? "", $1.tier ?? "", $1.id ?? $1.name, $1.period)
    }
    self.members = sorted
    let sectorOrder = Dictionary(questionnaire.sectors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let tierOrder = Dictionary(questionnaire.tiers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    // A model without sectors (or tiers) has only the whole cohort (or its sectors) as groups.
    let bySector = Dictionary(grouping: sorted.filter { $0.sector != nil }, by: { $0.sector! })
      .sorted { (sectorOrder[$0.key] ?? .max, $0.key) < (sectorOrder[$1.key] ?? .max, $1.key) }
    let byTier = bySector.map { sector in
      Dictionary(grouping: sector.value.filter { $0.tier != nil }, by: { $0.tier! })
        .sorted { (tierOrder[$0.key] ?? .max, $0.key) < (tierOrder[$1.key] ?? .max, $1.key) }
    }
    let tree = GroupSuppression.Node(
      key: "cohort", size: sorted.count,
      children: bySector.indices.map { index in
        GroupSuppression.Node(
          key: "sector/" + bySector[index].key, size: bySector[index].value.count,
          children: byTier[index].map { GroupSuppression.Node(key: Self.tierKey(bySector[index].key, $0.key), size: $0.value.count, children: []) })
      })
    let withheld = GroupSuppression.withheld(tree, minimum: minimumGroupSize)
    func group(_ kind: String, _ id: String, sector: String? = nil, key: String, _ chosen: [CohortMember]) -> Group {
      if let reason = withheld[key] { return Group(kind: kind, id: id, sector: sector, figures: nil, suppression: reason) }
      return Group(kind: kind, id: id, sector: sector, figures: Self.figures(chosen, questionnaire), suppression: nil)
    }
    overall = group("cohort", "all", key: "cohort", sorted)
    sectors = bySector.map { group("sector", $0.key, key: "sector/" + $0.key, $0.value) }
    tiers = zip(bySector, byTier).flatMap { sector, tiers in
      tiers.map { group("tier", $0.key, sector: sector.key, key: Self.tierKey(sector.key, $0.key), $0.value) }
    }
    .sorted { (tierOrder[$0.id] ?? .max, $0.id) < (tierOrder[$1.id] ?? .max, $1.id) }
    mostOftenUnmet = withheld["cohort"] == nil ? Self.mostOftenUnmet(sorted, questionnaire) : nil
    indicators = questionnaire.indicators.indices.map { index in
      let values = sorted.compactMap { $0.outcomes[index] }
      return IndicatorDistribution(indicator: questionnaire.indicators[index], values: values.count >= minimumGroupSize ? FiveNumbers(values) : nil)
    }
  }

  /// The peers of a member: the institutions of the same sector and tier, the member included.
  ///
  /// - Parameter member: The institution.
  public func peers(of member: CohortMember) -> [CohortMember] {
    members.filter { $0.sector == member.sector && $0.tier == member.tier }
  }

  /// The group a member's position report compares it with, and the narrower ones passed over.
  ///
  /// - Parameter member: An institution of this cohort.
  public func peerComparison(of member: CohortMember) -> PeerComparison {
    let candidates = [
      tiers.first { $0.id == member.tier && $0.sector == member.sector },
      sectors.first { $0.id == member.sector },
      overall,
    ].compactMap { $0 }
    let index = candidates.firstIndex { $0.figures != nil }
    return PeerComparison(group: index.map { candidates[$0] }, passedOver: Array(candidates.prefix(index ?? candidates.count)))
  }

  /// How many groups' figures are withheld.
  public var withheldGroups: Int { ([overall] + sectors + tiers).filter { $0.suppression != nil }.count }

  /// The key of a tier in the suppression tree: a tier within its sector.
  static func tierKey(_ sector: String, _ tier: String) -> String { "tier/" + sector + "/" + tier }

  /// The figures of some institutions.
  private static func figures(_ chosen: [CohortMember], _ questionnaire: Questionnaire) -> Figures {
    Figures(
      members: chosen.count,
      baselinePassRate: Double(chosen.filter(\.meetsComplianceBaseline).count) * 100 / Double(max(chosen.count, 1)),
      domains: questionnaire.domains.indices.map { index in
        var counts = Array(repeating: 0, count: questionnaire.levels.count + 1)
        for member in chosen { counts[member.achievedRanks[index] + 1] += 1 }
        return DomainDistribution(
          domain: questionnaire.domains[index].id, achievedCounts: counts,
          percentToTarget: FiveNumbers(chosen.compactMap { $0.percentToTarget[index] }))
      })
  }

  /// The ten statements most often unmet, most first, ties in model order.
  private static func mostOftenUnmet(_ members: [CohortMember], _ questionnaire: Questionnaire) -> [Unmet] {
    let statements = questionnaire.statements
    var unmetCounts = Array(repeating: 0, count: statements.count)
    var applicableCounts = Array(repeating: 0, count: statements.count)
    for member in members {
      for index in statements.indices {
        if member.isSet(member.unmet, index) { unmetCounts[index] += 1 }
        if member.isSet(member.applicable, index) { applicableCounts[index] += 1 }
      }
    }
    return statements.indices.compactMap { index -> Unmet? in
      guard unmetCounts[index] > 0 else { return nil }
      return Unmet(statement: statements[index], unmet: unmetCounts[index], applicable: applicableCounts[index])
    }
    .sorted { ($0.unmet, $1.statement.position) > ($1.unmet, $0.statement.position) }
    .prefix(10).map { $0 }
  }
}
