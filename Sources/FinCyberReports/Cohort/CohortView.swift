import FinCyberCore

/// The values the cohort template shows.
struct CohortView {
  /// A group: its figures, or the sentence saying why they are withheld.
  struct GroupView {
    var chartID: String
    var title: String
    /// Why the figures are withheld; nil when they are shown.
    var withheld: String?
    var members: Int
    /// The share meeting the compliance baseline; nil for a model without one.
    var passRate: String?
    var rows: [BoxRow]
    var height: String
    var achieved: [AchievedRow]
    var levelRows: [BoxRow]
    var levelChartID: String
  }
  struct AchievedRow {
    var domain: String
    var counts: [Int]
  }
  struct UnmetRow {
    var id: String
    var text: String
    var count: String
  }
  struct IndicatorRow {
    var name: String
    /// The five numbers and the count; empty when withheld.
    var values: [String]
    /// Why the values are withheld; nil when they are shown.
    var withheld: String?
  }
  struct MemberRow {
    var name: String
    var sector: String?
    var tier: String?
    var period: String
  }
  /// A file set aside and the file of the same institution counted instead.
  struct SetAsideRow {
    var file: String
    var period: String
    var keptFile: String
    var keptPeriod: String
  }

  var lang: String
  var labels: [String: String]
  var questionnaire: String
  /// The cohort's size, or "fewer than k" when it is below the minimum.
  var institutions: String
  var minGroupNote: String
  var levelHeaders: [String]
  var levelTicks: [LevelTick]
  var overall: GroupView
  /// Whether the model has sectors and tiers, and so groups of each.
  var hasSectors: Bool
  var hasTiers: Bool
  var sectors: [GroupView]
  var tiers: [GroupView]
  var unmet: [UnmetRow]
  /// Why the statements most often unmet are withheld; nil when they are shown.
  var unmetWithheld: String?
  var indicators: [IndicatorRow]
  /// Whether the model has outcome indicators, and so an outcome section.
  var hasIndicators: Bool
  var named: Bool
  var members: [MemberRow]
  /// The files set aside, listed only when named.
  var setAside: [SetAsideRow]
  /// Whether there are files set aside to list.
  var hasSetAside: Bool
  /// The sentence that counts the files set aside without naming them; nil when named or none.
  var setAsideCount: String?

  init(_ cohort: Cohort, named: Bool, language: Language) {
    let questionnaire = cohort.questionnaire
    let words = Localizer(language: language, questionnaire: questionnaire)
    let k = ["k": String(cohort.minimumGroupSize)]
    let hasBaseline = questionnaire.complianceBaseline != nil
    lang = language.rawValue
    labels = words.labels
    self.questionnaire = "\(words.name(questionnaire.title)) (\(questionnaire.id) \(questionnaire.version))"
    institutions = cohort.overall.figures.map { String($0.members) } ?? words.text("cohortFewer", k)
    minGroupNote = words.text("minGroupNote", k)
    let headers = [words.text("belowLowest")] + questionnaire.levels.map { words.name($0.name) }
    levelHeaders = headers
    levelTicks = LevelTick.axis(headers)
    let domainName = { (id: String) in questionnaire.domains.first { $0.id == id }.map { "\(id) \(words.name($0.name))" } ?? id }
    func view(_ group: Cohort.Group, title: String) -> GroupView {
      let domains = group.figures?.domains ?? []
      return GroupView(
        chartID: "\(group.kind)-\(group.id)", title: title,
        withheld: group.suppression.map { words.text($0 == .fewerThanMinimum ? "suppressedFewer" : "suppressedProtects", k) },
        members: group.figures?.members ?? 0, passRate: hasBaseline ? Formatting.percent(group.figures?.baselinePassRate) : nil,
        rows: domains.enumerated().map { BoxRow(label: domainName($0.element.domain), $0.element.percentToTarget, row: $0.offset) },
        height: BoxRow.height(domains.count),
        achieved: domains.map { AchievedRow(domain: domainName($0.domain), counts: $0.achievedCounts) },
        levelRows: domains.enumerated().map {
          BoxRow(
            label: domainName($0.element.domain), levels: LevelSummary(counts: $0.element.achievedCounts),
            levelCount: questionnaire.levels.count, names: headers, row: $0.offset)
        },
        levelChartID: "\(group.kind)-\(group.id)-levels")
    }
    overall = view(cohort.overall, title: words.text("overallCohort"))
    hasSectors = !questionnaire.sectors.isEmpty
    hasTiers = questionnaire.hasTiers
    sectors = cohort.sectors.map { group in
      view(group, title: questionnaire.sectors.first { $0.id == group.id }.map { words.name($0.name) } ?? group.id)
    }
    tiers = cohort.tiers.map { group in
      view(group, title: questionnaire.tiers.first { $0.id == group.id }.map { words.name($0.name) } ?? group.id)
    }
    unmet = (cohort.mostOftenUnmet ?? []).map {
      UnmetRow(id: $0.statement.id, text: words.name($0.statement.text), count: "\($0.unmet) / \($0.applicable)")
    }
    unmetWithheld = cohort.mostOftenUnmet == nil ? words.text("unmetSuppressed", k) : nil
    indicators = cohort.indicators.map { distribution in
      let unit = words.name(distribution.indicator.unit)
      let name = "\(distribution.indicator.domainID) · \(words.name(distribution.indicator.name))"
      guard let summary = distribution.values else {
        return IndicatorRow(name: name, values: [], withheld: words.text("indicatorSuppressed", k))
      }
      let values = [summary.minimum, summary.lowerQuartile, summary.median, summary.upperQuartile, summary.maximum]
        .map { Formatting.value($0, unit: unit) } + [String(summary.count)]
      return IndicatorRow(name: name, values: values, withheld: nil)
    }
    hasIndicators = !questionnaire.indicators.isEmpty
    self.named = named
    members = named
      ? cohort.members.map { MemberRow(name: $0.name, sector: $0.sector, tier: $0.tier, period: $0.period) } : []
    setAside = named
      ? cohort.setAside.map { SetAsideRow(file: $0.member.source, period: $0.member.period, keptFile: $0.keptSource, keptPeriod: $0.keptPeriod) } : []
    hasSetAside = !setAside.isEmpty
    setAsideCount = named || cohort.setAside.isEmpty ? nil : words.text("setAsideAnonymous", ["n": String(cohort.setAside.count)])
  }
}
