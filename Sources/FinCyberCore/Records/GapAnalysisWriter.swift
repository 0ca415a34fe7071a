/// Writes the gap analysis as XML in fincyber's own namespace, described by `Reports/schema/gap-analysis.xsd`.
///
/// The output is deterministic: the same inputs give the same bytes, in model order throughout,
/// with no clock time unless one is given.
public enum GapAnalysisWriter {
  /// The gap analysis of an assessment as XML bytes.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - previous: The institution's previous assessment, for each domain's direction.
  ///   - generatedAt: An `xs:dateTime` to record, or nil to record none.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ input: ReportInput, previous: Assessment? = nil, generatedAt: String? = nil) throws -> [UInt8] {
    try xml(GapAnalysis(input, previous: previous, generatedAt: generatedAt))
  }

  /// A gap-analysis record as XML bytes.
  ///
  /// - Parameter record: The record.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ record: GapAnalysis) throws -> [UInt8] {
    try XMLWriter.document { w in
      w.start("gap-analysis", [
        "xmlns": BundledSchema.gapAnalysis.namespace, "format-version": "2", "generated-at": record.generatedAt,
      ])
      w.element("questionnaire", ["id": record.questionnaireID, "version": record.questionnaireVersion, "sha256": record.questionnaireSHA256])
      w.element("responses", ["sha256": record.responsesSHA256])
      w.start("institution", ["id": record.institutionID, "sector": record.sector, "tier": record.tier])
      w.element("name", text: record.institutionName)
      w.end()
      w.start("assessment", [
        "date": record.date, "period": record.period, "complete": String(record.complete),
        "meets-compliance-baseline": String(record.meetsComplianceBaseline),
      ])
      w.element("assessor", text: record.assessor)
      w.end()
      if let overall = record.overallRisk {
        w.start("inherent-risk", ["overall": overall, "computed": record.computedRisk])
        if let override = record.riskOverride {
          w.start("override", ["risk": override])
          w.element("reason", text: record.riskOverrideReason ?? "")
          w.end()
        }
        for category in record.riskCategories {
          w.start("category", [
            "id": category.id, "risk": category.risk, "rated": String(category.rated), "activities": String(category.activities),
          ])
          for count in category.counts { w.element("count", ["risk": count.risk, "activities": String(count.activities)]) }
          w.end()
        }
        w.end()
      }
      for domain in record.domains { writeDomain(domain, &w) }
      w.start("gaps")
      for gap in record.gaps {
        startAnswered("gap", gap.answered, &w)
        w.attribute("kind", gap.kind)
        w.attribute("domain", gap.domain)
        w.attribute("factor", gap.factor)
        w.attribute("component", gap.component)
        writeTexts(gap.answered, &w)
        for source in gap.sources { w.element("source", ["ref": source]) }
        for reference in gap.references { w.element("ref", ["framework": reference.framework, "id": reference.id]) }
        w.end()
      }
      w.end()
      w.start("outcomes")
      for outcome in record.outcomes {
        w.start("outcome", [
          "indicator": outcome.indicator, "domain": outcome.domain, "value": outcome.value, "reached": outcome.reached,
          "target": outcome.target, "target-threshold": outcome.targetThreshold, "claimed": outcome.claimed,
          "contradicts-claim": String(outcome.contradictsClaim), "below-target": outcome.belowTarget.map(String.init),
        ])
        w.optional("note", outcome.note)
        w.end()
      }
      w.end()
      for (name, list) in [("compensating-controls", record.compensating), ("not-applicable", record.notApplicable)] {
        w.start(name)
        for entry in list {
          startAnswered("answer", entry, &w)
          writeTexts(entry, &w)
          w.end()
        }
        w.end()
      }
      w.start("unanswered")
      for entry in record.unanswered { w.element("statement", ["id": entry.statement, "level": entry.level]) }
      w.end()
      w.start("answers")
      for answer in record.answers {
        w.element("answer", [
          "statement": answer.statement, "component": answer.component, "level": answer.level, "value": answer.value,
          "counts-as": answer.countsAs.rawValue, "carried": answer.carried ? "true" : nil, "review": answer.review?.rawValue,
        ])
      }
      w.end()
      w.end()
    }
  }

  private static func writeTallies(_ node: GapAnalysis.Node, _ w: inout XMLWriter) {
    for tally in node.tallies {
      w.element("tally", [
        "level": tally.level, "met": String(tally.met), "applicable": String(tally.applicable),
        "unanswered": String(tally.unanswered), "excluded": String(tally.excluded),
      ])
    }
  }

  private static func writeDomain(_ domain: GapAnalysis.Domain, _ w: inout XMLWriter) {
    w.start("domain", [
      "id": domain.score.id, "achieved": domain.score.achieved, "percent-to-target": domain.percentToTarget,
      "baseline-gaps": String(domain.baselineGaps), "target-gaps": String(domain.targetGaps),
      "claims-exceed-outcomes": String(domain.claimsExceedOutcomes),
      "outcomes-below-target": domain.outcomesBelowTarget.map(String.init),
      "outcomes-not-measured": domain.outcomesNotMeasured.map(String.init),
    ])
    let target = domain.target
    w.start("target", [
      "level": target.level, "sources": target.sources.joined(separator: " "), "from-risk": target.fromRisk,
      "from-tier": target.fromTier, "from-override": target.fromOverride,
    ])
    w.optional("override-reason", target.overrideReason)
    w.end()
    if let previous = domain.previous {
      w.start("previous", ["period": previous.period, "achieved": previous.achieved, "percent-to-target": previous.percentToTarget])
      for id in previous.regressions { w.element("regression", ["statement": id]) }
      for id in previous.closed { w.element("closed", ["statement": id]) }
      for id in previous.opened { w.element("opened", ["statement": id]) }
      w.end()
    }
    writeTallies(domain.score, &w)
    for factor in domain.score.children {
      w.start("factor", ["id": factor.id, "achieved": factor.achieved, "percent-to-target": factor.percentToTarget])
      writeTallies(factor, &w)
      for component in factor.children {
        w.start("component", ["id": component.id, "achieved": component.achieved, "percent-to-target": component.percentToTarget])
        writeTallies(component, &w)
        w.end()
      }
      w.end()
    }
    w.end()
  }

  private static func startAnswered(_ name: String, _ entry: GapAnalysis.AnsweredStatement, _ w: inout XMLWriter) {
    w.start(name, ["statement": entry.statement, "level": entry.level, "answer": entry.answer])
  }

  private static func writeTexts(_ entry: GapAnalysis.AnsweredStatement, _ w: inout XMLWriter) {
    w.optional("compensating-control", entry.compensatingControl)
    w.optional("justification", entry.justification)
    w.optional("comment", entry.comment)
    w.optional("evidence", entry.evidence)
  }
}
