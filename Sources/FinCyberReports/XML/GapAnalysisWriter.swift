import FinCyberCore

/// Writes the gap analysis as XML in fincyber's own namespace, described by `Reports/schema/gap-analysis.xsd`.
///
/// The output is deterministic: the same inputs give the same bytes, in model order throughout,
/// with no clock time unless one is given.
public enum GapAnalysisWriter {
  /// The gap analysis as XML bytes.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - generatedAt: An `xs:dateTime` to record, or nil to record none.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ input: ReportInput, generatedAt: String? = nil) throws -> [UInt8] {
    let assessment = input.assessment
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    return try XMLWriter.document { w in
      w.start("gap-analysis", [
        "xmlns": BundledSchema.gapAnalysis.namespace, "format-version": "1", "generated-at": generatedAt,
      ])
      w.element("questionnaire", ["id": questionnaire.id, "version": questionnaire.version, "sha256": input.questionnaireSHA256])
      w.element("responses", ["sha256": input.responsesSHA256])
      w.start("institution", ["id": responses.institution.id, "sector": responses.institution.sectorID, "tier": responses.institution.tierID])
      w.element("name", text: responses.institution.name)
      w.end()
      w.start("assessment", [
        "date": responses.date, "period": responses.period, "complete": String(assessment.isComplete),
        "meets-compliance-baseline": String(assessment.meetsComplianceBaseline),
      ])
      w.element("assessor", text: responses.assessor)
      w.end()
      writeRisk(assessment.inherentRisk, questionnaire, &w)
      for domain in assessment.domains { writeDomain(domain, &w) }
      w.start("gaps")
      for gap in assessment.baselineGaps + assessment.targetGaps {
        writeAnswered("gap", gap.statement, gap.answer, extra: [
          "kind": gap.kind.rawValue, "domain": gap.statement.domainID, "factor": gap.statement.factorID,
          "component": gap.statement.componentID,
        ], &w) { w in
          for source in gap.statement.sources { w.element("source", ["ref": source]) }
          for csf in gap.statement.csf { w.element("csf", ["ref": csf]) }
        }
      }
      w.end()
      w.start("outcomes")
      for outcome in assessment.domains.flatMap(\.outcomes) {
        w.start("outcome", [
          "indicator": outcome.indicator.id, "domain": outcome.indicator.domainID, "value": outcome.value.map(Formatting.number),
          "reached": outcome.value == nil ? nil : Formatting.levelID(outcome.reached), "target": outcome.target.id,
          "target-threshold": outcome.targetThreshold.map(Formatting.number), "claimed": Formatting.levelID(outcome.claimed),
          "contradicts-claim": String(outcome.contradictsClaim),
        ])
        w.optional("note", outcome.note)
        w.end()
      }
      w.end()
      w.start("compensating-controls")
      for entry in assessment.compensating { writeAnswered("answer", entry.statement, entry.answer, extra: [:], &w) { _ in } }
      w.end()
      w.start("not-applicable")
      for entry in assessment.notApplicable { writeAnswered("answer", entry.statement, entry.answer, extra: [:], &w) { _ in } }
      w.end()
      w.start("unanswered")
      for statement in assessment.unanswered { w.element("statement", ["id": statement.id, "level": statement.level.id]) }
      w.end()
      w.end()
    }
  }

  private static func writeRisk(_ risk: InherentRisk, _ questionnaire: Questionnaire, _ w: inout XMLWriter) {
    w.start("inherent-risk", ["overall": risk.overall?.id ?? "not-rated", "computed": risk.computed.computed?.id ?? "not-rated"])
    if let override = risk.override {
      w.start("override", ["risk": override.id])
      w.element("reason", text: risk.overrideReason ?? "")
      w.end()
    }
    for category in risk.categories {
      w.start("category", [
        "id": category.categoryID ?? "", "risk": category.computed?.id ?? "not-rated", "rated": String(category.rated),
        "activities": String(category.activities),
      ])
      for level in questionnaire.riskLevels where (category.counts[level.id] ?? 0) > 0 {
        w.element("count", ["risk": level.id, "activities": String(category.counts[level.id]!)])
      }
      w.end()
    }
    w.end()
  }

  private static func writeTallies(_ score: NodeScore, _ w: inout XMLWriter) {
    for tally in score.tallies {
      w.element("tally", [
        "level": tally.level.id, "met": String(tally.met), "applicable": String(tally.applicable),
        "unanswered": String(tally.unanswered), "excluded": String(tally.excluded),
      ])
    }
  }

  private static func writeDomain(_ domain: DomainResult, _ w: inout XMLWriter) {
    w.start("domain", [
      "id": domain.domain.id, "achieved": Formatting.levelID(domain.score.achieved),
      "percent-to-target": domain.percentToTarget.map(Formatting.decimal),
      "baseline-gaps": String(domain.baselineGaps.count), "target-gaps": String(domain.targetGaps.count),
      "claims-exceed-outcomes": String(domain.claimsExceedOutcomes),
    ])
    let target = domain.target
    w.start("target", [
      "level": target.level.id, "sources": target.sources.map(\.rawValue).joined(separator: " "),
      "from-risk": target.fromRisk?.id, "from-tier": target.fromTier?.id, "from-override": target.fromOverride?.id,
    ])
    w.optional("override-reason", target.overrideReason)
    w.end()
    writeTallies(domain.score, &w)
    for factor in domain.score.children {
      w.start("factor", ["id": factor.id, "achieved": Formatting.levelID(factor.achieved)])
      writeTallies(factor, &w)
      for component in factor.children {
        w.start("component", ["id": component.id, "achieved": Formatting.levelID(component.achieved)])
        writeTallies(component, &w)
        w.end()
      }
      w.end()
    }
    w.end()
  }

  private static func writeAnswered(
    _ name: String, _ statement: Statement, _ answer: Answer, extra: KeyValuePairs<String, String?>, _ w: inout XMLWriter,
    then body: (inout XMLWriter) -> Void
  ) {
    w.start(name, ["statement": statement.id, "level": statement.level.id, "answer": answer.value.rawValue])
    for (key, value) in extra { w.attribute(key, value) }
    w.optional("compensating-control", answer.compensatingControl)
    w.optional("justification", answer.justification)
    w.optional("comment", answer.comment)
    w.optional("evidence", answer.evidence)
    body(&w)
    w.end()
  }
}
