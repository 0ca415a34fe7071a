/// A cohort counts each institution once, at its latest assessment: F-ISAC compares institutions,
/// and an institution's earlier quarters are its trend (`fincyber trend`), not its peers.
public enum LatestAssessments {
  /// An assessment left out of the cohort, and the one that stands for its institution.
  public struct SetAside: Sendable {
    /// The assessment left out.
    public var member: CohortMember
    /// The institution's assessment that the cohort counts.
    public var keptSource: String
    /// The period of the one counted.
    public var keptPeriod: String
  }

  /// The latest assessment of each institution, in the order first seen, and the rest.
  ///
  /// An institution is known by its id, or by its name where the file gives no id. Periods
  /// (`2026Q3`) order as text; of two files for the same institution and period the first is kept.
  /// - Parameter members: The scored files, in the order they were read.
  public static func split(_ members: [CohortMember]) -> (latest: [CohortMember], setAside: [SetAside]) {
    var chosen: [String: Int] = [:]
    var order: [String] = []
    for (index, member) in members.enumerated() {
      let key = institution(member)
      if let current = chosen[key] {
        if member.period > members[current].period { chosen[key] = index }
      } else {
        chosen[key] = index
        order.append(key)
      }
    }
    let latest = order.map { members[chosen[$0]!] }
    let setAside = members.indices.filter { chosen[institution(members[$0])] != $0 }.map { index in
      let kept = members[chosen[institution(members[index])]!]
      return SetAside(member: members[index], keptSource: kept.source, keptPeriod: kept.period)
    }
    return (latest, setAside)
  }

  /// The key that tells one institution from another.
  static func institution(_ member: CohortMember) -> String {
    member.id.map { "id:" + $0 } ?? "name:" + member.name
  }
}
