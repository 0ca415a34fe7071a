/// Builds `Responses` from a schema-valid document and checks them against their questionnaire.
struct ResponsesReader {
  /// No measured outcome in a financial institution's records reaches a billion in its unit.
  static let largestPlausibleValue = 1e9

  private var list: DiagnosticList
  private let questionnaire: Questionnaire
  /// The last day an assessment may be dated, `YYYY-MM-DD`, or nil to accept any date.
  private let today: String?

  /// Prepares to read one response file.
  ///
  /// - Parameters:
  ///   - source: The file's text, to locate problems in.
  ///   - questionnaire: The questionnaire the answers belong to.
  ///   - today: When given, an assessment dated after this day is refused.
  init(source: SourceText, questionnaire: Questionnaire, today: String? = nil) {
    list = DiagnosticList(source: source)
    self.questionnaire = questionnaire
    self.today = today
  }

  mutating func read(_ root: XMLElementNode) throws -> Responses {
    checkQuestionnaire(root)
    try list.throwIfAny()
    let institution = readInstitution(root.child(named: "institution")!)
    let assessment = root.child(named: "assessment")!
    if !CalendarDate.isValid(assessment["date"]!) {
      list.add(assessment, attribute: "date", "'\(assessment["date"]!)' is not a date that exists", fix: "write a real date as YYYY-MM-DD")
    } else {
      checkDates(assessment)
    }
    var ratings: [(activity: String, risk: String)] = []
    var riskOverride: Override?
    if let risk = root.child(named: "inherent-risk") {
      ratings = readRatings(risk)
      if let override = risk.child(named: "override"), checkRisk(override["risk"]!, at: override) {
        riskOverride = Override(level: override["risk"]!, reason: override.child(named: "reason")!.text.trimmedKeepingLines)
      }
    }
    let targetOverrides = readTargetOverrides(root.child(named: "target-overrides"))
    let answers = readAnswers(root.child(named: "answers")!)
    let outcomes = readOutcomes(root.child(named: "outcomes"))
    let retired = (root.child(named: "retired-answers")?.children(named: "retired-answer") ?? []).map { element in
      RetiredAnswer(answer: answer(from: element), questionnaireVersion: element["questionnaire-version"]!)
    }
    try list.throwIfAny()
    var result = Responses(
      questionnaireID: root["questionnaire"]!, questionnaireVersion: root["questionnaire-version"]!,
      institution: institution, date: assessment["date"]!, period: assessment["period"]!,
      assessor: assessment.child(named: "assessor")!.text.trimmedKeepingLines, riskRatings: ratings,
      riskOverride: riskOverride, targetOverrides: targetOverrides, answers: answers, outcomes: outcomes)
    result.retiredAnswers = retired
    return result
  }

  /// An answer's value and texts, as written.
  private func answer(from element: XMLElementNode) -> Answer {
    let optional = { (name: String) -> String? in
      element.child(named: name).map(\.text.trimmedKeepingLines).flatMap { $0.isEmpty ? nil : $0 }
    }
    var answer = Answer(
      statementID: element["statement"]!, value: AnswerValue(element["value"]!), comment: optional("comment"),
      evidence: optional("evidence"), compensatingControl: optional("compensating-control"), justification: optional("justification"))
    answer.trail.answeredBy = element["answered-by"]?.trimmedKeepingLines
    answer.trail.answeredAt = element["answered-at"]
    answer.trail.carried = element["carried"] == "true" || element["carried"] == "1"
    answer.trail.previous = element.child(named: "previous").map { ($0["period"]!, AnswerValue($0["value"]!)) }
    answer.trail.review = element.child(named: "review").map { review in
      AnswerTrail.Review(
        status: AnswerTrail.ReviewStatus(rawValue: review["status"]!)!, by: review["by"]?.trimmedKeepingLines, date: review["date"],
        remark: review.text.trimmedKeepingLines.isEmpty ? nil : review.text.trimmedKeepingLines)
    }
    answer.trail.coachRemark = element.child(named: "coach-remark").map {
      AnswerTrail.Remark(text: $0.text.trimmedKeepingLines, by: $0["by"]?.trimmedKeepingLines, date: $0["date"])
    }
    return answer
  }

  /// An assessment is of a quarter that has begun by its date, and, when today is given, not
  /// dated after today (its period then cannot begin after today either).
  private mutating func checkDates(_ assessment: XMLElementNode) {
    let date = assessment["date"]!
    let period = assessment["period"]!
    if let start = Quarter.firstDay(of: period), start > date {
      list.add(
        assessment, attribute: "period", "the period \(period) begins on \(start), after the assessment date \(date)",
        fix: "an assessment covers a quarter that has begun: write the period assessed (\(Quarter.period(containing: date) ?? "the date's quarter") "
          + "or an earlier one), or correct the date")
    }
    if let today, date > today {
      list.add(
        assessment, attribute: "date", "the assessment date \(date) is after today, \(today)",
        fix: "an assessment cannot be dated in the future: correct the date and the period, or leave the file out until then")
    }
  }

