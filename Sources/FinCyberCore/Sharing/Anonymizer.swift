/// Makes a copy of responses that an institution can share with F-ISAC: the institution becomes a
/// stable pseudonym, and every free text is removed.
///
/// The pseudonym is HMAC-SHA-256 of the institution's id (or name) under a key the institution
/// keeps, so the same institution gets the same pseudonym every quarter, and nobody without the key
/// can tell which institution it is. Texts the format requires (a compensating control, a
/// justification, an override's reason, the assessor) are replaced by a fixed marker.
public struct Anonymizer {
  /// What replaces a required text.
  public static let removed = "（已移除）(removed)"
  /// The shortest key accepted, in bytes.
  public static let minimumKeyLength = 16

  private let key: [UInt8]

  /// Creates an anonymizer.
  ///
  /// - Parameter key: The secret key; at least 16 bytes.
  public init?(key: [UInt8]) {
    guard key.count >= Self.minimumKeyLength else { return nil }
    self.key = key
  }

  /// The pseudonym of an institution.
  ///
  /// - Parameter institution: The institution.
  public func pseudonym(_ institution: Institution) -> String {
    "anon-" + SHA256.hmacHex(key: key, message: Array(("fincyber-institution:" + (institution.id ?? institution.name)).utf8)).prefix(16)
  }

  /// The shareable copy of responses.
  ///
  /// - Parameter responses: The original responses.
  public func anonymize(_ responses: Responses) -> Responses {
    var copy = responses
    let pseudonym = pseudonym(responses.institution)
    copy.institution.id = pseudonym
    copy.institution.name = pseudonym
    copy.assessor = Self.removed
    copy.riskOverride?.reason = Self.removed
    for domain in copy.targetOverrides.keys { copy.targetOverrides[domain]?.reason = Self.removed }
    copy.answers = copy.answers.mapValues(strip)
    copy.retiredAnswers = copy.retiredAnswers.map { RetiredAnswer(answer: strip($0.answer), questionnaireVersion: $0.questionnaireVersion) }
    copy.outcomes = copy.outcomes.mapValues { Outcome(indicatorID: $0.indicatorID, value: $0.value, note: nil) }
    return copy
  }

  private func strip(_ answer: Answer) -> Answer {
    Answer(
      statementID: answer.statementID, value: answer.value, comment: nil, evidence: nil,
      compensatingControl: answer.compensatingControl == nil ? nil : Self.removed,
      justification: answer.justification == nil ? nil : Self.removed)
  }
}
