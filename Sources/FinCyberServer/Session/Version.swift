import FinCyberCore

/// A short fingerprint of one unit of a form (a statement's answer, an indicator's value, a risk
/// rating, the profile) as the page rendered it, so that a save can tell which units changed
/// since the page was opened.
///
/// Texts are taken as a form would send them back (``SubmittedText/clean(_:)``), so a unit
/// rendered and sent back untouched has the version it was rendered with.
enum Version {
  /// The fingerprint of a unit's parts: 16 hex digits of their SHA-256.
  ///
  /// - Parameter parts: The unit's values in a fixed order; nil for one that is absent.
  static func of(_ parts: [String?]) -> String {
    // U+001F cannot occur in a saved text (control characters are refused), so parts stay apart.
    let joined = parts.map { $0.map { "1" + $0 } ?? "0" }.joined(separator: "\u{1F}")
    return String(SHA256.hex(Array(joined.utf8)).prefix(16))
  }

  /// A statement's answer with its review and coach's remark (``ReviewFields``); a missing one
  /// has the scale's unanswered value. Who answered, when, and the carried mark are not the
  /// form's to edit and are left out.
  ///
  /// - Parameters:
  ///   - answer: The answer, if any.
  ///   - scale: The questionnaire's answer scale.
  static func answer(_ answer: Answer?, _ scale: AnswerScale) -> String {
    of(content(answer, scale) + ReviewFields.versionParts(answer?.trail))
  }

  /// What an answer says: its value and texts, without its trail. An answer sent with the same
  /// content as it stands is not changed, only (where asked) confirmed.
  ///
  /// - Parameters:
  ///   - answer: The answer, if any.
  ///   - scale: The questionnaire's answer scale.
  static func content(_ answer: Answer?, _ scale: AnswerScale) -> [String?] {
    [
      scale.meaning(of: answer).value.rawValue, SubmittedText.clean(answer?.comment), SubmittedText.clean(answer?.evidence),
      SubmittedText.clean(answer?.compensatingControl), SubmittedText.clean(answer?.justification),
    ]
  }

  /// An outcome indicator's measured value and note; nil when not measured.
  static func outcome(_ outcome: Outcome?) -> String {
    of([outcome.map { OutcomeEdit.plain($0.value) }, SubmittedText.clean(outcome?.note)])
  }

  /// An activity's inherent risk rating; nil when not rated.
  static func rating(_ risk: String?) -> String { of([risk]) }

  /// A level set by hand (the overall risk, or a pillar's target) with its reason; nil when none.
  static func override(_ override: Override?) -> String {
    of([override?.level, SubmittedText.clean(override?.reason)])
  }

  /// The institution's profile.
  static func profile(name: String?, sector: String?, tier: String?, period: String, date: String, assessor: String?) -> String {
    of([SubmittedText.clean(name), sector, tier, period, date, SubmittedText.clean(assessor)])
  }

  /// The profile of responses.
  static func profile(of responses: Responses) -> String {
    profile(
      name: responses.institution.name, sector: responses.institution.sectorID, tier: responses.institution.tierID,
      period: responses.period, date: responses.date, assessor: responses.assessor)
  }

  /// A risk rating of responses, by activity.
  static func rating(of activity: String, in responses: Responses) -> String {
    rating(responses.riskRatings.first { $0.activity == activity }?.risk)
  }
}
