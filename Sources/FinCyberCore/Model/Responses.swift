/// One institution's answers to one questionnaire, for one assessment.
public struct Responses: Sendable {
  public var questionnaireID: String
  public var questionnaireVersion: String
  public var institution: Institution
  /// The assessment date, `YYYY-MM-DD`.
  public var date: String
  /// The period, e.g. `2026Q1`.
  public var period: String
  public var assessor: String
  /// Inherent risk ratings: activity id → risk level id, in file order.
  public var riskRatings: [(activity: String, risk: String)]
  /// An overall inherent risk set by the institution, with its reason.
  public var riskOverride: Override?
  /// Target levels set by the institution per domain id, with reasons.
  public var targetOverrides: [String: Override]
  /// Answers by statement id.
  public var answers: [String: Answer]
  /// Measured outcome values by indicator id.
  public var outcomes: [String: Outcome]
  /// Answers to statements a later version retired, kept so that none is lost; not scored.
  public var retiredAnswers: [RetiredAnswer] = []
}

/// An answer to a statement that a later questionnaire version retired.
public struct RetiredAnswer: Sendable, Hashable {
  /// The answer as it was given.
  public var answer: Answer
  /// The version it was given to.
  public var questionnaireVersion: String

  /// Creates a retired answer.
  ///
  /// - Parameters:
  ///   - answer: The answer as it was given.
  ///   - questionnaireVersion: The version it was given to.
  public init(answer: Answer, questionnaireVersion: String) {
    self.answer = answer
    self.questionnaireVersion = questionnaireVersion
  }
}

/// The institution assessed.
public struct Institution: Sendable, Hashable {
  public var id: String?
  public var name: String
  /// The sector's id, when the questionnaire has sectors.
  public var sectorID: String?
  /// The tier's id, when the questionnaire has tiers.
  public var tierID: String?

  /// Creates an institution.
  ///
  /// - Parameters:
  ///   - id: A stable id or pseudonym.
  ///   - name: The name.
  ///   - sectorID: The sector's id in the questionnaire.
  ///   - tierID: The tier's id in the questionnaire.
  public init(id: String?, name: String, sectorID: String?, tierID: String?) {
    self.id = id
    self.name = name
    self.sectorID = sectorID
    self.tierID = tierID
  }
}

/// A level chosen by the institution in place of the computed one, with its reason.
public struct Override: Sendable, Hashable {
  /// The level id (a risk level for the risk override, a maturity level for targets).
  public var level: String
  public var reason: String

  /// Creates an override.
  ///
  /// - Parameters:
  ///   - level: The level id chosen.
  ///   - reason: Why.
  public init(level: String, reason: String) {
    self.level = level
    self.reason = reason
  }
}

/// The answer to one statement.
public struct Answer: Sendable, Hashable {
  public var statementID: String
  public var value: AnswerValue
  public var comment: String?
  public var evidence: String?
  public var compensatingControl: String?
  public var justification: String?
  /// The review trail: who answered and when, whether it was carried forward, the previous
  /// period's value, a review and the coach's remark.
  public var trail = AnswerTrail()

  /// Creates an answer.
  ///
  /// - Parameters:
  ///   - statementID: The statement answered.
  ///   - value: The answer.
  ///   - comment: A comment.
  ///   - evidence: Where the evidence is.
  ///   - compensatingControl: The compensating control, for `yes-compensating`.
  ///   - justification: Why the statement does not apply, for `not-applicable`.
  public init(
    statementID: String, value: AnswerValue, comment: String? = nil, evidence: String? = nil,
    compensatingControl: String? = nil, justification: String? = nil
  ) {
    self.statementID = statementID
    self.value = value
    self.comment = comment
    self.evidence = evidence
    self.compensatingControl = compensatingControl
    self.justification = justification
  }
}

/// The review trail of an answer. Every part is optional: an answer written without one has none.
public struct AnswerTrail: Sendable, Hashable {
  /// A review's status.
  public enum ReviewStatus: String, Sendable, Hashable, CaseIterable {
    /// Marked to be reviewed.
    case toReview = "to-review"
    /// Reviewed and accepted.
    case reviewed
    /// Reviewed and questioned: the answer needs another look.
    case challenged
  }

  /// A review of the answer.
  public struct Review: Sendable, Hashable {
    public var status: ReviewStatus
    /// Who reviewed it.
    public var by: String?
    /// The day, `YYYY-MM-DD`.
    public var date: String?
    /// What the reviewer wrote.
    public var remark: String?

    /// Creates a review.
    public init(status: ReviewStatus, by: String? = nil, date: String? = nil, remark: String? = nil) {
      (self.status, self.by, self.date, self.remark) = (status, by, date, remark)
    }
  }

  /// A remark with its author and day (the F-ISAC coach's).
  public struct Remark: Sendable, Hashable {
    public var text: String
    public var by: String?
    public var date: String?

    /// Creates a remark.
    public init(text: String, by: String? = nil, date: String? = nil) {
      (self.text, self.by, self.date) = (text, by, date)
    }
  }

  /// Who answered.
  public var answeredBy: String?
  /// When, as an `xs:dateTime`.
  public var answeredAt: String?
  /// Whether the answer was copied from the previous period and nobody has confirmed or changed it.
  public var carried = false
  /// The previous period and the value it gave, kept when this answer differs from it.
  public var previous: (period: String, value: AnswerValue)?
  public var review: Review?
  public var coachRemark: Remark?

  /// Creates an empty trail.
  public init() {}

  /// Whether nothing is recorded.
  public var isEmpty: Bool {
    answeredBy == nil && answeredAt == nil && !carried && previous == nil && review == nil && coachRemark == nil
  }

  public static func == (lhs: AnswerTrail, rhs: AnswerTrail) -> Bool {
    lhs.answeredBy == rhs.answeredBy && lhs.answeredAt == rhs.answeredAt && lhs.carried == rhs.carried
      && lhs.previous?.period == rhs.previous?.period && lhs.previous?.value == rhs.previous?.value
      && lhs.review == rhs.review && lhs.coachRemark == rhs.coachRemark
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(answeredBy)
    hasher.combine(carried)
    hasher.combine(previous?.value)
  }
}

/// A measured value of an outcome indicator.
public struct Outcome: Sendable, Hashable {
  public var indicatorID: String
  public var value: Double
  public var note: String?

  /// Creates a measured value.
  ///
  /// - Parameters:
  ///   - indicatorID: The indicator measured.
  ///   - value: The value, in the indicator's unit.
  ///   - note: How or when it was measured.
  public init(indicatorID: String, value: Double, note: String? = nil) {
    self.indicatorID = indicatorID
    self.value = value
    self.note = note
  }
}
