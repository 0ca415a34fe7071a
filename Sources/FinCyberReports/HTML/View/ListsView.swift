import FinCyberCore

/// Section 8: the statements met by a compensating control, those left out of the counts, and those
/// not yet answered, each under the name the model's answer scale gives it.
struct ListsView {
  /// One list: its heading, the statements, and the heading of the text each carries, if any.
  struct Group {
    var title: String
    /// The heading of the institution's text for each statement; nil for a list without one.
    var noteHeader: String?
    var statements: [ListedStatement]
    var hasStatements: Bool
  }

  var title: String
  var groups: [Group]

  init(_ assessment: Assessment, _ words: Localizer) {
    let scale = assessment.questionnaire.answerScale
    var groups: [Group] = []
    var names: [String] = []
    if scale.meanings.contains(where: { $0.requirement == .compensatingControl }) {
      let statements = assessment.compensating.map { ListedStatement($0.statement, note: $0.answer.compensatingControl, words) }
      groups.append(Group(title: words.text("compensating"), noteHeader: words.text("compensatingControl"), statements: statements, hasStatements: !statements.isEmpty))
      names.append(words.text("compensating"))
    }
    for meaning in scale.meanings where meaning.isExcluded {
      let name = words.name(meaning.name)
      let statements = assessment.notApplicable.filter { $0.answer.value == meaning.value }
        .map { ListedStatement($0.statement, note: $0.answer.justification, words) }
      let note = meaning.requirement == .justification ? words.text("justification", ["answer": name]) : nil
      groups.append(Group(title: name, noteHeader: note, statements: statements, hasStatements: !statements.isEmpty))
      names.append(words.inSentence(name))
    }
    let unanswered = assessment.unanswered.map { ListedStatement($0, note: nil, words) }
    groups.append(Group(title: words.name(scale.unanswered.name), noteHeader: nil, statements: unanswered, hasStatements: !unanswered.isEmpty))
    names.append(words.inSentence(words.name(scale.unanswered.name)))
    self.groups = groups
    title = words.list(names)
  }
}
