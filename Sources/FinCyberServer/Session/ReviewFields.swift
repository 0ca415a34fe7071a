import FinCyberCore
import FinCyberReports

/// A statement's review and coach's remark as its form sends them (folded under the statement):
/// `review:ID` (a status of ``AnswerTrail/ReviewStatus``, or empty for none), `reviewer:ID`,
/// `reviewDate:ID`, `reviewRemark:ID`, `coach:ID` (the remark) and `coachBy:ID`.
///
/// A review with a status but no reviewer is the answerer's; with no day, today's. A coach's
/// remark keeps its day while its text is unchanged, else takes today's.
enum ReviewFields {
  /// Which form fields hold the review and the remark, before `:ID`.
  static let names = ["review", "reviewer", "reviewDate", "reviewRemark", "coach", "coachBy"]

  /// The term naming each review status, in the order the form offers them.
  static let statuses: [(status: AnswerTrail.ReviewStatus, key: String)] = [
    (.toReview, "reviewToReview"), (.reviewed, "reviewReviewed"), (.challenged, "reviewChallenged"),
  ]

  /// Reads a statement's review and coach's remark; nil when the form sent none of its fields
  /// (a form of the user's own), so that what the file holds is kept.
  ///
  /// - Parameters:
  ///   - id: The statement.
  ///   - fields: The form's fields.
  ///   - current: The trail as it stands.
  ///   - answerer: Who is answering, for a review with no reviewer.
  ///   - today: Today, for a review or a changed remark with no day.
  ///   - words: The page's language and the model's words, for the problems.
  ///   - problems: Where the problems go.
  static func read(
    _ id: String, _ fields: FormFields, current: AnswerTrail?, answerer: String?, today: String, words: Localizer,
    problems: inout [FormProblem]
  ) -> (review: AnswerTrail.Review?, coach: AnswerTrail.Remark?)? {
    guard fields["review:" + id] != nil else { return nil }
    var cleaned: [String: String] = [:]
    for (name, label) in [("reviewer", "reviewer"), ("reviewRemark", "reviewRemark"), ("coach", "coachRemark"), ("coachBy", "coachName")] {
      let field = name + ":" + id
      let text = SubmittedText.clean(fields[field])
      if let problem = SubmittedText.problem(text, field: field, label: id + " " + words.text(label), words: words) {
        problems.append(problem)
      }
      cleaned[name] = text
    }
    var review: AnswerTrail.Review?
    let sent = fields["review:" + id] ?? ""
    if !sent.isEmpty {
      if let status = AnswerTrail.ReviewStatus(rawValue: sent) {
        let date = (fields["reviewDate:" + id] ?? "").trimmingCharacters(in: .whitespaces)
        if !date.isEmpty && !ProfileEdit.isRealDate(date) {
          problems.append(FormProblem(field: "reviewDate:" + id, "problemReviewDate", ["id": id], words: words))
        }
        review = AnswerTrail.Review(
          status: status, by: cleaned["reviewer"] ?? answerer, date: date.isEmpty ? today : date, remark: cleaned["reviewRemark"])
      } else {
        problems.append(FormProblem(field: "review:" + id, "problemReviewStatus", ["id": id, "sent": sent], words: words))
      }
    }
    let coach = cleaned["coach"].map { text in
      AnswerTrail.Remark(text: text, by: cleaned["coachBy"], date: text == current?.coachRemark?.text ? current?.coachRemark?.date ?? today : today)
    }
    return (review, coach)
  }

  /// The parts of a trail that a form edits, as a ``Version`` counts them.
  ///
  /// - Parameter trail: The trail, if any.
  static func versionParts(_ trail: AnswerTrail?) -> [String?] {
    [
      trail?.review?.status.rawValue, SubmittedText.clean(trail?.review?.by), trail?.review?.date,
      SubmittedText.clean(trail?.review?.remark), SubmittedText.clean(trail?.coachRemark?.text),
      SubmittedText.clean(trail?.coachRemark?.by),
    ]
  }
}
