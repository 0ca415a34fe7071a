import FinCyberCore

/// Writes the open items of an improvement plan as an OSCAL 1.0.6 plan of action and milestones
/// (XML), for tools that speak NIST's format.
///
/// - One `risk` per open initiative: the gaps it closes (as text and as `closes` properties), its
///   status (`remediating` when in progress, `deviation-approved` when the board rejected it,
///   `open` otherwise) and, unless rejected, its deadline: the last day of the quarter it is due in
///   (``PlanSchedule``). Its `response` (`planned` once approved, a `recommendation` before) holds
///   two milestone `task`s: the first day of its start quarter and the last day of its due quarter.
/// - One `poam-item` per open initiative, linked to its risk, and one for the gaps no initiative
///   covers.
/// - `metadata` names the institution and each initiative's owner as parties; times are in the
///   questionnaire's time zone; ids are stable (``OSCALIdentifier``): a risk keeps its id from one
///   quarter's export to the next.
/// - `back-matter` cites the questionnaire, the response file and the plan file with their SHA-256.
public enum POAMWriter {
  /// The plan of action as XML bytes, or nil when the plan has no open item (OSCAL requires one).
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - plan: The improvement plan.
  ///   - planSHA256: SHA-256 of the plan file's bytes.
  ///   - language: The language of titles and texts.
  ///   - generatedAt: The `last-modified` time; by default the assessment date at midnight in the
  ///     questionnaire's time zone, so that the same inputs give the same bytes.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(
    _ input: ReportInput, plan: ImprovementPlan, planSHA256: String, language: Language, generatedAt: String? = nil
  ) throws -> [UInt8]? {
    let assessment = input.assessment
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let words = PlanWords(questionnaire, language)
    let l = words.localizer
    let zone = questionnaire.timeZone
    let schedule = PlanSchedule(plan, assessment: assessment)
    let slots = Dictionary(schedule.slots.map { ($0.initiative, $0) }, uniquingKeysWith: { first, _ in first })
    let open = plan.items.filter(\.isOpen)
    guard !open.isEmpty || !plan.uncovered.isEmpty else { return nil }
    // Items keep their ids across quarters: named by institution, questionnaire and initiative.
    let itemID = { (item: String) in
      OSCALIdentifier.uuid("fincyber:poam:\(plan.institutionID ?? plan.institutionName):\(plan.questionnaireID):\(item)")
    }
    let documentID = { (item: String) in OSCALIdentifier.uuid("fincyber:poam:\(planSHA256):\(input.responsesSHA256):\(item)") }
    let owners = Array(Set(open.compactMap(\.owner))).sorted()
    let ownerID = { (owner: String) in itemID("party:" + owner) }
    let ns = AssessmentResultsWriter.propertyNamespace
    let title = { (key: String) in l.text(key, ["institution": responses.institution.name, "period": plan.period]) }

    return try XMLWriter.document { w in
      w.start("plan-of-action-and-milestones", ["xmlns": AssessmentResultsWriter.namespace, "uuid": documentID("poam")])
      w.start("metadata")
      w.element("title", text: title("poamTitle"))
      w.element("last-modified", text: generatedAt ?? responses.date + "T00:00:00" + zone)
      w.element("version", text: plan.period)
      w.element("oscal-version", text: "1.0.6")
      if !owners.isEmpty {
        w.start("role", ["id": "initiative-owner"])
        w.element("title", text: l.text("poamOwnerRole"))
        w.end()
      }
      w.start("party", ["uuid": itemID("party:institution"), "type": "organization"])
      w.element("name", text: responses.institution.name)
      w.end()
      for owner in owners {
        w.start("party", ["uuid": ownerID(owner), "type": "person"])
        w.element("name", text: owner)
        w.element("member-of-organization", text: itemID("party:institution"))
        w.end()
      }
      if !owners.isEmpty {
        w.start("responsible-party", ["role-id": "initiative-owner"])
        for owner in owners { w.element("party-uuid", text: ownerID(owner)) }
        w.end()
      }
      w.end()
      w.element("system-id", ["identifier-type": "urn:fincyber:institution"], text: plan.institutionID ?? plan.institutionName)

      for item in open {
        let slot = slots[item.initiative]
        w.start("risk", ["uuid": itemID("risk:" + item.initiative)])
        w.element("title", text: words.name(item))
        w.start("description")
        w.element("p", text: words.delivers(item) ?? words.name(item))
        w.end()
        w.start("statement")
        w.element("p", text: l.text("poamCloses", ["list": l.list(item.closes.map(\.statement))]))
        w.end()
        w.element("prop", ["name": "initiative", "ns": ns, "value": item.initiative])
        w.element("prop", ["name": "effort-band", "ns": ns, "value": item.effort])
        w.element("prop", ["name": "cost-band", "ns": ns, "value": item.cost])
        w.element("prop", ["name": "quarters", "ns": ns, "value": String(item.quarters)])
        if let budget = item.budget {
          w.element("prop", ["name": "budget", "ns": ns, "class": budget.currency, "value": RecordValue.number(budget.amount)])
        }
        if let decision = item.decision { w.element("prop", ["name": "decision", "ns": ns, "value": decision.kind.rawValue]) }
        for closure in item.closes {
          w.element("prop", ["name": "closes", "ns": ns, "class": closure.kind.rawValue, "value": closure.statement])
        }
        w.element("status", text: item.decision?.kind == .rejected ? "deviation-approved" : item.status == .inProgress ? "remediating" : "open")
        if let owner = item.owner {
          w.start("origin")
          w.element("actor", ["type": "party", "actor-uuid": ownerID(owner)])
          w.end()
        }
        if let slot {
          w.element("deadline", text: lastDay(of: slot.due) + "T23:59:59" + zone)
          w.start("response", ["uuid": itemID("response:" + item.initiative), "lifecycle": item.decision?.kind == .approved ? "planned" : "recommendation"])
          w.element("title", text: words.name(item))
          w.start("description")
          w.element("p", text: words.labelled("planEffort", words.effort(item)))
          w.element("p", text: words.labelled("planCost", words.cost(item)))
          w.end()
          milestone(&w, id: itemID("task:start:" + item.initiative), title: l.text("poamStart", ["name": words.name(item)]),
                    at: (FinCyberCore.Quarter.firstDay(of: slot.start) ?? slot.start) + "T00:00:00" + zone)
          milestone(&w, id: itemID("task:due:" + item.initiative), title: l.text("poamComplete", ["name": words.name(item)]),
                    at: lastDay(of: slot.due) + "T23:59:59" + zone)
          if let decision = item.decision {
            w.start("remarks")
            w.element("p", text: l.text("poamDecision", ["decision": words.decision(item), "date": decision.date, "by": decision.by]))
            w.end()
          }
          w.end()
        }
        w.end()
      }

      for item in open {
        w.start("poam-item", ["uuid": itemID("poam-item:" + item.initiative)])
        w.element("title", text: words.name(item))
        w.start("description")
        w.element("p", text: words.delivers(item) ?? words.name(item))
        w.end()
        w.element("prop", ["name": "initiative", "ns": ns, "value": item.initiative])
        if let owner = item.owner {
          w.start("origin")
          w.element("actor", ["type": "party", "actor-uuid": ownerID(owner)])
          w.end()
        }
        w.element("associated-risk", ["risk-uuid": itemID("risk:" + item.initiative)])
        w.start("remarks")
        w.element("p", text: words.labelled("planStatus", "\(words.status(item)) · \(words.decision(item))"))
        w.end()
        w.end()
      }
      if !plan.uncovered.isEmpty {
        w.start("poam-item", ["uuid": itemID("poam-item:uncovered")])
        w.element("title", text: l.text("planUncovered"))
        w.start("description")
        w.element("p", text: l.text("poamUncoveredDescription", ["list": l.list(plan.uncovered.map(\.statement))]))
        w.end()
        for closure in plan.uncovered {
          w.element("prop", ["name": "uncovered", "ns": ns, "class": closure.kind.rawValue, "value": closure.statement])
        }
        w.end()
      }

      w.start("back-matter")
      resource(&w, id: documentID("resource:questionnaire"), title: "\(l.name(questionnaire.title)) (\(questionnaire.id) \(questionnaire.version))",
               href: "urn:fincyber:questionnaire:\(questionnaire.id):\(questionnaire.version)", sha256: input.questionnaireSHA256)
      resource(&w, id: documentID("resource:responses"), title: l.text("poamResponses", ["institution": responses.institution.name, "period": responses.period]),
               href: "urn:fincyber:responses:\(input.responsesSHA256)", sha256: input.responsesSHA256)
      resource(&w, id: documentID("resource:plan"), title: title("poamPlan"), href: "urn:fincyber:plan:\(planSHA256)", sha256: planSHA256)
      w.end()
      w.end()
    }
  }

  /// The last day of a quarter, `2027Q2` → `2027-06-30`.
  static func lastDay(of period: String) -> String {
    let ends = ["-03-31", "-06-30", "-09-30", "-12-31"]
    guard FinCyberCore.Quarter.firstDay(of: period) != nil, let quarter = Int(period.suffix(1)) else { return period }
    return String(period.prefix(4)) + ends[quarter - 1]
  }

  private static func milestone(_ w: inout XMLWriter, id: String, title: String, at time: String) {
    w.start("task", ["uuid": id, "type": "milestone"])
    w.element("title", text: title)
    w.start("timing")
    w.element("on-date", ["date": time])
    w.end()
    w.end()
  }

  private static func resource(_ w: inout XMLWriter, id: String, title: String, href: String, sha256: String) {
    w.start("resource", ["uuid": id])
    w.element("title", text: title)
    w.start("rlink", ["href": href])
    w.element("hash", ["algorithm": "SHA-256"], text: sha256)
    w.end()
    w.end()
  }
}
