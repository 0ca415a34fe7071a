import FinCyberCore

/// One gap as the report shows it.
struct GapCard {
  var id: String
  var kind: String
  var level: String
  var text: String
  var answer: String
  var comment: String?
  var evidenceReference: String?
  var sources: String
  var csf: String
  var guidance: String
  var pillar: String

  init(_ gap: Gap, _ questionnaire: Questionnaire, _ language: Language) {
    let statement = gap.statement
    id = statement.id
    kind = gap.kind.rawValue
    level = statement.level.name.text(language)
    text = statement.text.text(language)
    answer = questionnaire.answerScale[gap.answer.value]?.name.text(language) ?? gap.answer.value.rawValue
    comment = gap.answer.comment
    evidenceReference = gap.answer.evidence
    sources = statement.sources.map { id in
      questionnaire.measure(id).map { "\(id) \($0.title.text(language))" } ?? id
    }.joined(separator: language == .traditionalChinese ? "；" : "; ")
    csf = questionnaire.crosswalks.compactMap { framework in
      let ids = statement.references.ids(in: framework.id)
      return ids.isEmpty ? nil : (questionnaire.crosswalks.count > 1 ? framework.name.text(language) + " " : "") + ids.joined(separator: ", ")
    }.joined(separator: "; ")
    guidance = statement.evidence.text(language)
    pillar = statement.domainID
  }
}

/// A statement listed with one text the institution gave for it.
struct ListedStatement {
  var id: String
  var text: String
  var note: String?

  init(_ statement: Statement, note: String?, _ language: Language) {
    id = statement.id
    text = statement.text.text(language)
    self.note = note
  }
}
