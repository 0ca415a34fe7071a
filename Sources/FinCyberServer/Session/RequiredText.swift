import FinCyberCore
import FinCyberReports

/// A text an answer of the model's scale may require (``AnswerMeaning/Requirement``): the
/// compensating control, or the justification. Which answers require it is the model's to say;
/// this holds only where each is kept and what the pages call it.
enum RequiredText: CaseIterable {
  case control
  case justification

  /// The requirement of the answer scale that asks for this text.
  var requirement: AnswerMeaning.Requirement {
    switch self {
    case .control: .compensatingControl
    case .justification: .justification
    }
  }

  /// The form field's name before `:ID`.
  var field: String {
    switch self {
    case .control: "control"
    case .justification: "justification"
    }
  }

  /// The term that asks for the text before an answer is saved (the page's script says it).
  var needsKey: String {
    switch self {
    case .control: "needsControl"
    case .justification: "needsJustification"
    }
  }

  /// The term that says a form left the text out.
  var problemKey: String {
    switch self {
    case .control: "problemNeedsControl"
    case .justification: "problemNeedsJustification"
    }
  }

  /// The text an answer holds.
  ///
  /// - Parameter answer: The answer, if any.
  func text(of answer: Answer?) -> String? {
    switch self {
    case .control: answer?.compensatingControl
    case .justification: answer?.justification
    }
  }

  /// The answers of a scale that require the text, in the scale's order.
  ///
  /// - Parameter scale: The model's answer scale.
  func answers(in scale: AnswerScale) -> [AnswerMeaning] { scale.meanings.filter { $0.requirement == requirement } }

  /// What the text is called: "Compensating control", or the justification named after the
  /// answer that requires it ("不適用理由").
  ///
  /// - Parameters:
  ///   - words: The page's language and the model's words.
  ///   - scale: The model's answer scale.
  func label(_ words: Localizer, scale: AnswerScale) -> String {
    switch self {
    case .control: return words.text("compensatingControl")
    case .justification: return words.text("justification", ["answer": answers(in: scale).first.map { words.name($0.name) } ?? ""])
    }
  }
}
