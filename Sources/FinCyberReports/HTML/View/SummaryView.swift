import FinCyberCore

/// Section 2: the executive summary.
struct SummaryView {
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
  struct Claim {
    var pillar: String
    var indicator: String
    var measured: String
    var reached: String
    var claimed: String
  }

  var rows: [Row]
  var hasPrevious: Bool
  var previousPeriod: String
  var baselineMet: Bool
  var baselineStatus: String
  var completeness: String
  var baselineGapCount: Int
  var targetGapCount: Int
  var urgent: [GapCard]
  var hasUrgent: Bool
  var claims: [Claim]
  var hasClaims: Bool

  init(_ assessment: Assessment, previous: Assessment?, _ language: Language) {
    let questionnaire = assessment.questionnaire
    rows = assessment.domains.map { domain in
      var symbol = ""
      var direction = ""
      if let previous {
        if let before = previous.domains.first(where: { $0.domain.id == domain.domain.id }) {
          let now = (domain.score.achieved?.rank ?? -1, domain.percentToTarget ?? 0)
          let then = (before.score.achieved?.rank ?? -1, before.percentToTarget ?? 0)
          let change = now.0 != then.0 ? now.0 - then.0 : (abs(now.1 - then.1) < 0.05 ? 0 : (now.1 > then.1 ? 1 : -1))
          (symbol, direction) = change > 0 ? ("▲", Labels.text("up", language)) : change < 0 ? ("▼", Labels.text("down", language)) : ("＝", Labels.text("same", language))
        } else {
          direction = Labels.text("first", language)
        }
      }
      return Row(
        id: domain.domain.id, name: domain.domain.name.text(language),
        achieved: Formatting.levelName(domain.score.achieved, language), target: domain.target.level.name.text(language),
        percentToTarget: Formatting.percent(domain.percentToTarget), direction: direction, directionSymbol: symbol,
        baselineGaps: domain.baselineGaps.count, targetGaps: domain.targetGaps.count,
        sentence: Localized.position(domain, language),
        meetsTarget: (domain.score.achieved.map { $0 >= domain.target.level }) ?? false)
    }
    hasPrevious = previous != nil
    previousPeriod = previous?.responses.period ?? ""
    baselineMet = assessment.meetsComplianceBaseline
    baselineStatus = Labels.text(assessment.meetsComplianceBaseline ? "baselineMet" : "baselineNotMet", language)
    completeness = assessment.isComplete
      ? Labels.text("complete", language)
      : Labels.text("incomplete", language) + " " + Labels.text("unansweredCount", language) + ": \(assessment.unanswered.count)"
    baselineGapCount = assessment.baselineGaps.count
    targetGapCount = assessment.targetGaps.count
    var seen = Set<String>()
    urgent = (assessment.baselineGaps + assessment.targetGaps)
      .filter { seen.insert($0.statement.id).inserted }
      .prefix(5)
      .map { GapCard($0, questionnaire, language) }
    hasUrgent = !urgent.isEmpty
    claims = assessment.domains.flatMap(\.outcomes).filter(\.contradictsClaim).map { outcome in
      Claim(
        pillar: outcome.indicator.domainID, indicator: outcome.indicator.name.text(language),
        measured: outcome.value.map { Localized.value($0, unit: outcome.indicator.unit.text(language)) } ?? "",
        reached: Formatting.levelName(outcome.reached, language), claimed: Formatting.levelName(outcome.claimed, language))
    }
    hasClaims = !claims.isEmpty
  }
}
