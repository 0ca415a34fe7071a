import FinCyberCore

/// The review section: how far the answers have been reviewed, what a reviewer challenged or marked
/// for review, what was carried from the previous period and not yet confirmed, and the coach's
/// remarks. Shown only when an answer records any of these.
struct ReviewView {
  var title: String
  /// The counts in one sentence.
  var summary: String
  var groups: [ListsView.Group]

  init?(_ assessment: Assessment, _ words: Localizer) {
    guard assessment.hasReviewTrail else { return nil }
    let challenged = assessment.reviewed(.challenged)
    let toReview = assessment.reviewed(.toReview)
    let carried = assessment.carriedUnconfirmed
    let coach = assessment.coachRemarks
    title = words.text("reviewTitle")
    summary = words.text("reviewSummary", [
      "reviewed": String(assessment.reviewed(.reviewed).count), "challenged": String(challenged.count),
      "toReview": String(toReview.count), "carried": String(carried.count), "coach": String(coach.count),
    ])
    let byLine = { (review: AnswerTrail.Review) -> String in
      let who = [review.by, review.date].compactMap { $0 }.joined(separator: ", ")
      let remark = review.remark ?? ""
      return who.isEmpty ? remark : (remark.isEmpty ? who : words.text("reviewRemarkBy", ["remark": remark, "who": who]))
    }
    let group = { (title: String, note: String?, statements: [ListedStatement]) in
      ListsView.Group(title: title, noteHeader: note, statements: statements, hasStatements: !statements.isEmpty)
    }
    groups = [
      group(words.text("reviewListChallenged"), words.text("reviewerRemark"), challenged.map { ListedStatement($0.statement, note: $0.answer.trail.review.map(byLine), words) }),
      group(words.text("reviewListToReview"), words.text("reviewerRemark"), toReview.map { ListedStatement($0.statement, note: $0.answer.trail.review.map(byLine), words) }),
      group(words.text("reviewCarried"), nil, carried.map { ListedStatement($0, note: nil, words) }),
      group(words.text("reviewCoach"), words.text("reviewCoachRemark"), coach.map { entry in
        let remark = entry.answer.trail.coachRemark
        let who = [remark?.by, remark?.date].compactMap { $0 }.joined(separator: ", ")
        let text = remark?.text ?? ""
        return ListedStatement(entry.statement, note: who.isEmpty ? text : words.text("reviewRemarkBy", ["remark": text, "who": who]), words)
      }),
    ]
  }
}
