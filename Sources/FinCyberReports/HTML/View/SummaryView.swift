import FinCyberCore

/// Section 2: the executive summary.
struct SummaryView {
  /// One domain's line of the summary table.
  struct Row {
    var id: String
    var name: String
    var achieved: String
    var target: String
    var percentToTarget: String
    var direction: String
    var directionSymbol: String
    var baselineGaps: Int
    var targetGaps: Int
    var sentence: String
    var meetsTarget: Bool
  }

  var rows: [Row]
  var hasPrevious: Bool
  var previousPeriod: String
  /// Whether the model has a compliance-baseline document, and so baseline gaps to count.
  var hasBaseline: Bool
  var baselineMet: Bool
  /// Whether the compliance baseline is met, in words; nil for a model without one.
  var baselineStatus: String?
  var completeness: String
  var baselineGapCount: Int
  var targetGapCount: Int
  var urgentTitle: String
  var urgentNote: String
  var urgent: [GapCard]
  var hasUrgent: Bool
  /// With an improvement plan, its most urgent initiatives, named in words, in place of the gaps.
  var initiatives: [PlanView.Urgent] = []
  var hasInitiatives = false
  /// The measured outcomes against the claimed levels; nil for a model without outcome indicators.
  var claims: ClaimsView?
  /// The measured outcomes against the target levels; nil for a model without outcome indicators.
  var outcomes: OutcomeTargetView?
  /// What changed since the previous assessment; nil without one.
  var change: ChangeView?
  /// The terms the summary uses, defined where they first appear.
  var terms: [TermDefinition]

  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - previous: The institution's previous assessment, for each domain's direction.
  ///   - change: What changed since it, as the core compares the two.
  ///   - words: The report's words.
  init(_ assessment: Assessment, previous: Assessment?, change: AssessmentChange? = nil, _ words: Localizer) {
    let questionnaire = assessment.questionnaire
    rows = assessment.domains.map { domain in
      var symbol = ""
      var direction = ""
      if let previous {
        if let before = previous.domains.first(where: { $0.domain.id == domain.domain.id }) {
          let now = (domain.score.achieved?.rank ?? -1, domain.percentToTarget ?? 0)
          let then = (before.score.achieved?.rank ?? -1, before.percentToTarget ?? 0)
          let change = now.0 != then.0 ? now.0 - then.0 : (abs(now.1 - then.1) < 0.05 ? 0 : (now.1 > then.1 ? 1 : -1))
          (symbol, direction) = change > 0 ? ("▲", words.text("up")) : change < 0 ? ("▼", words.text("down")) : ("＝", words.text("same"))
        } else {
          direction = words.text("first")
        }
      }
      return Row(
        id: domain.domain.id, name: words.name(domain.domain.name),
        achieved: words.levelName(domain.score.achieved), target: words.levelName(domain.target.level),
        percentToTarget: Formatting.percent(domain.percentToTarget), direction: direction, directionSymbol: symbol,
        baselineGaps: domain.baselineGaps.count, targetGaps: domain.targetGaps.count,
        sentence: Self.position(domain, words),
        meetsTarget: (domain.score.achieved.map { $0 >= domain.target.level }) ?? false)
    }
    hasPrevious = previous != nil
    previousPeriod = previous?.responses.period ?? ""
    hasBaseline = questionnaire.complianceBaseline != nil
    baselineMet = assessment.meetsComplianceBaseline
    baselineStatus = hasBaseline ? words.text(assessment.meetsComplianceBaseline ? "baselineMet" : "baselineNotMet") : nil
    completeness = Completeness.sentence(assessment, words)
    baselineGapCount = assessment.baselineGaps.count
    targetGapCount = assessment.targetGaps.count
    var seen = Set<String>()
    urgent = (assessment.baselineGaps + assessment.targetGaps)
      .filter { seen.insert($0.statement.id).inserted }
      .prefix(5)
      .map { GapCard($0, questionnaire, words) }
    hasUrgent = !urgent.isEmpty
    urgentTitle = switch urgent.count {
    case 0: words.text("urgentGapsNone")
    case 1: words.text("urgentGapsOne")
    default: words.text("urgentGaps", ["n": words.number(urgent.count)])
    }
    urgentNote = words.text(hasBaseline ? "urgentNote" : "urgentNoteLevels")
    claims = questionnaire.indicators.isEmpty ? nil : ClaimsView(assessment, words)
    outcomes = questionnaire.indicators.isEmpty ? nil : OutcomeTargetView(assessment, words)
    self.change = change.map { ChangeView($0, questionnaire, words) }
    terms = TermDefinition.summary(questionnaire, words)
  }

