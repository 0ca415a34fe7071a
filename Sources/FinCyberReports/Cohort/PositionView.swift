import FinCyberCore

/// The values the position template shows: one institution against the narrowest published group
/// that holds it, and why any narrower group was passed over.
struct PositionView {
  struct Row {
    var domain: String
    var achieved: String
    var percent: String
    var peers: [String]
  }

  var lang: String
  var labels: [String: String]
  var institution: String
  var period: String
  /// The sector's name, when the questionnaire has sectors.
  var sector: String?
  /// The tier's name, when the questionnaire has tiers.
  var tier: String?
  /// The group compared with, in words, with its name; nil when there is none.
  var comparedWith: String?
  /// Why narrower groups were passed over, or why there are no peer figures, one sentence each.
  var why: [String]
  var minGroupNote: String
  var peerCount: Int
  var chartID = "position"
  var table: [Row]
  var rows: [BoxRow]
  var height: String
  /// Whether the institution meets the compliance baseline; nil for a model without one.
  var meetsBaseline: String?
  var peerPassRate: String

  init(_ member: CohortMember, cohort: Cohort, language: Language) {
    let questionnaire = cohort.questionnaire
    let words = Localizer(language: language, questionnaire: questionnaire)
    let k = ["k": String(cohort.minimumGroupSize)]
    lang = language.rawValue
    labels = words.labels
    institution = member.name
    period = member.period
    let sectorName = member.sector.map { id in questionnaire.sectors.first { $0.id == id }.map { words.name($0.name) } ?? id }
    let tierName = member.tier.map { id in questionnaire.tiers.first { $0.id == id }.map { words.name($0.name) } ?? id }
    sector = sectorName
    tier = tierName
    let comparison = cohort.peerComparison(of: member)
    let peers = comparison.group?.figures
    comparedWith = comparison.group.map { group in
      switch group.kind {
      case "tier": return "\(words.text("peerTier")) (\(tierName ?? group.id))"
      case "sector": return "\(words.text("peerSector")) (\(sectorName ?? group.id))"
      default: return words.text("peerCohort")
      }
    }
    why = comparison.passedOver.map { group in
      let kind = group.kind == "tier" ? "Tier" : group.kind == "sector" ? "Sector" : "Cohort"
      return words.text("passed" + kind + (group.suppression == .protectsSmallerGroup ? "Protects" : "Fewer"), k)
    }
    minGroupNote = words.text("minGroupNote", k)
    peerCount = peers?.members ?? 0
    let levelName = { (rank: Int) in words.levelName(rank < 0 ? nil : questionnaire.levels[rank]) }
    var table: [Row] = []
    var boxes: [BoxRow] = []
    for (index, domain) in questionnaire.domains.enumerated() {
      let summary = peers?.domains[index].percentToTarget
      table.append(
        Row(
          domain: "\(domain.id) \(words.name(domain.name))", achieved: levelName(member.achievedRanks[index]),
          percent: Formatting.percent(member.percentToTarget[index]),
          peers: summary.map { [$0.minimum, $0.lowerQuartile, $0.median, $0.upperQuartile, $0.maximum].map(Formatting.percent) }
            ?? Array(repeating: "—", count: 5)))
      boxes.append(BoxRow(label: "\(domain.id) \(words.name(domain.name))", summary, row: index, marker: member.percentToTarget[index]))
    }
    self.table = table
    rows = boxes
    height = BoxRow.height(questionnaire.domains.count)
    meetsBaseline = questionnaire.complianceBaseline == nil ? nil : words.text(member.meetsComplianceBaseline ? "yes" : "no")
    peerPassRate = Formatting.percent(peers?.baselinePassRate)
  }

  /// The view as the template reads it, the same names as the properties.
  var dictionary: [String: Any] {
    var view: [String: Any] = [
      "lang": lang, "labels": labels, "institution": institution, "period": period,
      "why": why, "minGroupNote": minGroupNote, "peerCount": peerCount, "chartID": chartID,
      "table": table.map { ["domain": $0.domain, "achieved": $0.achieved, "percent": $0.percent, "peers": $0.peers] as [String: Any] },
      "rows": rows.map(\.dictionary), "height": height, "peerPassRate": peerPassRate,
    ]
    if let meetsBaseline { view["meetsBaseline"] = meetsBaseline }
    if let comparedWith { view["comparedWith"] = comparedWith }
    if let sector { view["sector"] = sector }
    if let tier { view["tier"] = tier }
    return view
  }
}
