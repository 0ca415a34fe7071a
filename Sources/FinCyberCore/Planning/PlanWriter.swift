/// Writes an improvement plan as XML (`Reports/schema/plan.xsd`): deterministic, in plan order.
public enum PlanWriter {
  /// The plan as XML bytes.
  ///
  /// - Parameter plan: The plan.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ plan: ImprovementPlan) throws -> [UInt8] {
    try XMLWriter.document { w in
      w.start("plan", ["xmlns": BundledSchema.plan.namespace, "format-version": "1"])
      w.element("questionnaire", ["id": plan.questionnaireID, "version": plan.questionnaireVersion])
      w.start("institution", ["id": plan.institutionID])
      w.element("name", text: plan.institutionName)
      w.end()
      w.element("assessment", ["period": plan.period, "date": plan.date])
      for item in plan.items {
        let overrides = ["effort", "cost", "quarters"].filter(item.overrides.contains)
        w.start("initiative", [
          "id": item.initiative, "effort": item.effort, "cost": item.cost, "quarters": String(item.quarters),
          "overrides": overrides.isEmpty ? nil : overrides.joined(separator: " "), "status": item.status.rawValue,
          "start": item.start, "due": item.due, "all-closed-in": item.allClosedIn,
        ])
        w.optional("owner", item.owner)
        if let budget = item.budget { w.element("budget", ["amount": RecordValue.number(budget.amount), "currency": budget.currency]) }
        if let decision = item.decision {
          w.element("decision", ["kind": decision.kind.rawValue, "date": decision.date, "by": decision.by], text: decision.note)
        }
        w.optional("note", item.note)
        for closure in item.closes { w.element("closes", ["statement": closure.statement, "kind": closure.kind.rawValue]) }
        w.end()
      }
      w.start("uncovered")
      for closure in plan.uncovered { w.element("gap", ["statement": closure.statement, "kind": closure.kind.rawValue]) }
      w.end()
      w.end()
    }
  }
}
