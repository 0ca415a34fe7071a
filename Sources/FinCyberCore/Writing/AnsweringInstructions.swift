/// The instructions at the top of a response file: how to answer, in the model's own words.
///
/// Written once in each of the model's languages that fincyber writes, in the model's order, so
/// that everyone who fills in the file can read them. They name the statements as the model
/// calls them (its vocabulary) and list the model's answer scale: each value with its name and
/// the text it requires. No answer value is written here: every one comes from the model.
struct AnsweringInstructions {
  /// The questionnaire the file answers.
  let questionnaire: Questionnaire

  /// The languages the instructions are written in: the model's that fincyber writes, in its order.
  var languages: [Language] { questionnaire.languages.compactMap(Language.init(rawValue:)) }

  /// The instructions in one language: a heading line, then one line per answer value.
  ///
  /// - Parameter language: The language.
  func text(_ language: Language) -> String {
    let statement = questionnaire.vocabulary.singular(.statement, language)
    let heading = language == .traditionalChinese
      ? "填寫說明：請將每一\(statement)的 value 設為下列其中一值。"
      : "How to answer: set the value of each \(statement) to one of these."
    let values = questionnaire.answerScale.meanings.map { meaning in
      let colon = language == .traditionalChinese ? "：" : ": "
      return "    " + meaning.value.rawValue + colon + meaning.name.text(language) + requirement(meaning.requirement, language)
    }
    return ([heading] + values).joined(separator: "\n")
  }

  /// What an answer value requires, as a clause after its name; empty when it requires nothing.
  private func requirement(_ requirement: AnswerMeaning.Requirement, _ language: Language) -> String {
    let chinese = language == .traditionalChinese
    switch requirement {
    case .none: return ""
    case .compensatingControl:
      return chinese ? "；須於 <compensating-control> 說明補償性控制" : "; describe the compensating control in <compensating-control>"
    case .justification:
      return chinese ? "；須於 <justification> 說明理由" : "; give the reason in <justification>"
    }
  }
}
