/// Reads a gap-analysis XML file back into a `GapAnalysis` record, after validating it against
/// `Reports/schema/gap-analysis.xsd`.
public enum GapAnalysisReader {
  /// What an answer counted as in a format 1 file, which does not say: format 1 was written only
  /// for the Roadmap model, whose answer scale was then fixed (`yes` and `yes-compensating` met,
  /// `not-applicable` excluded, `no` and `unanswered` not met).
  static func formatOneCounting(_ value: String) -> AnswerMeaning.Counting {
    switch value {
    case "yes", "yes-compensating": return .met
    case "not-applicable": return .excluded
    default: return .notMet
    }
  }

  /// Reads a gap analysis from bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to name in diagnostics.
  /// - Throws: `FinCyberError.invalidInput` when the file is not a valid gap analysis.
  public static func read(_ bytes: [UInt8], path: String) throws -> GapAnalysis {
    let root = try XMLDocumentLoader.load(bytes, path: path, expecting: [.gapAnalysis]).root
    // The schema has guaranteed every required element and attribute read below.
    let questionnaire = root.child(named: "questionnaire")!
    let institution = root.child(named: "institution")!
    let assessment = root.child(named: "assessment")!
    let risk = root.child(named: "inherent-risk")
    func tallies(_ element: XMLElementNode) -> [GapAnalysis.Tally] {
      element.children(named: "tally").map {
        GapAnalysis.Tally(
          level: $0["level"]!, met: Int($0["met"]!)!, applicable: Int($0["applicable"]!)!,
          unanswered: Int($0["unanswered"]!)!, excluded: Int($0["excluded"]!)!)
      }
    }
    func node(_ element: XMLElementNode, childName: String?) -> GapAnalysis.Node {
      GapAnalysis.Node(
        id: element["id"]!, achieved: element["achieved"]!, tallies: tallies(element),
        children: childName.map { name in
          element.children(named: name).map { node($0, childName: name == "factor" ? "component" : nil) }
        } ?? [], percentToTarget: element["percent-to-target"])
    }
    func text(_ element: XMLElementNode, _ name: String) -> String? { element.child(named: name)?.text }
    func flag(_ value: String?) -> Bool { value == "true" || value == "1" }
    func answered(_ element: XMLElementNode) -> GapAnalysis.AnsweredStatement {
      GapAnalysis.AnsweredStatement(
        statement: element["statement"]!, level: element["level"]!, answer: element["answer"]!,
        compensatingControl: text(element, "compensating-control"), justification: text(element, "justification"),
        comment: text(element, "comment"), evidence: text(element, "evidence"))
    }
    return GapAnalysis(
      generatedAt: root["generated-at"], questionnaireID: questionnaire["id"]!, questionnaireVersion: questionnaire["version"]!,
      questionnaireSHA256: questionnaire["sha256"]!, responsesSHA256: root.child(named: "responses")!["sha256"]!,
      institutionID: institution["id"], institutionName: text(institution, "name")!, sector: institution["sector"],
      tier: institution["tier"], date: assessment["date"]!, period: assessment["period"]!,
      assessor: text(assessment, "assessor")!, complete: flag(assessment["complete"]),
      meetsComplianceBaseline: flag(assessment["meets-compliance-baseline"]), overallRisk: risk?["overall"],
      computedRisk: risk?["computed"], riskOverride: risk?.child(named: "override")?["risk"],
      riskOverrideReason: risk?.child(named: "override").flatMap { text($0, "reason") },
      riskCategories: (risk?.children(named: "category") ?? []).map { category in
        GapAnalysis.RiskCategory(
          id: category["id"]!, risk: category["risk"]!, rated: Int(category["rated"]!)!,
          activities: Int(category["activities"]!)!,
          counts: category.children(named: "count").map { ($0["risk"]!, Int($0["activities"]!)!) })
      },
      domains: root.children(named: "domain").map { domain in
        let target = domain.child(named: "target")!
        return GapAnalysis.Domain(
          score: node(domain, childName: "factor"),
          target: GapAnalysis.Target(
            level: target["level"]!, sources: target["sources"]!.split(separator: " ").map(String.init),
            fromRisk: target["from-risk"], fromTier: target["from-tier"], fromOverride: target["from-override"],
            overrideReason: text(target, "override-reason")),
          percentToTarget: domain["percent-to-target"], baselineGaps: Int(domain["baseline-gaps"]!)!,
          targetGaps: Int(domain["target-gaps"]!)!, claimsExceedOutcomes: flag(domain["claims-exceed-outcomes"]),
          outcomesBelowTarget: domain["outcomes-below-target"].flatMap { Int($0) },
          outcomesNotMeasured: domain["outcomes-not-measured"].flatMap { Int($0) },
          previous: domain.child(named: "previous").map {
            GapAnalysis.Previous(
              period: $0["period"]!, achieved: $0["achieved"]!, percentToTarget: $0["percent-to-target"],
              regressions: $0.children(named: "regression").map { $0["statement"]! },
              closed: $0.children(named: "closed").map { $0["statement"]! }, opened: $0.children(named: "opened").map { $0["statement"]! })
          })
      },
      gaps: root.child(named: "gaps")!.children(named: "gap").map { gap in
        GapAnalysis.GapEntry(
          kind: gap["kind"]!, domain: gap["domain"]!, factor: gap["factor"]!, component: gap["component"]!,
          answered: answered(gap), sources: gap.children(named: "source").map { $0["ref"]! },
          // Format 1 cited NIST CSF 2.0 subcategories as <csf ref>, the Roadmap model's framework "csf".
          references: gap.children.compactMap { child in
            switch child.name {
            case "ref": return CrosswalkReference(framework: child["framework"]!, id: child["id"]!)
            case "csf": return CrosswalkReference(framework: "csf", id: child["ref"]!)
            default: return nil
            }
          })
      },
      outcomes: root.child(named: "outcomes")!.children(named: "outcome").map { outcome in
        GapAnalysis.OutcomeEntry(
          indicator: outcome["indicator"]!, domain: outcome["domain"]!, value: outcome["value"], reached: outcome["reached"],
          target: outcome["target"]!, targetThreshold: outcome["target-threshold"], claimed: outcome["claimed"]!,
          contradictsClaim: flag(outcome["contradicts-claim"]), note: text(outcome, "note"),
          belowTarget: outcome["below-target"].map(flag))
      },
      compensating: root.child(named: "compensating-controls")!.children(named: "answer").map(answered),
      notApplicable: root.child(named: "not-applicable")!.children(named: "answer").map(answered),
      unanswered: root.child(named: "unanswered")!.children(named: "statement").map { ($0["id"]!, $0["level"]!) },
      answers: root.child(named: "answers")!.children(named: "answer").map {
        GapAnalysis.StatementAnswer(
          statement: $0["statement"]!, component: $0["component"]!, level: $0["level"]!, value: $0["value"]!,
          countsAs: $0["counts-as"].flatMap(AnswerMeaning.Counting.init(rawValue:)) ?? formatOneCounting($0["value"]!),
          carried: flag($0["carried"]), review: $0["review"].flatMap(AnswerTrail.ReviewStatus.init(rawValue:)))
      })
  }
}