  private mutating func checkQuestionnaire(_ root: XMLElementNode) {
    if root["questionnaire"] != questionnaire.id {
      list.add(root, attribute: "questionnaire",
               "these answers are for questionnaire '\(root["questionnaire"]!)', not '\(questionnaire.id)'",
               fix: "check them against the questionnaire they were written for", kind: .answersAnotherQuestionnaire)
    } else if root["questionnaire-version"] != questionnaire.version {
      list.add(root, attribute: "questionnaire-version",
               "these answers are for version \(root["questionnaire-version"]!) of '\(questionnaire.id)', not version \(questionnaire.version)",
               fix: "check them against version \(root["questionnaire-version"]!) of the questionnaire", kind: .answersAnotherQuestionnaire)
    }
  }

  private mutating func readInstitution(_ element: XMLElementNode) -> Institution {
    let institution = Institution(
      id: element["id"], name: element.child(named: "name")!.text.trimmedKeepingLines, sectorID: element["sector"], tierID: element["tier"])
    // Sector and tier are given exactly when the questionnaire sorts institutions into them: a
    // sector when it has sectors, a tier when the institution's sector has tiers.
    let sectorHasTiers = questionnaire.tiers.contains { $0.sectorID == element["sector"] }
    for (attribute, given, known) in [("sector", element["sector"], !questionnaire.sectors.isEmpty), ("tier", element["tier"], sectorHasTiers)] {
      if known && given == nil {
        list.add(element, attribute: attribute, "the institution has no \(attribute); questionnaire '\(questionnaire.id)' sorts institutions by \(attribute)",
                 fix: "add \(attribute)=\"…\", one of: \((attribute == "sector" ? questionnaire.sectors.map(\.id) : questionnaire.tiers.map(\.id)).joined(separator: ", "))")
      } else if !known && given != nil {
        list.add(element, attribute: attribute,
                 attribute == "tier" && questionnaire.hasTiers ? "the sector '\(element["sector"] ?? "")' has no tiers" : "questionnaire '\(questionnaire.id)' has no \(attribute)s",
                 fix: "remove the \(attribute) attribute")
      }
    }
    guard let sector = element["sector"], !questionnaire.sectors.isEmpty else { return institution }
    let tier = element["tier"] ?? ""
    if !questionnaire.sectors.contains(where: { $0.id == sector }) {
      list.add(element, attribute: "sector", "unknown sector '\(sector)'",
               fix: "use one of: \(questionnaire.sectors.map(\.id).joined(separator: ", "))")
    } else if let found = questionnaire.tiers.first(where: { $0.id == tier }) {
      if found.sectorID != sector {
        list.add(element, attribute: "tier", "tier '\(tier)' belongs to sector '\(found.sectorID)', not '\(sector)'",
                 fix: "use one of: \(questionnaire.tiers.filter { $0.sectorID == sector }.map(\.id).joined(separator: ", "))")
      }
    } else if questionnaire.hasTiers && element["tier"] != nil {
      list.add(element, attribute: "tier", "unknown tier '\(tier)'",
               fix: "use one of: \(questionnaire.tiers.filter { $0.sectorID == sector }.map(\.id).joined(separator: ", "))")
    }
    return institution
  }

  private mutating func checkRisk(_ id: String, at element: XMLElementNode) -> Bool {
    if questionnaire.riskLevel(id) != nil { return true }
    list.add(element, attribute: "risk", "unknown risk level '\(id)'",
             fix: "use one of: \(questionnaire.riskLevels.map(\.id).joined(separator: ", "))")
    return false
  }

  private mutating func readRatings(_ element: XMLElementNode) -> [(activity: String, risk: String)] {
    let activities = Set(questionnaire.riskCategories.flatMap { $0.activities.map(\.id) })
    var seen = UniqueIDs("activity", repeated: "is rated twice")
    var ratings: [(activity: String, risk: String)] = []
    for rating in element.children(named: "rating") {
      let activity = rating["activity"]!
      guard activities.contains(activity) else {
        list.add(rating, attribute: "activity", "unknown risk activity '\(activity)'", fix: "rate an activity of the questionnaire's inherent risk profile")
        continue
      }
      guard seen.claim(activity, at: rating, attribute: "activity", into: &list), checkRisk(rating["risk"]!, at: rating) else { continue }
      ratings.append((activity, rating["risk"]!))
    }
    return ratings
  }

  private mutating func readTargetOverrides(_ element: XMLElementNode?) -> [String: Override] {
    var overrides: [String: Override] = [:]
    for override in element?.children(named: "target-override") ?? [] {
      let domain = override["domain"]!
      guard questionnaire.domains.contains(where: { $0.id == domain }) else {
        list.add(override, attribute: "domain", "unknown domain '\(domain)'",
                 fix: "use one of: \(questionnaire.domains.map(\.id).joined(separator: ", "))")
        continue
      }
      guard questionnaire.level(override["level"]!) != nil else {
        list.add(override, attribute: "level", "unknown maturity level '\(override["level"]!)'",
                 fix: "use one of: \(questionnaire.levels.map(\.id).joined(separator: ", "))")
        continue
      }
      if overrides[domain] != nil {
        list.add(override, attribute: "domain", "domain '\(domain)' has two target overrides", fix: "keep one")
      }
      overrides[domain] = Override(level: override["level"]!, reason: override.child(named: "reason")!.text.trimmedKeepingLines)
    }
    return overrides
  }

