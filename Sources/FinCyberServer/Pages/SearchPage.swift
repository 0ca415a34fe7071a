import FinCyberCore
import FinCyberReports
import Foundation

/// The search across the whole questionnaire: a statement is found by its id, its text or its
/// evidence guidance in any language the model gives, or the id of a framework it cites
/// (`GV.OC-01`). Matching ignores case and width (`ｇｖ` finds `GV`); served as a page of its own,
/// so it works without JavaScript.
enum SearchPage {
  /// The most statements one search lists.
  static let limit = 200

  /// The statements a query finds, in model order; none for an empty query.
  ///
  /// - Parameters:
  ///   - query: What was typed.
  ///   - questionnaire: The questionnaire searched.
  static func matches(_ query: String, in questionnaire: Questionnaire) -> [Statement] {
    let needle = fold(query.trimmingCharacters(in: .whitespacesAndNewlines))
    guard !needle.isEmpty else { return [] }
    return questionnaire.statements.filter { statement in
      let haystacks = [statement.id] + Array(statement.text.values.values) + Array(statement.evidence.values.values)
        + statement.references.map(\.id)
      return haystacks.contains { fold($0).contains(needle) }
    }
  }

  /// A text as it is compared: case and width folded.
  private static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
  }

  /// The page's values.
  ///
  /// - Parameters:
  ///   - query: What was typed.
  ///   - assessment: The current answers, scored.
  ///   - words: The page's language and the model's words.
  static func view(_ query: String, _ assessment: Assessment, words: Localizer) -> [String: Any] {
    let found = matches(query, in: assessment.questionnaire)
    let scale = assessment.questionnaire.answerScale
    let results: [[String: Any]] = found.prefix(limit).map { statement in
      let answer = assessment.responses.answers[statement.id]
      return [
        "id": statement.id, "text": words.name(statement.text),
        "href": ComponentPage.address(statement.componentID, show: .all, level: nil) + "#s-" + statement.id,
        "answer": words.name(scale.meaning(of: answer).name), "carried": answer?.trail.carried == true,
      ]
    }
    return [
      "query": query, "results": results, "hasQuery": !query.trimmingCharacters(in: .whitespaces).isEmpty,
      "summary": words.text("searchFound", ["count": words.number(found.count), "query": query]),
      "truncated": found.count > limit,
    ]
  }
}
