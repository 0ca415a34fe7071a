/// A value of a model's answer scale, as written in a response file (`yes`, `not-applicable`).
///
/// The values are the model's own: which exist and what each means is data in the questionnaire
/// (``AnswerScale``), so that a model adds or renames one without a change to fincyber.
public struct AnswerValue: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The value as written.
  public var rawValue: String

  /// Creates a value.
  ///
  /// - Parameter rawValue: The value as written.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates a value.
  ///
  /// - Parameter value: The value as written.
  public init(_ value: String) { self.rawValue = value }

  public var description: String { rawValue }

  public static func < (lhs: AnswerValue, rhs: AnswerValue) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What an answer value means for scoring, as the questionnaire defines it.
public struct AnswerMeaning: Sendable, Hashable {
  /// How an answer counts.
  public enum Counting: String, Sendable, Hashable {
    /// The statement is met.
    case met
    /// The statement applies and is not met.
    case notMet = "not-met"
    /// The statement is left out of every count.
    case excluded
  }
  /// What text an answer must carry: each is a field of the response format.
  public enum Requirement: String, Sendable, Hashable {
    case none
    case compensatingControl = "compensating-control"
    case justification
  }
  /// The answer value.
  public var value: AnswerValue
  /// How it counts.
  public var counting: Counting
  /// Whether the answer completes the statement (false for the scale's one value that does not).
  public var isComplete: Bool
  /// The text it requires.
  public var requirement: Requirement
  /// Its name.
  public var name: LocalizedText

  /// Creates a meaning.
  ///
  /// - Parameters:
  ///   - value: The answer value.
  ///   - counting: How it counts.
  ///   - isComplete: Whether it completes the statement.
  ///   - requirement: The text it requires.
  ///   - name: Its name.
  public init(value: AnswerValue, counting: Counting, isComplete: Bool, requirement: Requirement, name: LocalizedText) {
    self.value = value
    self.counting = counting
    self.isComplete = isComplete
    self.requirement = requirement
    self.name = name
  }

  /// Whether the answer meets the statement.
  public var meets: Bool { counting == .met }
  /// Whether the answer leaves the statement applicable and unmet.
  public var isGap: Bool { counting == .notMet }
  /// Whether the answer leaves the statement out of every count.
  public var isExcluded: Bool { counting == .excluded }
}

/// A model's answer scale: every value an answer may take and what it means, in the model's order.
///
/// This is the one place where the product learns what an answer counts as: scoring, the trend,
/// the reports, the answering server and its page script all ask it, never a literal value.
public struct AnswerScale: Sendable, Hashable {
  /// The meanings, in the order the model lists them (the order answers are offered in).
  public let meanings: [AnswerMeaning]
  private let byValue: [AnswerValue: Int]
  /// The meaning of the one value that does not complete a statement, which a statement with no
  /// answer has.
  public let unanswered: AnswerMeaning

  /// Creates a scale; nil unless exactly one value does not complete a statement and no value is
  /// given twice.
  ///
  /// - Parameter meanings: The meanings, in the model's order.
  public init?(_ meanings: [AnswerMeaning]) {
    let incomplete = meanings.filter { !$0.isComplete }
    guard incomplete.count == 1, Set(meanings.map(\.value)).count == meanings.count else { return nil }
    self.meanings = meanings
    self.byValue = Dictionary(uniqueKeysWithValues: meanings.enumerated().map { ($0.element.value, $0.offset) })
    self.unanswered = incomplete[0]
  }

  /// The meaning of a value, or nil when the scale has no such value.
  ///
  /// - Parameter value: The value.
  public subscript(_ value: AnswerValue) -> AnswerMeaning? { byValue[value].map { meanings[$0] } }

  /// The meaning of an answer, or of no answer at all.
  ///
  /// - Parameter answer: The answer, if there is one.
  public func meaning(of answer: Answer?) -> AnswerMeaning { answer.flatMap { self[$0.value] } ?? unanswered }

  /// The value a statement has when it has no answer.
  public var unansweredValue: AnswerValue { unanswered.value }

  /// Whether the answer (or no answer) meets its statement.
  ///
  /// - Parameter answer: The answer, if there is one.
  public func meets(_ answer: Answer?) -> Bool { meaning(of: answer).meets }

  /// Whether the answer (or no answer) leaves its statement applicable and unmet.
  ///
  /// - Parameter answer: The answer, if there is one.
  public func isGap(_ answer: Answer?) -> Bool { meaning(of: answer).isGap }

  /// Whether the answer completes its statement (no answer does not).
  ///
  /// - Parameter answer: The answer, if there is one.
  public func isComplete(_ answer: Answer?) -> Bool { meaning(of: answer).isComplete }
}
