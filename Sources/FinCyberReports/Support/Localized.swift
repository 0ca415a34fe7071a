import FinCyberCore

/// Dates, numbers and sentences as each language writes them.
enum Localized {
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  ]

  /// A `YYYY-MM-DD` date: `2026年12月31日` or `31 December 2026`.
  static func date(_ text: String, _ language: Language) -> String {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]) else { return text }
    return language == .traditionalChinese
      ? "\(parts[0])年\(parts[1])月\(parts[2])日"
      : "\(parts[2]) \(englishMonths[parts[1] - 1]) \(parts[0])"
  }

  /// A measured value with its unit: `12.5 小時` / `12.5 hours`; percentages keep the sign close.
  static func value(_ value: Double, unit: String) -> String {
    let number = RecordValue.number(value)
    return unit == "%" ? number + "%" : number + " " + unit
  }

  /// A plain sentence on a pillar's position, for the executive summary.
  static func position(_ domain: DomainResult, _ language: Language) -> String {
    let name = "\(domain.domain.id) \(domain.domain.name.text(language))"
    let target = domain.target.level.name.text(language)
    let percent = Formatting.percent(domain.percentToTarget)
    let baseline = domain.baselineGaps.count
    let gaps = domain.targetGaps.count
    if language == .traditionalChinese {
      var sentence: String
      if let achieved = domain.score.achieved {
        sentence = achieved >= domain.target.level
          ? "\(name)已達「\(achieved.name.text(language))」，符合目標「\(target)」。"
          : "\(name)目前為「\(achieved.name.text(language))」，低於目標「\(target)」；目標範圍內題目已符合 \(percent)，尚有 \(gaps) 項缺口。"
      } else {
        sentence = "\(name)尚未達「基準」等級，目標為「\(target)」；目標範圍內題目已符合 \(percent)，尚有 \(gaps) 項缺口。"
      }
      if baseline > 0 { sentence += "其中 \(baseline) 項屬 2020 年行動方案已要求之合規基準，應優先改善。" }
      if domain.claimsExceedOutcomes { sentence += "部分成果指標未達自評等級，自評結果宜再檢視。" }
      return sentence
    }
    var sentence: String
    if let achieved = domain.score.achieved {
      sentence = achieved >= domain.target.level
        ? "\(name) is at \(achieved.name.text(language)) and meets its \(target) target."
        : "\(name) is at \(achieved.name.text(language)), below its \(target) target: \(percent) of the statements up to the target are met, with \(gaps) gap\(gaps == 1 ? "" : "s") left."
    } else {
      sentence = "\(name) has not reached Baseline; its target is \(target): \(percent) of the statements up to the target are met, with \(gaps) gap\(gaps == 1 ? "" : "s") left."
    }
    if baseline > 0 {
      sentence += " \(baseline) of them \(baseline == 1 ? "is" : "are") compliance-baseline requirement\(baseline == 1 ? "" : "s") from the 2020 Action Plan and come\(baseline == 1 ? "s" : "") first."
    }
    if domain.claimsExceedOutcomes { sentence += " Some measured outcomes fall short of the claimed level, so the answers deserve a second look." }
    return sentence
  }
}
