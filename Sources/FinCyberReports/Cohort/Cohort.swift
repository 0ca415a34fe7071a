import FinCyberCore

/// Many institutions' assessments against one questionnaire, summarised for F-ISAC coaching.
public struct Cohort: Sendable {
  /// One pillar's distribution over a group of institutions.
  public struct PillarDistribution: Sendable, Equatable {
    public var domain: String
    /// Institutions per achieved level: index 0 is below baseline, 1 … n the questionnaire's levels.
    public var achievedCounts: [Int]
    /// The five-number summary of percent to target, or nil when no institution has one.
    public var percentToTarget: FiveNumbers?
  }
  /// A group of institutions: the whole cohort, a sector, or a tier.
  public struct Group: Sendable, Equatable {
    public var kind: String
    public var id: String
    public var members: Int
    public var baselinePassRate: Double
    public var pillars: [PillarDistribution]
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
    public var values: FiveNumbers?
  }

  public var questionnaire: Questionnaire
  public var members: [CohortMember]
  public var overall: Group
  public var sectors: [Group]
  public var tiers: [Group]
  /// The statements most often unmet, most first, at most ten.
  public var mostOftenUnmet: [Unmet]
  public var indicators: [IndicatorDistribution]
  /// Each sector-and-tier group of peers, summarised once (a position report reads its own).
  let peerGroups: [String: Group]

  /// Summarises members that answer one questionnaire.
  ///
  /// - Parameters:
  ///   - members: The institutions, in any order.
  ///   - questionnaire: The questionnaire they answer.
  public init(_ members: [CohortMember], questionnaire: Questionnaire) {
    self.questionnaire = questionnaire
    let sorted = members.sorted { ($0.sector, $0.tier, $0.id ?? $0.name, $0.period) < ($1.sector, $1.tier, $1.id ?? $1.name, $1.period) }
    self.members = sorted
    func group(_ kind: String, _ id: String, _ chosen: [CohortMember]) -> Group {
      Group(
        kind: kind, id: id, members: chosen.count,
        baselinePassRate: chosen.isEmpty ? 0 : Double(chosen.filter(\.meetsComplianceBaseline).count) * 100 / Double(chosen.count),
        pillars: questionnaire.domains.indices.map { index in
          var counts = Array(repeating: 0, count: questionnaire.levels.count + 1)
          for member in chosen { counts[member.achievedRanks[index] + 1] += 1 }
          return PillarDistribution(
            domain: questionnaire.domains[index].id, achievedCounts: counts,
            percentToTarget: FiveNumbers(chosen.compactMap { $0.percentToTarget[index] }))
        })
    }
    overall = group("cohort", "all", sorted)
    sectors = questionnaire.sectors.compactMap { sector in
      let chosen = sorted.filter { $0.sector == sector.id }
      return chosen.isEmpty ? nil : group("sector", sector.id, chosen)
    }
    tiers = questionnaire.tiers.compactMap { tier in
      let chosen = sorted.filter { $0.tier == tier.id }
      return chosen.isEmpty ? nil : group("tier", tier.id, chosen)
    }
    var byPeers: [String: [CohortMember]] = [:]
    for member in sorted { byPeers[Self.peerKey(member), default: []].append(member) }
    peerGroups = byPeers.mapValues { group("peers", Self.peerKey($0[0]), $0) }
    let statements = questionnaire.statements
    var unmetCounts = Array(repeating: 0, count: statements.count)
    var applicableCounts = Array(repeating: 0, count: statements.count)
    for member in sorted {
      for index in statements.indices {
        if member.isSet(member.unmet, index) { unmetCounts[index] += 1 }
        if member.isSet(member.applicable, index) { applicableCounts[index] += 1 }
      }
    }
    mostOftenUnmet = statements.indices.compactMap { index -> Unmet? in
      guard unmetCounts[index] > 0 else { return nil }
      return Unmet(statement: statements[index], unmet: unmetCounts[index], applicable: applicableCounts[index])
    }
    .sorted { ($0.unmet, $1.statement.position) > ($1.unmet, $0.statement.position) }
    .prefix(10).map { $0 }
    indicators = questionnaire.indicators.indices.map { index in
      IndicatorDistribution(
        indicator: questionnaire.indicators[index], values: FiveNumbers(sorted.compactMap { $0.outcomes[index] }))
    }
  }

  /// The peers of a member: the institutions of the same sector and tier, the member included.
  ///
  /// - Parameter member: The institution.
  public func peers(of member: CohortMember) -> [CohortMember] {
    members.filter { $0.sector == member.sector && $0.tier == member.tier }
  }

  /// The summary of a member's peers (same sector and tier, the member included), made once per group.
  ///
  /// - Parameter member: An institution of this cohort.
  public func peerGroup(of member: CohortMember) -> Group? { peerGroups[Self.peerKey(member)] }

  static func peerKey(_ member: CohortMember) -> String { member.sector + "/" + member.tier }
}
