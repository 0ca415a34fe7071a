import FinCyberCore

/// One gap as the report shows it: a field the model does not give (source measures, crosswalk
/// references, evidence guidance) is left out, not shown empty.
struct GapCard {
  /// The ids a statement cites in one crosswalk framework, under the framework's name.
  struct CrosswalkIDs {
    var name: String
    var ids: String
  }

  var id: String
  var kind: String
  var level: String
  var text: String
  var answer: String
  var comment: String?
  var evidenceReference: String?
  /// The source measures the statement serves; nil when it names none.
  var sources: String?
  /// The named rules the statement rests on (the rule behind a compliance-baseline gap), each with
  /// its issuer where the model names one; nil when it cites none.
  var rules: String?
  /// One entry per framework the statement cites.
  var crosswalks: [CrosswalkIDs]
  /// What an examiner asks to see; nil when the model gives no guidance for it.
  var guidance: String?
  var domain: String

  init(_ gap: Gap, _ questionnaire: Questionnaire, _ words: Localizer) {
    let statement = gap.statement
    id = statement.id
    kind = gap.kind.rawValue
    level = words.name(statement.level.name)
    text = words.name(statement.text)
    answer = questionnaire.answerScale[gap.answer.value].map { words.name($0.name) } ?? gap.answer.value.rawValue
    comment = gap.answer.comment
    evidenceReference = gap.answer.evidence
    let measures = statement.sources.map { id in questionnaire.measure(id).map { "\(id) \(words.name($0.title))" } ?? id }
    sources = measures.isEmpty ? nil : measures.joined(separator: words.language == .traditionalChinese ? "；" : "; ")
    let named = statement.rules.map { id in
      questionnaire.rule(id).map { rule in
        rule.issuer.isEmpty ? words.name(rule.title) : words.text("ruleByIssuer", ["rule": words.name(rule.title), "issuer": words.name(rule.issuer)])
      } ?? id
    }
    rules = named.isEmpty ? nil : named.joined(separator: words.language == .traditionalChinese ? "；" : "; ")
    crosswalks = questionnaire.crosswalks.compactMap { framework in
      let ids = statement.references.ids(in: framework.id)
      return ids.isEmpty ? nil : CrosswalkIDs(name: words.name(framework.name), ids: ids.joined(separator: ", "))
    }
    guidance = statement.evidence.isEmpty ? nil : words.name(statement.evidence)
    domain = statement.domainID
  }
}

/// A statement listed with one text the institution gave for it.
struct ListedStatement {
  var id: String
  var text: String
  var note: String?

  init(_ statement: Statement, note: String?, _ words: Localizer) {
    id = statement.id
    text = words.name(statement.text)
    self.note = note
  }
}
