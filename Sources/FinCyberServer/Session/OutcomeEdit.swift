import FinCyberCore
import FinCyberReports
import Foundation

/// The outcome indicators form: a measured value and a note per indicator.
///
/// Field names: `value:INDICATOR` (a number by ``NumberInput``'s rule, or empty for not measured), `note:INDICATOR`, and
/// `version:INDICATOR`. Each indicator is a unit of its own (``ResponsesEdit``), keyed by its id.
struct OutcomeEdit: ResponsesEdit {
  /// The measured values sent, by indicator id; an indicator left empty has none.
  var outcomes: [String: Outcome] = [:]
  /// What must be mended before the values can be saved.
  var problems: [FormProblem] = []
  /// The versions the indicators were rendered from, by indicator id.
  var rendered: [String: String] = [:]
  /// The questionnaire's indicator ids, in order.
  var indicators: [String] = []

  /// Reads the outcome indicators form.
  ///
  /// - Parameters:
  ///   - fields: The form's fields.
  ///   - questionnaire: The questionnaire, whose indicators are the fields.
  ///   - words: The page's language and the model's words, for the problems.
  init(_ fields: FormFields, questionnaire: Questionnaire, words: Localizer) {
    rendered = fields.renderedVersions
    indicators = questionnaire.indicators.map(\.id)
    for indicator in questionnaire.indicators {
      let field = "value:" + indicator.id
      let note = SubmittedText.clean(fields["note:" + indicator.id])
      if let problem = SubmittedText.problem(note, field: "note:" + indicator.id, label: indicator.id + " " + words.text("note"), words: words) {
        problems.append(problem)
      }
      let sent = (fields[field] ?? "").trimmingCharacters(in: .whitespaces)
      if sent.isEmpty { continue }
      let value: Double
      switch NumberInput.parse(sent) {
      case .success(let parsed): value = parsed
      case .failure(let problem):
        let key = problem == .badGrouping ? "problemNumberGrouping" : "problemNotNumber"
        problems.append(FormProblem(field: field, key, ["id": indicator.id, "sent": sent], words: words))
        continue
      }
      if let minimum = indicator.minimum, value < minimum {
        problems.append(FormProblem(field: field, "problemBelowMinimum", ["id": indicator.id, "limit": Self.plain(minimum)], words: words))
        continue
      }
      if let maximum = indicator.maximum, value > maximum {
        problems.append(FormProblem(field: field, "problemAboveMaximum", ["id": indicator.id, "limit": Self.plain(maximum)], words: words))
        continue
      }
      outcomes[indicator.id] = Outcome(indicatorID: indicator.id, value: value, note: note)
    }
  }

  /// A number without a needless `.0`.
  static func plain(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }

  /// Each indicator's id and the version of the value sent.
  var sent: [(key: String, version: String)] { indicators.map { ($0, Version.outcome(outcomes[$0])) } }

  /// The version of an indicator's value as it stands.
  func version(of key: String, in responses: Responses) -> String { Version.outcome(responses.outcomes[key]) }

  /// Puts the measured values of the indicators named into responses.
  ///
  /// - Parameters:
  ///   - units: The indicators to apply.
  ///   - responses: The responses to change.
  func apply(_ units: Set<String>, to responses: inout Responses) {
    for id in indicators where units.contains(id) { responses.outcomes[id] = outcomes[id] }
  }
}
