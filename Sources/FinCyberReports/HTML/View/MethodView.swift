import FinCyberCore

/// Section 9: the scoring rules in plain words, for the parts the model has, with its own names for
/// its parts, levels and answers.
enum MethodView {
  /// The paragraphs, one rule each.
  static func paragraphs(_ assessment: Assessment, _ words: Localizer) -> [String] {
    let questionnaire = assessment.questionnaire
    let zh = words.language == .traditionalChinese
    let levels = questionnaire.levels.map { words.name($0.name) }.joined(separator: zh ? "、" : ", ")
    var paragraphs = [
      words.text("methodStructure", ["n": words.number(questionnaire.domains.count), "levels": levels]),
      answers(questionnaire.answerScale, words),
      words.text("methodLevels"),
    ]
    if questionnaire.hasRiskProfile { paragraphs.append(words.text("methodRisk")) }
    paragraphs.append(RiskView.targetRule(questionnaire, words))
    paragraphs.append(words.text("methodPercent") + (zh ? "" : " ") + (words.first(["methodGaps", "methodTargetGaps"]) ?? ""))
    if !questionnaire.indicators.isEmpty { paragraphs.append(words.text("methodOutcomes")) }
    return paragraphs
  }

  /// What each answer of the model's scale counts as and requires, answers alike joined as one.
  ///
  /// - Parameters:
  ///   - scale: The model's answer scale.
  ///   - words: The report's words.
  static func answers(_ scale: AnswerScale, _ words: Localizer) -> String {
    var clauses: [(effects: [String], names: [String])] = []
    for meaning in scale.meanings {
      var effects = [
        words.text(meaning.counting == .met ? "answerCountsMet" : meaning.counting == .notMet ? "answerCountsNotMet" : "answerCountsExcluded")
      ]
      switch meaning.requirement {
      case .compensatingControl: effects.append(words.text("answerNeedsControl"))
      case .justification: effects.append(words.text("answerNeedsJustification"))
      case .none: break
      }
      if !meaning.isComplete { effects.append(words.text("answerMarksIncomplete")) }
      if let index = clauses.firstIndex(where: { $0.effects == effects }) {
        clauses[index].names.append(words.name(meaning.name))
      } else {
        clauses.append((effects, [words.name(meaning.name)]))
      }
    }
    let zh = words.language == .traditionalChinese
    let text = clauses.map { clause in
      words.text("answerClause", [
        "names": clause.names.joined(separator: words.text("answerNames")),
        "effects": zh ? clause.effects.joined(separator: "，") : words.list(clause.effects),
      ])
    }
    return words.text("methodAnswers", ["clauses": text.joined(separator: zh ? "；" : " ")])
  }
}

/// One of the model's defined terms as the method section lists it.
struct DefinedTerm {
  var name: String
  var definition: String
}
