import FinCyberCore

/// The answer values of the bundled Roadmap model and the test questionnaires, for tests to write
/// answers with. The product itself never names a value: it asks the model's answer scale.
extension AnswerValue {
  public static let yes = AnswerValue("yes")
  public static let yesCompensating = AnswerValue("yes-compensating")
  public static let no = AnswerValue("no")
  public static let notApplicable = AnswerValue("not-applicable")
  public static let unanswered = AnswerValue("unanswered")
}
