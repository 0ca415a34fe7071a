import Foundation

/// Makes realistic synthetic response files for benchmarks and coaching demonstrations.
///
/// Each institution gets a sector and tier (weighted like Taiwan's market: many small firms, few
/// large ones), a hidden capability per pillar, and answers drawn from it: the higher a
/// statement's level above the capability, the less likely it is met. A few answers are not
/// applicable, met through a compensating control, or left unanswered, as in real files.
/// The same seed gives the same files.
public struct SyntheticCohort {
  public var questionnaire: Questionnaire
  private var random: SplitMix64

  /// Creates a generator.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire to answer.
  ///   - seed: The seed; the same seed gives the same institutions.
  public init(questionnaire: Questionnaire, seed: UInt64) {
    self.questionnaire = questionnaire
    random = SplitMix64(seed: seed)
  }

  /// The next institution's responses.
  ///
  /// - Parameter number: The institution's number, used in its id and name.
  public mutating func next(number: Int) -> Responses {
    // Only sectors with tiers can be answered; weights favour banking, then securities, insurance, others.
    // A model without sectors and tiers gives every institution the middle of the range.
    let sectors = questionnaire.sectors.map(\.id).filter { id in questionnaire.tiers.contains { $0.sectorID == id } }
    let weights = [40, 30, 20, 10] + Array(repeating: 10, count: max(0, sectors.count - 4))
    let sector = sectors.isEmpty ? nil : sectors[pick(Array(weights.prefix(sectors.count)))]
    let tiers = questionnaire.tiers.filter { $0.sectorID == sector }
    let tier = tiers.isEmpty ? nil : tiers[pick(tiers.indices.map { 1 << $0 })].id
    let tierIndex = tiers.firstIndex { $0.id == tier } ?? (sectors.isEmpty ? 1 : 0)
    // Larger tiers (listed first) tend to be more capable.
    let base = 2.6 - Double(tierIndex) * 0.6 + unit() * 1.2
    let capability = questionnaire.domains.map { _ in max(0, base + (unit() - 0.5) * 1.4) }
    // Baseline statements have been required and examined since the 2020 Action Plan, so they are
    // met far more reliably than capability alone would say: most institutions meet all of them,
    // and those that do not miss one or two (discipline near 0 misses about 2 in 100).
    let discipline = unit()
    let baselineMiss = 0.02 * pow(1 - discipline, 3)
    let lowest = questionnaire.levels.map(\.rank).min() ?? 0
    var answers: [String: Answer] = [:]
    let choices = Choices(questionnaire.answerScale)
    for statement in questionnaire.statements {
      let domain = questionnaire.domains.firstIndex { $0.id == statement.domainID }!
      let gap = Double(statement.level.rank) - capability[domain]
      let atBaseline = statement.level.rank == lowest
      // Steep: statements well below an institution's capability are nearly always met, those well
      // above nearly never, so that its answers within a level hang together as real ones do.
      let chance = atBaseline ? 1 - baselineMiss : 1 / (1 + exp2(gap * 4))
      let roll = unit()
      let meaning: AnswerMeaning
      if roll < 0.02 && !statement.isComplianceBaseline, let excluded = choices.excluded {
        meaning = excluded
      } else if roll < 0.03 && !atBaseline {
        meaning = questionnaire.answerScale.unanswered
      } else {
        meaning = unit() < chance ? (unit() < 0.06 ? choices.metOtherwise ?? choices.met : choices.met) : choices.notMet
      }
      answers[statement.id] = Answer(
        statementID: statement.id, value: meaning.value,
        compensatingControl: meaning.requirement == .compensatingControl
          ? words("以人工覆核替代自動化控制，每月由稽核單位抽查。", "Manual review instead of automation, sampled monthly by internal audit.") : nil,
        justification: meaning.requirement == .justification ? words("本機構未經營此項業務。", "The institution does not run this business.") : nil)
    }
    var ratings: [(activity: String, risk: String)] = []
    let riskCenter = Double(questionnaire.riskLevels.count - 1) * (0.75 - Double(tierIndex) * 0.2)
    for activity in questionnaire.riskCategories.flatMap(\.activities) where unit() < 0.95 {
      let rank = min(max(Int((riskCenter + (unit() - 0.5) * 2.5).rounded()), 0), questionnaire.riskLevels.count - 1)
      ratings.append((activity.id, questionnaire.riskLevels[rank].id))
    }
    var outcomes: [String: Outcome] = [:]
    for indicator in questionnaire.indicators where unit() < 0.85 {
      let domain = questionnaire.domains.firstIndex { $0.id == indicator.domainID } ?? 0
      let position = min(max(capability[domain] / Double(questionnaire.levels.count), 0), 1)
      let first = indicator.thresholds.first?.value ?? 0
      let last = indicator.thresholds.last?.value ?? 1
      var value = first + (last - first) * position * (0.7 + unit() * 0.6)
      if let minimum = indicator.minimum { value = max(value, minimum) }
      if let maximum = indicator.maximum { value = min(value, maximum) }
      outcomes[indicator.id] = Outcome(indicatorID: indicator.id, value: (value * 10).rounded() / 10, note: nil)
    }
    let name = String(format4(number))
    return Responses(
      questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
      institution: Institution(id: "synthetic-\(name)", name: words("合成機構", "Synthetic institution") + " \(name)", sectorID: sector, tierID: tier),
      date: "2026-09-30", period: "2026Q3", assessor: words("合成資料", "Synthetic data"), riskRatings: ratings, riskOverride: nil,
      targetOverrides: [:], answers: answers, outcomes: outcomes)
  }

  /// A text in the model's languages that fincyber writes: the Traditional Chinese, the English, or
  /// both side by side.
  private func words(_ chinese: String, _ english: String) -> String {
    let chosen = [("zh-TW", chinese), ("en", english)].filter { questionnaire.languages.contains($0.0) }.map(\.1)
    return chosen.isEmpty ? english : chosen.joined(separator: chosen.count > 1 && chosen[0].hasSuffix("。") ? "" : " ")
  }

  /// The answers a synthetic institution gives, taken from the model's scale by what they mean.
  private struct Choices {
    /// Met outright.
    var met: AnswerMeaning
    /// Met another way (through a compensating control), if the scale has such a value.
    var metOtherwise: AnswerMeaning?
    /// Applicable and not met, answered.
    var notMet: AnswerMeaning
    /// Left out of the counts (not applicable), if the scale has such a value.
    var excluded: AnswerMeaning?

    init(_ scale: AnswerScale) {
      let met = scale.meanings.filter(\.meets)
      self.met = met.first { $0.requirement == .none } ?? met[0]
      metOtherwise = met.first { $0.requirement != .none }
      notMet = scale.meanings.first { $0.isGap && $0.isComplete } ?? scale.unanswered
      excluded = scale.meanings.first(where: \.isExcluded)
    }
  }

  private mutating func unit() -> Double { Double(random.next() >> 11) / Double(1 << 53) }

  private mutating func pick(_ weights: [Int]) -> Int {
    var roll = Int(unit() * Double(weights.reduce(0, +)))
    for (index, weight) in weights.enumerated() {
      if roll < weight { return index }
      roll -= weight
    }
    return weights.count - 1
  }

  private func format4(_ number: Int) -> String {
    let text = String(number)
    return String(repeating: "0", count: max(0, 5 - text.count)) + text
  }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
