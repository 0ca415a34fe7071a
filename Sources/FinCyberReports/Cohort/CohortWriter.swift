import FinCyberCore

/// Writes a cohort as XML (`Reports/schema/cohort.xsd`); names institutions only when asked.
public enum CohortWriter {
  /// The cohort as XML bytes.
  ///
  /// - Parameters:
  ///   - cohort: The cohort.
  ///   - named: Whether to list the institutions by name.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ cohort: Cohort, named: Bool) throws -> [UInt8] {
    let levels = ["below-baseline"] + cohort.questionnaire.levels.map(\.id)
    func five(_ name: String, _ values: FiveNumbers?, _ w: inout XMLWriter) {
      guard let values else { return }
      w.element(name, [
        "count": String(values.count), "minimum": Formatting.number(values.minimum),
        "lower-quartile": Formatting.number(values.lowerQuartile), "median": Formatting.number(values.median),
        "upper-quartile": Formatting.number(values.upperQuartile), "maximum": Formatting.number(values.maximum),
      ])
    }
    return try XMLWriter.document { w in
      w.start("cohort", [
        "xmlns": "urn:fincyber:cohort:1", "format-version": "1", "institutions": String(cohort.members.count), "named": String(named),
      ])
      w.element("questionnaire", ["id": cohort.questionnaire.id, "version": cohort.questionnaire.version])
      for group in [cohort.overall] + cohort.sectors + cohort.tiers {
        w.start("group", [
          "kind": group.kind, "id": group.id, "institutions": String(group.members),
          "baseline-pass-rate": Formatting.decimal(group.baselinePassRate),
        ])
        for pillar in group.pillars {
          w.start("pillar", ["id": pillar.domain])
          for (index, count) in pillar.achievedCounts.enumerated() {
            w.element("achieved", ["level": levels[index], "institutions": String(count)])
          }
          five("percent-to-target", pillar.percentToTarget, &w)
          w.end()
        }
        w.end()
      }
      for unmet in cohort.mostOftenUnmet {
        w.element("unmet", ["statement": unmet.statement.id, "institutions": String(unmet.unmet), "applicable": String(unmet.applicable)])
      }
      for indicator in cohort.indicators {
        w.start("indicator", ["id": indicator.indicator.id])
        five("values", indicator.values, &w)
        w.end()
      }
      if named {
        for member in cohort.members {
          w.element("institution", ["id": member.id, "name": member.name, "sector": member.sector, "tier": member.tier, "period": member.period])
        }
      }
      w.end()
    }
  }
}
