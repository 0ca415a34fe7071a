import FinCyberCore
import FinCyberReports

/// One component's statements, grouped by level: the levels within the domain's target first and
/// open, the levels above it folded (as the NCUA ACET shows the required levels first).
enum ComponentPage {
  /// Which statements a component page shows.
  enum Show: String, Sendable, CaseIterable {
    case all
    case unanswered
    /// Statements not met at or below the target, and compliance-baseline statements not met.
    case gaps
  }

  /// Where a component sits in the questionnaire.
  struct Place {
    var domain: DomainResult
    var factor: AssessmentFactor
    var component: Component
    var score: NodeScore
  }

  /// Finds a component by id.
  static func place(_ id: String, in assessment: Assessment) -> Place? {
    for domain in assessment.domains {
      for (factor, factorScore) in zip(domain.domain.factors, domain.score.children) {
        for (component, score) in zip(factor.components, factorScore.children) where component.id == id {
          return Place(domain: domain, factor: factor, component: component, score: score)
        }
      }
    }
    return nil
  }

  /// A component page's address with its filters; a level that is not a plain id is left out.
  ///
  /// - Parameters:
  ///   - id: The component.
  ///   - show: Which statements to show.
  ///   - level: The one level to show, or nil or empty for all.
  static func address(_ id: String, show: Show, level: String?) -> String {
    var query: [String] = []
    if show != .all { query.append("show=" + show.rawValue) }
    if let level, !level.isEmpty, level.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) { query.append("level=" + level) }
    return "/component/" + id + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
  }

  /// Whether a statement is a gap: applicable, not met, and within the target or in the compliance baseline.
  static func isGap(_ statement: Statement, _ answer: Answer?, target: MaturityLevel, questionnaire: Questionnaire) -> Bool {
    guard questionnaire.answerScale.isGap(answer) else { return false }
    return statement.level <= target || statement.isComplianceBaseline
  }

  /// The page's values.
  ///
  /// - Parameters:
  ///   - place: The component.
  ///   - assessment: The current answers, scored.
  ///   - words: The page's language and the model's words.
  ///   - show: Which statements to show.
  ///   - level: The one level to show, or nil for all.
  ///   - pending: A form that was refused, shown as it was sent.
  ///   - problemFields: The fields the refusal concerns.
  ///   - stale: The statements saved differently from another tab since the form was rendered.
  static func view(
    _ place: Place, _ assessment: Assessment, words: Localizer, show: Show, level: String?, pending: FormFields? = nil,
    problemFields: Set<String> = [], stale: Set<String> = []
  ) -> [String: Any] {
    let questionnaire = assessment.questionnaire
    let answers = assessment.responses.answers
    let target = place.domain.target.level
    let href = { (show: Show, level: String?) in Self.address(place.component.id, show: show, level: level) }
    let filters: [[String: Any]] = [
      (Show.all, "showAll"), (.unanswered, "showUnanswered"), (.gaps, "showGaps"),
    ].map { ["href": href($0.0, level), "name": words.text($0.1), "current": $0.0 == show] }
    var levelFilters: [[String: Any]] = [["href": href(show, nil), "name": words.text("allLevels"), "current": level == nil]]
    levelFilters += questionnaire.levels.map { ["href": href(show, $0.id), "name": words.name($0.name), "current": $0.id == level] }

    let ordered = questionnaire.levels.filter { $0 <= target } + questionnaire.levels.filter { $0 > target }
    var groups: [[String: Any]] = []
    for groupLevel in ordered where level == nil || groupLevel.id == level {
      let statements = place.component.statements.filter { statement in
        guard statement.level == groupLevel else { return false }
        // A statement a stale save was refused for is shown whatever the filter: its answer is beside it.
        if stale.contains(statement.id) { return true }
        let answer = answers[statement.id]
        switch show {
        case .all: return true
        case .unanswered: return !questionnaire.answerScale.isComplete(answer)
        case .gaps: return isGap(statement, answer, target: target, questionnaire: questionnaire)
        }
      }
      if statements.isEmpty { continue }
      let rows = statements.map {
        statementView($0, answers[$0.id], assessment, target: target, words: words, pending: pending, problems: problemFields, stale: stale)
      }
      let hasProblem = rows.contains { $0["problem"] as? Bool == true || $0["savedMeanwhile"] != nil }
      groups.append([
        "name": words.name(groupLevel.name), "folded": groupLevel > target, "open": hasProblem || level != nil,
        "statements": rows,
      ])
    }
    let progress = PageFrame.progress(place.score)
    let carried = place.component.statements.filter { answers[$0.id]?.trail.carried == true }.count
    return [
      "hasCarried": carried > 0, "confirmAll": words.text("confirmAll", ["k": String(carried)]),
      "domain": [
        "id": place.domain.domain.id, "name": words.name(place.domain.domain.name), "target": words.name(target.name),
        "answered": PageFrame.progress(place.domain.score).answered, "applicable": PageFrame.progress(place.domain.score).applicable,
      ] as [String: Any],
      "factor": ["id": place.factor.id, "name": words.name(place.factor.name)],
      "component": [
        "id": place.component.id, "name": words.name(place.component.name), "description": words.name(place.component.description),
        "achieved": words.levelName(place.score.achieved), "answered": progress.answered, "applicable": progress.applicable,
      ] as [String: Any],
      "filters": filters, "levelFilters": levelFilters, "show": show.rawValue, "levelFilter": level ?? "",
      "groups": groups, "after": place.component.statements.last?.id ?? "",
    ]
  }

  private static func statementView(
    _ statement: Statement, _ answer: Answer?, _ assessment: Assessment, target: MaturityLevel, words: Localizer,
    pending: FormFields?, problems: Set<String>, stale: Set<String>
  ) -> [String: Any] {
    let id = statement.id
    let sent = pending.flatMap { $0.all("statement").contains(id) ? $0 : nil }
    let questionnaire = assessment.questionnaire
    let scale = questionnaire.answerScale
    let value = sent?["value:" + id] ?? scale.meaning(of: answer).value.rawValue
    // What the page's script needs from the scale: which text each answer requires, and its key.
    let keys = Dictionary(scale.keys.compactMap { pair in pair.key.map { (pair.value, String($0)) } }) { first, _ in first }
    let choices: [[String: Any]] = scale.meanings.map { choice in
      [
        "statement": id, "value": choice.value.rawValue, "checked": choice.value.rawValue == value, "name": words.name(choice.name),
        "hasRequirement": choice.requirement != .none, "requires": choice.requirement.rawValue, "key": keys[choice.value] ?? "",
      ]
    }
    let texts = requiredTexts(id, answer, sent: sent, scale: scale, words: words)
    let terms = questionnaire.glossaryTerms(usedIn: statement, language: words.language).map { term in
      ["name": words.name(term.name), "definition": words.name(term.definition)]
    }
    let fields = ["value", "comment", "evidence"].map { $0 + ":" + id } + RequiredText.allCases.map { $0.field + ":" + id }
    var view: [String: Any] = [
      "id": id, "level": words.name(statement.level.name),
      "baseline": statement.isComplianceBaseline && questionnaire.complianceBaseline != nil,
      "text": words.name(statement.text), "hasGuidance": !statement.evidence.isEmpty, "evidenceGuidance": words.name(statement.evidence),
      "hasCondition": !statement.condition.isEmpty, "condition": words.name(statement.condition),
      "terms": terms, "hasTerms": !terms.isEmpty,
      "choices": choices,
      "comment": sent?["comment:" + id] ?? answer?.comment ?? "",
      "evidence": sent?["evidence:" + id] ?? answer?.evidence ?? "",
      "conditional": !texts.isEmpty, "texts": texts,
      "conditionalSummary": summary(texts.compactMap { $0["name"] as? String }, words),
      "incomplete": !scale.isComplete(answer),
      "gap": isGap(statement, answer, target: target, questionnaire: questionnaire),
      "problem": fields.contains { problems.contains($0) },
      "conditionalOpen": RequiredText.allCases.contains { problems.contains($0.field + ":" + id) }
        || scale[AnswerValue(value)].map { $0.requirement != .none } == true
        || texts.contains { !($0["value"] as? String ?? "").isEmpty },
      // The version the page shows: a refused form keeps the one it was rendered from.
      "version": sent?["version:" + id] ?? Version.answer(answer, scale),
    ]
    view.merge(trailView(id, answer, sent: sent, scale: scale, words: words, problems: problems)) { _, trail in trail }
    if stale.contains(id) {
      view["savedMeanwhile"] = SavedMeanwhile.answer(answer, questionnaire: questionnaire, words: words)
    }
    return view
  }

  /// A statement's trail as the page shows it: the carried mark, the previous period's value
  /// beside a changed one, who answered and when, and the review and coach's remark (folded,
  /// open where a refused form's problem is in them).
  private static func trailView(
    _ id: String, _ answer: Answer?, sent: FormFields?, scale: AnswerScale, words: Localizer, problems: Set<String>
  ) -> [String: Any] {
    let trail = answer?.trail ?? AnswerTrail()
    let status = sent?["review:" + id] ?? trail.review?.status.rawValue ?? ""
    var view: [String: Any] = [
      "carried": trail.carried,
      "reviewStatuses": [["value": "", "name": words.text("reviewNone"), "selected": status.isEmpty]]
        + ReviewFields.statuses.map { ["value": $0.status.rawValue, "name": words.text($0.key), "selected": $0.status.rawValue == status] },
      "reviewer": sent?["reviewer:" + id] ?? trail.review?.by ?? "",
      "reviewDate": sent?["reviewDate:" + id] ?? trail.review?.date ?? "",
      "reviewRemark": sent?["reviewRemark:" + id] ?? trail.review?.remark ?? "",
      "coach": sent?["coach:" + id] ?? trail.coachRemark?.text ?? "",
      "coachBy": sent?["coachBy:" + id] ?? trail.coachRemark?.by ?? "",
      "reviewOpen": ReviewFields.names.contains { problems.contains($0 + ":" + id) },
    ]
    view["previous"] = previousText(answer, scale: scale, words: words)
    if let by = trail.answeredBy {
      view["answeredBy"] = words.text("answeredByAt", ["name": by, "at": trail.answeredAt ?? ""])
    }
    return view
  }

  /// The previous period's value beside an answer changed from it, or nil.
  ///
  /// - Parameters:
  ///   - answer: The answer, if any.
  ///   - scale: The questionnaire's answer scale.
  ///   - words: The page's language and the model's words.
  static func previousText(_ answer: Answer?, scale: AnswerScale, words: Localizer) -> String? {
    guard let previous = answer?.trail.previous, previous.value != scale.meaning(of: answer).value else { return nil }
    let name = scale[previous.value].map { words.name($0.name) } ?? previous.value.rawValue
    return words.text("previousValue", ["period": previous.period, "answer": name])
  }

  /// The texts a statement's answer may require, each only where an answer of the scale requires
  /// it or the statement already holds it (so that a save keeps it): its field, the requirement
  /// the answers' radios name, its label (with the answers that require it) and the script's prompt.
  private static func requiredTexts(_ id: String, _ answer: Answer?, sent: FormFields?, scale: AnswerScale, words: Localizer) -> [[String: Any]] {
    RequiredText.allCases.compactMap { required in
      let text = sent?[required.field + ":" + id] ?? required.text(of: answer) ?? ""
      let requiring = required.answers(in: scale)
      guard !requiring.isEmpty || !text.isEmpty else { return nil }
      let name = required.label(words, scale: scale)
      let names = requiring.map { words.name($0.name) }.joined(separator: words.text("answerNames"))
      return [
        "field": required.field, "requirement": required.requirement.rawValue, "name": name,
        "label": requiring.isEmpty ? name : words.text("requiredFor", ["label": name, "names": names]),
        "value": text, "needs": words.text(required.needsKey),
      ]
    }
  }

  /// The folded texts' summary: their names as a list ("Compensating control and justification").
  private static func summary(_ names: [String], _ words: Localizer) -> String {
    words.list(names.enumerated().map { $0.offset == 0 ? $0.element : words.inSentence($0.element) })
  }
}
