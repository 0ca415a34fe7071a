import FinCyberCore

/// Writes a cohort as XML (`Reports/schema/cohort.xsd`); names institutions and files only when asked.
///
/// Format 3 names each of the model's domains `domain` (format 2 called them `pillar`) and gives a
/// baseline pass rate only for a model with a compliance-baseline document.
public enum CohortWriter {
  /// The cohort as XML bytes.
  ///
  /// A withheld group is a `suppressed-group` with its reason and nothing else, not even its size.
  /// - Parameters:
  ///   - cohort: The cohort.
  ///   - named: Whether to list the institutions by name, and the files set aside.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ cohort: Cohort, named: Bool) throws -> [UInt8] {
    let levels = [RecordValue.belowLowestLevel] + cohort.questionnaire.levels.map(\.id)
    let hasBaseline = cohort.questionnaire.complianceBaseline != nil
    func five(_ name: String, _ values: FiveNumbers?, _ w: inout XMLWriter) {
      guard let values else { return }
      w.element(name, [
        "count": String(values.count), "minimum": RecordValue.number(values.minimum),
        "lower-quartile": RecordValue.number(values.lowerQuartile), "median": RecordValue.number(values.median),
        "upper-quartile": RecordValue.number(values.upperQuartile), "maximum": RecordValue.number(values.maximum),
      ])
    }
    return try XMLWriter.document { w in
      w.start("cohort", [
        "xmlns": "urn:fincyber:cohort:1", "format-version": "3", "institutions": cohort.overall.figures.map { String($0.members) },
        "min-group": String(cohort.minimumGroupSize), "set-aside": String(cohort.setAside.count), "named": String(named),
      ])
      w.element("questionnaire", ["id": cohort.questionnaire.id, "version": cohort.questionnaire.version])
      for group in [cohort.overall] + cohort.sectors + cohort.tiers {
        guard let figures = group.figures else {
          w.element("suppressed-group", ["kind": group.kind, "id": group.id, "sector": group.sector, "reason": group.suppression?.rawValue])
          continue
        }
        w.start("group", [
          "kind": group.kind, "id": group.id, "sector": group.sector, "institutions": String(figures.members),
          "baseline-pass-rate": hasBaseline ? RecordValue.decimal(figures.baselinePassRate) : nil,
        ])
        for domain in figures.domains {
          w.start("domain", ["id": domain.domain])
          for (index, count) in domain.achievedCounts.enumerated() {
            w.element("achieved", ["level": levels[index], "institutions": String(count)])
          }
          five("percent-to-target", domain.percentToTarget, &w)
          w.end()
        }
        w.end()
      }
      if let unmet = cohort.mostOftenUnmet {
        for statement in unmet {
          w.element("unmet", ["statement": statement.statement.id, "institutions": String(statement.unmet), "applicable": String(statement.applicable)])
        }
      } else {
        w.element("suppressed-unmet", ["reason": Suppression.fewerThanMinimum.rawValue])
      }
      for indicator in cohort.indicators {
        guard indicator.values != nil else {
          w.element("suppressed-indicator", ["id": indicator.indicator.id, "reason": Suppression.fewerThanMinimum.rawValue])
          continue
        }
        w.start("indicator", ["id": indicator.indicator.id])
        five("values", indicator.values, &w)
        w.end()
      }
      if named {
        for entry in cohort.setAside {
          w.element("set-aside", ["file": entry.member.source, "period": entry.member.period, "kept-file": entry.keptSource, "kept-period": entry.keptPeriod])
        }
        for member in cohort.members {
          w.element("institution", ["id": member.id, "name": member.name, "sector": member.sector, "tier": member.tier, "period": member.period])
        }
      }
      w.end()
    }
  }
}
