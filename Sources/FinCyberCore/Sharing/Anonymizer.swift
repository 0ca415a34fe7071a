/// Makes a copy of responses that an institution can share with F-ISAC: the institution becomes a
/// stable pseudonym, every free text is removed, and the date is coarsened to its quarter.
///
/// The pseudonym is HMAC-SHA-256 of the institution's id (or name) under a key the institution
/// keeps, so the same institution gets the same pseudonym every quarter, and nobody without the key
/// can tell which institution it is. Texts the format requires (a compensating control, a
/// justification, an override's reason, the assessor) are replaced by a fixed marker.
///
/// What stays exact is listed by `keptExact(for:)`: together those values can still point to an
/// institution in a small sector or tier, so the copies are for people allowed to see its figures.
public struct Anonymizer {
  /// Why a key is refused.
  public enum KeyProblem: Sendable, Equatable {
    /// Fewer bytes than `minimumKeyLength`.
    case tooShort(bytes: Int)
    /// Long enough, but one byte repeated: as easy to guess as no key.
    case oneRepeatedByte
  }

  /// What replaces a required text, in a model that speaks zh-TW and en.
  public static let removed = removedMarker(languages: ["zh-TW", "en"])

  /// What replaces a required text, in the languages of the model the answers are for.
  ///
  /// - Parameter languages: The model's declared languages.
  public static func removedMarker(languages: [String]) -> String {
    let words = [("zh-TW", "（已移除）"), ("en", "(removed)")].filter { languages.contains($0.0) }.map(\.1)
    return words.isEmpty ? "(removed)" : words.joined()
  }
  /// The shortest key accepted, in bytes: 256 bits, HMAC-SHA-256's own strength.
  public static let minimumKeyLength = 32
  /// The values a copy keeps exactly as the original has them, in the order a person reads a file:
  /// those of them the model has.
  ///
  /// - Parameter questionnaire: The questionnaire the copies answer.
  public static func keptExact(for questionnaire: Questionnaire) -> [String] {
    var kept: [String] = []
    if !questionnaire.sectors.isEmpty { kept.append("sector") }
    if questionnaire.hasTiers { kept.append("tier") }
    if questionnaire.hasRiskProfile { kept.append("inherent-risk ratings (and the override's level)") }
    kept += ["target override levels", "answers"]
    if !questionnaire.indicators.isEmpty { kept.append("measured outcome values") }
    return kept + ["the period"]
  }

  private let key: [UInt8]

  /// Creates an anonymizer.
  ///
  /// - Parameter key: The secret key: at least 32 bytes, not one byte repeated.
  /// - Returns: Nil when the key has a problem (see `problem(with:)`).
  public init?(key: [UInt8]) {
    guard Self.problem(with: key) == nil else { return nil }
    self.key = key
  }

  /// Why a key would be refused, or nil when it is accepted.
  ///
  /// Every byte counts, a trailing line feed too: a key file written by `echo` differs from one
  /// written by `printf`, and gives other pseudonyms.
  /// - Parameter key: The key's bytes.
  public static func problem(with key: [UInt8]) -> KeyProblem? {
    if key.count < minimumKeyLength { return .tooShort(bytes: key.count) }
    if key.allSatisfy({ $0 == key[0] }) { return .oneRepeatedByte }
    return nil
  }

  /// The pseudonym of an institution.
  ///
  /// - Parameter institution: The institution.
  public func pseudonym(_ institution: Institution) -> String {
    "anon-" + SHA256.hmacHex(key: key, message: Array(("fincyber-institution:" + (institution.id ?? institution.name)).utf8)).prefix(16)
  }

  /// The shareable copy of responses.
  ///
  /// - Parameters:
  ///   - responses: The original responses.
  ///   - languages: The languages of the model they answer, which the removal marker is written in.
  public func anonymize(_ responses: Responses, languages: [String] = ["zh-TW", "en"]) -> Responses {
    let removed = Self.removedMarker(languages: languages)
    var copy = responses
    let pseudonym = pseudonym(responses.institution)
    copy.institution.id = pseudonym
    copy.institution.name = pseudonym
    // The first day of its quarter: the period stays, the day the work was done does not.
    copy.date = Quarter.firstDay(containing: responses.date) ?? responses.date
    copy.assessor = removed
    copy.riskOverride?.reason = removed
    for domain in copy.targetOverrides.keys { copy.targetOverrides[domain]?.reason = removed }
    copy.answers = copy.answers.mapValues { strip($0, removed) }
    copy.retiredAnswers = copy.retiredAnswers.map { RetiredAnswer(answer: strip($0.answer, removed), questionnaireVersion: $0.questionnaireVersion) }
    copy.outcomes = copy.outcomes.mapValues { Outcome(indicatorID: $0.indicatorID, value: $0.value, note: nil) }
    return copy
  }

  private func strip(_ answer: Answer, _ removed: String) -> Answer {
    var stripped = Answer(
      statementID: answer.statementID, value: answer.value, comment: nil, evidence: nil,
      compensatingControl: answer.compensatingControl == nil ? nil : removed,
      justification: answer.justification == nil ? nil : removed)
    // The trail keeps what it says of the answer, not who said it or in what words.
    stripped.trail.carried = answer.trail.carried
    stripped.trail.previous = answer.trail.previous
    stripped.trail.review = answer.trail.review.map { AnswerTrail.Review(status: $0.status, date: $0.date.flatMap(Quarter.firstDay(containing:))) }
    return stripped
  }
}
