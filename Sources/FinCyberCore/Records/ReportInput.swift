/// What every report is built from: the scored assessment and the fingerprints of its inputs.
public struct ReportInput: Sendable {
  /// The scored assessment.
  public var assessment: Assessment
  /// SHA-256 of the questionnaire file's bytes.
  public var questionnaireSHA256: String
  /// SHA-256 of the response file's bytes.
  public var responsesSHA256: String

  /// Creates a report input.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - questionnaireSHA256: SHA-256 of the questionnaire file.
  ///   - responsesSHA256: SHA-256 of the response file.
  public init(assessment: Assessment, questionnaireSHA256: String, responsesSHA256: String) {
    self.assessment = assessment
    self.questionnaireSHA256 = questionnaireSHA256
    self.responsesSHA256 = responsesSHA256
  }
}