  private mutating func readAnswers(_ element: XMLElementNode) -> [String: Answer] {
    let statements = questionnaire.statementIDs
    var seen = UniqueIDs("statement", repeated: "is answered twice")
    var answers: [String: Answer] = [:]
    seen.reserveCapacity(statements.count)
    answers.reserveCapacity(statements.count)
    // In place: a filtered copy of 450 nodes retains every field of each.
    for answer in element.children where answer.name == "answer" {
      let id = answer["statement"]!
      guard statements.contains(id) else {
        list.add(answer, attribute: "statement", "answer to unknown statement '\(id)'",
                 fix: "check the id against questionnaire '\(questionnaire.id)' version \(questionnaire.version), or remove the answer")
        continue
      }
      guard seen.claim(id, at: answer, attribute: "statement", into: &list) else { continue }
      let result = self.answer(from: answer)
      if result.trail.review?.date != nil || result.trail.coachRemark?.date != nil {
        for (name, date) in [("review", result.trail.review?.date), ("coach-remark", result.trail.coachRemark?.date)] {
          if let date, !CalendarDate.isValid(date), let element = answer.child(named: name) {
            list.add(element, attribute: "date", "'\(date)' is not a date that exists", fix: "write a real date as YYYY-MM-DD")
          }
        }
      }
      let value = result.value
      guard let meaning = questionnaire.answerScale[value] else {
        list.add(answer, attribute: "value", "'\(value.rawValue)' is not an answer of questionnaire '\(questionnaire.id)'",
                 fix: "use one of: \(questionnaire.answerScale.meanings.map(\.value.rawValue).joined(separator: ", "))")
        continue
      }
      switch meaning.requirement {
      case .compensatingControl where result.compensatingControl == nil:
        list.add(answer, attribute: "value", "the answer '\(value.rawValue)' to '\(id)' needs a description of the compensating control",
                 fix: "add <compensating-control>…</compensating-control> inside the answer")
      case .justification where result.justification == nil:
        list.add(answer, attribute: "value", "the answer '\(value.rawValue)' to '\(id)' needs a justification",
                 fix: "add <justification>…</justification> inside the answer")
      default:
        break
      }
      answers[id] = result
    }
    return answers
  }

  private mutating func readOutcomes(_ element: XMLElementNode?) -> [String: Outcome] {
    var seen = UniqueIDs("indicator", repeated: "is measured twice")
    var outcomes: [String: Outcome] = [:]
    for outcome in element?.children(named: "outcome") ?? [] {
      let id = outcome["indicator"]!
      guard let indicator = questionnaire.indicators.first(where: { $0.id == id }) else {
        list.add(outcome, attribute: "indicator", "unknown outcome indicator '\(id)'",
                 fix: "use one of: \(questionnaire.indicators.map(\.id).joined(separator: ", "))")
        continue
      }
      guard seen.claim(id, at: outcome, attribute: "indicator", into: &list) else { continue }
      guard let value = Double(outcome["value"]!.trimmed), value.isFinite else {
        list.add(outcome, attribute: "value", "the value of '\(id)' must be a finite number", fix: "write the measured value, e.g. 12.5")
        continue
      }
      if abs(value) > ResponsesReader.largestPlausibleValue {
        list.add(outcome, attribute: "value", "the value \(outcome["value"]!) of '\(id)' is implausibly large", fix: "check the measurement and its unit")
        continue
      }
      if let minimum = indicator.minimum, value < minimum {
        list.add(outcome, attribute: "value", "the value \(outcome["value"]!) of '\(id)' is below its lowest possible value \(plain(minimum))", fix: "check the measurement")
        continue
      }
      if let maximum = indicator.maximum, value > maximum {
        list.add(outcome, attribute: "value", "the value \(outcome["value"]!) of '\(id)' is above its highest possible value \(plain(maximum))", fix: "check the measurement")
        continue
      }
      outcomes[id] = Outcome(indicatorID: id, value: value, note: outcome.child(named: "note").map(\.text.trimmedKeepingLines))
    }
    return outcomes
  }
}

/// A number as a person writes it: `0` rather than `0.0`.
func plain(_ value: Double) -> String {
  value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
}

/// Checks `YYYY-MM-DD` dates against the Gregorian calendar.
public enum CalendarDate {
  /// Whether the text names a day that exists.
  ///
  /// - Parameter text: A date, `YYYY-MM-DD`.
  public static func isValid(_ text: String) -> Bool {
    let parts = text.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1
    else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }
}
