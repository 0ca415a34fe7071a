/// A remediation initiative of the model: a piece of work that closes gaps, so that a gap list
/// becomes a handful of fundable projects.
public struct Initiative: Sendable, Hashable {
  /// The initiative's id.
  public var id: String
  /// Its name.
  public var name: LocalizedText
  /// What it delivers.
  public var delivers: LocalizedText
  /// Its typical effort band's id (the model's ``Questionnaire/effortBands``).
  public var effort: String
  /// Its typical cost band's id (the model's ``Questionnaire/costBands``).
  public var cost: String
  /// Its typical duration, in quarters.
  public var quarters: Int
  /// The initiatives that must be done first, by id.
  public var requires: [String]
  /// The statements it covers, in model order.
  public var statements: [String]
}

/// A band of effort or cost (small, medium, large; NT$ ranges), named and described by the model.
public struct Band: Sendable, Hashable {
  /// The band's id.
  public var id: String
  /// Its name.
  public var name: LocalizedText
  /// What it means (a range of person-months or of money).
  public var description: LocalizedText
  /// Its position among the model's bands, 0 for the smallest.
  public var rank: Int
}
