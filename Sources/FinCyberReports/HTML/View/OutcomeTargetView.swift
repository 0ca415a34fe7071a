import FinCyberCore

/// Each domain's measured outcomes against its target level (the core's rule 9): the outcomes
/// below target, named with the value measured and the value needed, and the indicators not
/// measured, as findings of their own. Never a word of support where an outcome is below target
/// or not measured.
struct OutcomeTargetView {
  /// One finding, or a domain whose measured outcomes all meet its target.
  struct Line {
    var text: String
    /// Whether it is a finding (below target or not measured) rather than a domain that meets.
    var finding: Bool
  }

  var lines: [Line]
  /// How many outcomes are below target, and how many not measured, in all.
  var belowTarget: Int
  var notMeasured: Int

  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - words: The report's words.
  init(_ assessment: Assessment, _ words: Localizer) {
    var lines: [Line] = []
    for domain in assessment.domains where !domain.outcomes.isEmpty {
      let name = "\(domain.domain.id) \(words.name(domain.domain.name))"
      let below = domain.outcomesBelowTarget
      if !below.isEmpty {
        let items = below.map { Self.finding($0, words) }
        lines.append(Line(text: words.text("outcomesBelowTarget", count: below.count, ["name": name, "list": Self.join(items, words)]), finding: true))
      }
      let unmeasured = domain.outcomesNotMeasured
      if !unmeasured.isEmpty {
        let names = unmeasured.map { words.name($0.indicator.name) }
        lines.append(Line(text: words.text("outcomesUnmeasured", count: unmeasured.count, ["name": name, "list": Self.join(names, words)]), finding: true))
      }
      if below.isEmpty && unmeasured.count < domain.outcomes.count {
        lines.append(Line(text: words.text("outcomesMeetTarget", ["name": name]), finding: false))
      }
    }
    self.lines = lines
    belowTarget = assessment.domains.reduce(0) { $0 + $1.outcomesBelowTarget.count }
    notMeasured = assessment.domains.reduce(0) { $0 + $1.outcomesNotMeasured.count }
  }

  /// The value measured, with its unit.
  static func measured(_ outcome: OutcomeResult, _ words: Localizer) -> String {
    outcome.value.map { Formatting.value($0, unit: words.name(outcome.indicator.unit)) } ?? words.text("notMeasured")
  }

  /// What the target level needs (`≤ 14 days`), or the target level's name where the indicator
  /// sets it no threshold.
  static func needed(_ outcome: OutcomeResult, _ words: Localizer) -> String {
    guard let threshold = outcome.targetThreshold else { return words.levelName(outcome.target) }
    return (outcome.indicator.better == .higher ? "≥ " : "≤ ") + Formatting.value(threshold, unit: words.name(outcome.indicator.unit))
  }

  /// An outcome as a finding in words: its name with the value measured (or that none was) and the
  /// value its target level needs; for the CSV's and OSCAL's rows.
  static func finding(_ outcome: OutcomeResult, _ words: Localizer) -> String {
    words.text(outcome.isMeasured ? "outcomeMeasuredNeeded" : "outcomeNotMeasuredNeeded", [
      "indicator": words.name(outcome.indicator.name), "measured": measured(outcome, words), "needed": needed(outcome, words),
    ])
  }

  /// Items joined with semicolons: each may hold commas of its own.
  private static func join(_ items: [String], _ words: Localizer) -> String {
    items.joined(separator: words.language == .traditionalChinese ? "；" : "; ")
  }
}
