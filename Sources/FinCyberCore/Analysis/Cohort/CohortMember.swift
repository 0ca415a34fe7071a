/// What the cohort keeps of one institution's assessment: a few hundred bytes, so that ten
/// thousand institutions fit in memory.
public struct CohortMember: Sendable {
  /// The name as given (a pseudonym in anonymised files).
  public var name: String
  public var id: String?
  /// The sector's id, when the questionnaire has sectors.
  public var sector: String?
  /// The tier's id, when the questionnaire has tiers.
  public var tier: String?
  public var period: String
  /// Per domain, in questionnaire order: the achieved level's rank (−1 below baseline) and percent to target.
  public var achievedRanks: [Int]
  public var percentToTarget: [Double?]
  public var meetsComplianceBaseline: Bool
  /// Bit i is set when statement i (in model order) is applicable and not met.
  public var unmet: [UInt64]
  /// Bit i is set when statement i is applicable.
  public var applicable: [UInt64]
  /// Measured outcome values in the questionnaire's indicator order.
  public var outcomes: [Double?]
  /// Where the member came from.
  public var source: String

  /// Summarises an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - source: The file it came from.
  public init(_ assessment: Assessment, source: String) {
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    name = responses.institution.name
    id = responses.institution.id
    sector = responses.institution.sectorID
    tier = responses.institution.tierID
    period = responses.period
    achievedRanks = assessment.domains.map { $0.score.achieved?.rank ?? -1 }
    percentToTarget = assessment.domains.map(\.percentToTarget)
    meetsComplianceBaseline = assessment.meetsComplianceBaseline
    let statements = questionnaire.statements
    let words = (statements.count + 63) / 64
    unmet = Array(repeating: 0, count: words)
    applicable = Array(repeating: 0, count: words)
    for index in statements.indices {
      let counting = questionnaire.answerScale.meaning(of: responses.answers[statements[index].id]).counting
      if counting != .excluded { applicable[index / 64] |= 1 << UInt64(index % 64) }
      if counting == .notMet { unmet[index / 64] |= 1 << UInt64(index % 64) }
    }
    outcomes = questionnaire.indicators.map { responses.outcomes[$0.id]?.value }
    self.source = source
  }

  func isSet(_ bits: [UInt64], _ index: Int) -> Bool { bits[index / 64] & (1 << UInt64(index % 64)) != 0 }
}