  /// Puts the plan's most urgent initiatives in place of the most urgent gaps: with a plan, the board
  /// decides on initiatives, and the statement ids stay in the plan's appendix.
  ///
  /// - Parameters:
  ///   - plan: The roadmap section's values.
  ///   - words: The report's words.
  mutating func showInitiatives(of plan: PlanView, _ words: Localizer) {
    guard plan.hasUrgent else { return }
    initiatives = plan.urgent
    hasInitiatives = true
    urgent = []
    hasUrgent = false
    urgentTitle = plan.urgentTitle
    urgentNote = words.text("planUrgentNote")
  }

  /// A plain sentence on a domain's position, for the executive summary.
  ///
  /// - Parameters:
  ///   - domain: The domain's results.
  ///   - words: The report's words.
  static func position(_ domain: DomainResult, _ words: Localizer) -> String {
    let gaps = domain.targetGaps.count
    let values = [
      "name": "\(domain.domain.id) \(words.name(domain.domain.name))", "target": words.levelName(domain.target.level),
      "achieved": words.levelName(domain.score.achieved), "percent": Formatting.percent(domain.percentToTarget), "gaps": String(gaps),
    ]
    var sentences: [String]
    if let achieved = domain.score.achieved, achieved >= domain.target.level {
      sentences = [words.text("positionMeets", values)]
    } else {
      sentences = [words.text(domain.score.achieved == nil ? "positionUnder" : "positionBelow", count: gaps, values)]
    }
    if !domain.baselineGaps.isEmpty, words.has("positionBaseline") {
      sentences.append(words.text("positionBaseline", count: domain.baselineGaps.count))
    }
    if domain.claimsExceedOutcomes { sentences.append(words.text("positionClaims")) }
    return sentences.joined(separator: words.language == .traditionalChinese ? "" : " ")
  }
}

/// The measured outcomes set against the levels the statements claim: the flags, or what can be
/// said when there are none; never a claim of support where nothing is measured.
struct ClaimsView {
  /// One measured outcome short of the level its domain claims.
  struct Claim {
    var domain: String
    var indicator: String
    var measured: String
    var reached: String
    var claimed: String
  }

  var claims: [Claim]
  var hasClaims: Bool
  /// What is said when no outcome contradicts a claim.
  var none: String

  init(_ assessment: Assessment, _ words: Localizer) {
    claims = assessment.domains.flatMap(\.outcomes).filter(\.contradictsClaim).map { outcome in
      Claim(
        domain: outcome.indicator.domainID, indicator: words.name(outcome.indicator.name),
        measured: outcome.value.map { Formatting.value($0, unit: words.name(outcome.indicator.unit)) } ?? "",
        reached: words.levelName(outcome.reached), claimed: words.levelName(outcome.claimed))
    }
    hasClaims = !claims.isEmpty
    // "Support" only where every indicator is measured and none is below its target.
    let outcomes = assessment.domains.flatMap(\.outcomes)
    let unmeasured = assessment.domains.filter { domain in !domain.outcomes.contains { $0.value != nil } }
    if unmeasured.count == assessment.domains.count {
      none = words.text("claimsNoneMeasured")
    } else if outcomes.contains(where: { $0.isBelowTarget || !$0.isMeasured }) {
      none = words.text("claimsNoContradiction")
    } else {
      none = words.text("claimsNone")
    }
  }
}
