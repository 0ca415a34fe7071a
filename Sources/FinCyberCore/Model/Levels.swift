/// A maturity level of the questionnaire (Baseline … Innovative); levels are cumulative.
public struct MaturityLevel: Sendable, Hashable, Comparable {
  /// The level's id, e.g. `baseline`.
  public var id: String
  /// The short code used in statement ids, e.g. `B`.
  public var code: String
  /// The position in the questionnaire's order, 0 for the lowest.
  public var rank: Int
  /// The level's name.
  public var name: LocalizedText
  /// What the level means.
  public var description: LocalizedText
  /// Whether a risk or tier table may set this level as a target; false for a level that is only
  /// ever an institution's own choice (the Roadmap model 2.0's Innovative).
  public var computedTarget: Bool = true

  public static func < (lhs: MaturityLevel, rhs: MaturityLevel) -> Bool { lhs.rank < rhs.rank }
  /// Two levels are the same level when their id and rank are; names and descriptions are wording.
  public static func == (lhs: MaturityLevel, rhs: MaturityLevel) -> Bool { lhs.id == rhs.id && lhs.rank == rhs.rank }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(rank)
  }
}

/// An inherent risk level (Least … Most).
public struct RiskLevel: Sendable, Hashable, Comparable {
  /// The level's id, e.g. `moderate`.
  public var id: String
  /// The position in the questionnaire's order, 0 for the lowest.
  public var rank: Int
  /// The level's name.
  public var name: LocalizedText

  public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
  /// Two risk levels are the same level when their id and rank are; names are wording.
  public static func == (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.id == rhs.id && lhs.rank == rhs.rank }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(rank)
  }
}
