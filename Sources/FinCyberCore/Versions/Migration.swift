/// Carries answers from one questionnaire version to the next through the new version's revision map.
///
/// - A statement whose id is in both versions keeps its answer as it is.
/// - A replaced statement's answer moves to its replacement.
/// - A split statement's answer is copied to every part, for the institution to review.
/// - A retired statement's answer, and any answer to an id the new version neither has nor maps,
///   is kept under `retired-answers`: no answer is ever dropped.
/// - Statements new in this version start unanswered.
public enum Migration {
  /// What happened to one statement, rating or outcome.
  public enum Change: Sendable, Hashable, CustomStringConvertible {
    case replaced(old: String, new: String)
    case split(old: String, into: [String])
    case retired(String)
    case unmapped(String)
    case added(String)
    case droppedRating(activity: String)
    case droppedOutcome(indicator: String)
    case droppedTargetOverride(domain: String)

    public var description: String {
      switch self {
      case .replaced(let old, let new): return "\(old) → \(new): answer carried to the replacement"
      case .split(let old, let into): return "\(old) → \(into.joined(separator: ", ")): answer copied to each part; review them"
      case .retired(let id): return "\(id): retired; its answer is kept under <retired-answers>"
      case .unmapped(let id): return "\(id): not in the new version nor in its map; its answer is kept under <retired-answers>"
      case .added(let id): return "\(id): new statement, unanswered"
      case .droppedRating(let activity): return "inherent-risk rating of \(activity): the activity is not in the new version"
      case .droppedOutcome(let indicator): return "outcome \(indicator): the indicator is not in the new version"
      case .droppedTargetOverride(let domain): return "target override of \(domain): the domain is not in the new version"
      }
    }
  }

  /// Migrates responses to the version that revises theirs, given as the document it was loaded
  /// from: a refusal points at the new version's `<revises>` (or its id or version).
  ///
  /// - Parameters:
  ///   - responses: Answers to `old`.
  ///   - old: The questionnaire version the answers were given to.
  ///   - new: The version that revises it.
  ///   - newDocument: The document `new` was loaded from.
  /// - Returns: The answers for `new`, and every change made.
  /// - Throws: `FinCyberError.invalidInput` when `new` does not revise `old`.
  public static func migrate(_ responses: Responses, from old: Questionnaire, to new: Questionnaire, newDocument: LoadedXMLDocument) throws
    -> (responses: Responses, changes: [Change])
  {
    try migrate(responses, from: old, to: new) { message, fix in
      let root = newDocument.root
      let (element, attribute) = new.id != old.id ? (root, "id") : root.child(named: "revises").map { ($0, "version") } ?? (root, "version")
      return newDocument.source.diagnostic(at: element, attribute: attribute, message, fix: fix)
    }
  }

  /// Migrates responses to the version that revises theirs, given as a model only: a refusal
  /// names the new version's file without a place in it.
  ///
  /// - Parameters:
  ///   - responses: Answers to `old`.
  ///   - old: The questionnaire version the answers were given to.
  ///   - new: The version that revises it.
  ///   - newPath: The new version's file, for the refusal.
  /// - Returns: The answers for `new`, and every change made.
  /// - Throws: `FinCyberError.invalidInput` when `new` does not revise `old`.
  public static func migrate(_ responses: Responses, from old: Questionnaire, to new: Questionnaire, newPath: String) throws
    -> (responses: Responses, changes: [Change])
  {
    try migrate(responses, from: old, to: new) { Diagnostic(file: newPath, message: $0, fix: $1) }
  }

  /// Migrates responses; `refusal` makes the diagnostic when `new` does not revise `old`.
  private static func migrate(
    _ responses: Responses, from old: Questionnaire, to new: Questionnaire, refusal: (String, String) -> Diagnostic
  ) throws -> (responses: Responses, changes: [Change]) {
    guard new.id == old.id, let revision = new.revision, revision.previousVersion == old.version else {
      throw FinCyberError.invalidInput([
        refusal(
          "questionnaire '\(new.id)' version \(new.version) does not revise '\(old.id)' version \(old.version)",
          "migrate one version at a time, to the version whose <revises version=\"\(old.version)\"> names the answers' version")
      ])
    }
    let newIDs = Set(new.statements.map(\.id))
    var result = responses
    result.questionnaireVersion = new.version
    result.answers = [:]
    var changes: [Change] = []
    var reached = Set<String>()
    for statement in old.statements {
      let id = statement.id
      let answer = responses.answers[id]
      if newIDs.contains(id) {
        if let answer { result.answers[id] = answer }
        reached.insert(id)
      } else if let successor = revision.replaced[id] {
        if var answer {
          answer.statementID = successor
          result.answers[successor] = answer
        }
        reached.insert(successor)
        changes.append(.replaced(old: id, new: successor))
      } else if let parts = revision.split[id] {
        for part in parts {
          if var answer {
            answer.statementID = part
            result.answers[part] = answer
          }
          reached.insert(part)
        }
        changes.append(.split(old: id, into: parts))
      } else {
        if let answer { result.retiredAnswers.append(RetiredAnswer(answer: answer, questionnaireVersion: old.version)) }
        changes.append(revision.retired.contains(id) ? .retired(id) : .unmapped(id))
      }
    }
    for statement in new.statements where !reached.contains(statement.id) { changes.append(.added(statement.id)) }

    let activities = Set(new.riskCategories.flatMap { $0.activities.map(\.id) })
    for rating in responses.riskRatings where !activities.contains(rating.activity) { changes.append(.droppedRating(activity: rating.activity)) }
    result.riskRatings = responses.riskRatings.filter { activities.contains($0.activity) }
    let indicators = Set(new.indicators.map(\.id))
    for id in responses.outcomes.keys.sorted() where !indicators.contains(id) { changes.append(.droppedOutcome(indicator: id)) }
    result.outcomes = responses.outcomes.filter { indicators.contains($0.key) }
    let domains = Set(new.domains.map(\.id))
    for id in responses.targetOverrides.keys.sorted() where !domains.contains(id) { changes.append(.droppedTargetOverride(domain: id)) }
    result.targetOverrides = responses.targetOverrides.filter { domains.contains($0.key) }
    return (result, changes)
  }
}
