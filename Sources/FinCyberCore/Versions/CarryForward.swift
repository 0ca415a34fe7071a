/// Starts a new period's responses from the previous period's: every answer, text, outcome, rating
/// and override is carried over, and each answer is marked *carried* until someone confirms or
/// changes it. RP.6 asks for a quarterly review; the review starts from what was true last quarter
/// instead of from nothing.
public enum CarryForward {
  /// The new period's responses.
  ///
  /// - Parameters:
  ///   - previous: The previous period's responses, for the same questionnaire version.
  ///   - period: The new period, `YYYYQn`.
  ///   - date: The new assessment date, `YYYY-MM-DD`.
  /// - Returns: The responses to answer, every answer carried; reviews and coach remarks, which
  ///   belonged to the previous period, are left behind.
  public static func responses(from previous: Responses, period: String, date: String) -> Responses {
    var next = previous
    next.period = period
    next.date = date
    next.answers = previous.answers.mapValues { answer in
      var carried = answer
      carried.trail.carried = true
      carried.trail.previous = nil
      carried.trail.review = nil
      carried.trail.coachRemark = nil
      return carried
    }
    return next
  }

  /// An answer confirmed or changed by someone: no longer carried; when its value changed from
  /// the carried one, the previous period's value is kept beside it.
  ///
  /// - Parameters:
  ///   - answer: The answer as now given.
  ///   - before: The answer as it stood, carried or not.
  ///   - previousPeriod: The period the carried answer came from.
  ///   - by: Who gave it.
  ///   - at: When, as an `xs:dateTime`.
  public static func settled(_ answer: Answer, replacing before: Answer?, previousPeriod: String?, by: String?, at: String?) -> Answer {
    var settled = answer
    settled.trail = before?.trail ?? AnswerTrail()
    if let before, before.trail.carried, before.value != answer.value, let previousPeriod {
      settled.trail.previous = (previousPeriod, before.value)
    }
    settled.trail.carried = false
    settled.trail.answeredBy = by ?? settled.trail.answeredBy
    settled.trail.answeredAt = at ?? settled.trail.answeredAt
    return settled
  }
}
