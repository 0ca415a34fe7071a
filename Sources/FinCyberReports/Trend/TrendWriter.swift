import FinCyberCore

/// Writes a trend as XML (`Reports/schema/trend.xsd`); deterministic, like the gap analysis.
///
/// Format 2 names each of the model's domains `domain` (format 1 called them `pillar`).
public enum TrendWriter {
  /// The trend as XML bytes.
  ///
  /// - Parameter trend: The trend.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ trend: Trend) throws -> [UInt8] {
    let last = trend.records.last!
    let mixed = Set(trend.records.map { $0.institutionID ?? $0.institutionName }).count > 1
    return try XMLWriter.document { w in
      w.start("trend", ["xmlns": "urn:fincyber:trend:1", "format-version": "2"])
      w.start("institution", ["id": mixed ? nil : last.institutionID, "mixed": String(mixed)])
      w.element("name", text: mixed ? trend.records.map(\.institutionName).uniqued().joined(separator: "; ") : last.institutionName)
      w.end()
      for record in trend.records {
        w.element("assessment", [
          "period": record.period, "date": record.date, "questionnaire": record.questionnaireID,
          "questionnaire-version": record.questionnaireVersion, "responses-sha256": record.responsesSHA256,
        ])
      }
      for domain in trend.domains {
        w.start("domain", ["id": domain.id])
        for point in domain.points {
          w.element("point", [
            "period": point.period, "achieved": point.achieved, "target": point.target,
            "percent-to-target": point.percentToTarget.map(RecordValue.decimal),
          ])
        }
        w.end()
      }
      for step in trend.steps {
        w.start("step", ["from": step.from, "to": step.to, "compared": String(step.compared), "across-versions": String(step.acrossVersions)])
        for id in step.regressions { w.element("regression", ["statement": id]) }
        for id in step.closed { w.element("closed", ["statement": id]) }
        for id in step.opened { w.element("opened", ["statement": id]) }
        let notMet = Set(step.addedNotMet)
        for id in step.added { w.element("added", ["statement": id, "met": String(!notMet.contains(id))]) }
        w.end()
      }
      for change in trend.mostImproved {
        w.element("improved", [
          "component": change.id, "first-achieved": change.firstAchieved, "last-achieved": change.lastAchieved,
          "first-percent": RecordValue.decimal(change.firstPercent), "last-percent": RecordValue.decimal(change.lastPercent),
        ])
      }
      for indicator in trend.indicators {
        w.start("indicator", ["id": indicator.id, "domain": indicator.domain])
        for value in indicator.values { w.element("value", ["period": value.period, "value": value.value, "reached": value.reached]) }
        w.end()
      }
      w.end()
    }
  }
}

extension Array where Element: Hashable {
  /// The elements without repeats, in first-seen order.
  func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
