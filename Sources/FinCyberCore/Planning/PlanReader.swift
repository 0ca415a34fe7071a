/// Reads an improvement plan back, after validating it against `Reports/schema/plan.xsd`, and
/// checks what the schema cannot: each initiative once, a real decision date, a start no later
/// than the due quarter.
public enum PlanReader {
  /// Reads a plan from bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path to name in diagnostics.
  /// - Throws: `FinCyberError.invalidInput` with every problem, located.
  public static func read(_ bytes: [UInt8], path: String) throws -> ImprovementPlan {
    let document = try XMLDocumentLoader.load(bytes, path: path, expecting: [.plan])
    let root = document.root
    var list = DiagnosticList(source: document.source)
    var ids = UniqueIDs("initiative", repeated: "is in the plan twice")
    var items: [ImprovementPlan.Item] = []
    func text(_ element: XMLElementNode, _ name: String) -> String? { element.child(named: name).map(\.text.trimmedKeepingLines) }
    func closures(_ elements: [XMLElementNode]) -> [ImprovementPlan.Closure] {
      elements.map { ImprovementPlan.Closure(statement: $0["statement"]!, kind: Gap.Kind(rawValue: $0["kind"]!)!) }
    }
    for element in root.children(named: "initiative") where ids.claim(element["id"]!, at: element, into: &list) {
      if let start = element["start"], let due = element["due"], start > due {
        list.add(element, attribute: "due", "the initiative '\(element["id"]!)' is due in \(due), before it starts in \(start)",
                 fix: "make the due quarter the start quarter or later")
      }
      var decision: ImprovementPlan.Decision?
      if let node = element.child(named: "decision") {
        if !CalendarDate.isValid(node["date"]!) {
          list.add(node, attribute: "date", "'\(node["date"]!)' is not a date that exists", fix: "write a real date as YYYY-MM-DD")
        }
        let note = node.text.trimmedKeepingLines
        decision = ImprovementPlan.Decision(
          kind: ImprovementPlan.Decision.Kind(rawValue: node["kind"]!)!, date: node["date"]!, by: node["by"]!.trimmedKeepingLines,
          note: note.isEmpty ? nil : note)
      }
      let budget = element.child(named: "budget").map {
        ImprovementPlan.Budget(amount: Double($0["amount"]!) ?? 0, currency: $0["currency"]!)
      }
      items.append(ImprovementPlan.Item(
        initiative: element["id"]!, closes: closures(element.children(named: "closes")), allClosedIn: element["all-closed-in"],
        effort: element["effort"]!, cost: element["cost"]!, quarters: Int(element["quarters"]!) ?? 1,
        overrides: Set((element["overrides"] ?? "").split(separator: " ").map(String.init)), owner: text(element, "owner"),
        budget: budget, start: element["start"], due: element["due"],
        status: ImprovementPlan.Status(rawValue: element["status"]!)!, decision: decision, note: text(element, "note")))
    }
    try list.throwIfAny()
    let assessment = root.child(named: "assessment")!
    let questionnaire = root.child(named: "questionnaire")!
    let institution = root.child(named: "institution")!
    return ImprovementPlan(
      questionnaireID: questionnaire["id"]!, questionnaireVersion: questionnaire["version"]!, institutionID: institution["id"],
      institutionName: text(institution, "name") ?? "", period: assessment["period"]!, date: assessment["date"]!, items: items,
      uncovered: closures(root.child(named: "uncovered")!.children(named: "gap")))
  }
}
