import FinCyberCore
import FinCyberReports

/// What the file now holds, as the page shows it, for the page's script to put in place after a
/// save or a refusal without a reload: each element's text by its id, each element's marks (CSS
/// classes) by its id, the elements to hide or show, and each radio group's value as saved.
/// Everything is computed here from the scored responses; the script applies it and knows no rule.
struct LiveState {
  /// Text content by element id.
  var texts: [String: String] = [:]
  /// Classes to set (true) or clear (false), by element id.
  var marks: [String: [String: Bool]] = [:]
  /// Whether to hide each element, by element id.
  var hidden: [String: Bool] = [:]
  /// The value each statement's radio group holds in the file, by the group's field name.
  var held: [String: String] = [:]
  /// The options a select offers now, by element id: the tier field follows the sector sent.
  var options: [String: [[String: Any]]] = [:]

  /// The state of every part a page may show: the header's counts; for a component page, its
  /// level, its progress, its domain's progress, and each statement's marks, carried note,
  /// previous value, answerer and saved value; the computed inherent risk and the targets; and
  /// each outcome indicator's level reached.
  ///
  /// - Parameters:
  ///   - assessment: The responses as saved, scored.
  ///   - words: The page's language and the model's words.
  ///   - component: The component of the page, if a component page.
  ///   - sector: The sector a profile form sent, whose tiers the tier field offers.
  init(_ assessment: Assessment, words: Localizer, component: String?, sector: String? = nil) {
    let questionnaire = assessment.questionnaire
    let scale = questionnaire.answerScale
    texts["answered-of-total"] = PageFrame.answeredOfTotal(assessment, words)
    if let component, let place = ComponentPage.place(component, in: assessment) {
      let progress = PageFrame.progress(place.score)
      let domain = PageFrame.progress(place.domain.score)
      texts["component-level"] = words.levelName(place.score.achieved)
      texts["component-progress"] = "\(progress.answered) / \(progress.applicable)"
      texts["domain-progress"] = "\(domain.answered) / \(domain.applicable)"
      let carried = place.component.statements.filter { assessment.responses.answers[$0.id]?.trail.carried == true }.count
      texts["confirm-all"] = words.text("confirmAll", ["k": String(carried)])
      hidden["confirm-all-row"] = carried == 0
      for statement in place.component.statements {
        let answer = assessment.responses.answers[statement.id]
        let carriedNow = answer?.trail.carried == true
        marks["s-" + statement.id] = [
          "incomplete": !scale.isComplete(answer),
          "gap": ComponentPage.isGap(statement, answer, target: place.domain.target.level, questionnaire: questionnaire),
          "carried": carriedNow,
        ]
        hidden["carried-" + statement.id] = !carriedNow
        hidden["carried-note-" + statement.id] = !carriedNow
        texts["previous-" + statement.id] = ComponentPage.previousText(answer, scale: scale, words: words) ?? ""
        texts["answered-by-" + statement.id] = answer?.trail.answeredBy.map {
          words.text("answeredByAt", ["name": $0, "at": answer?.trail.answeredAt ?? ""])
        } ?? ""
        held["value:" + statement.id] = scale.meaning(of: answer).value.rawValue
      }
    }
    if let sector, questionnaire.hasTiers {
      let tier = assessment.responses.institution.tierID
      options["field-tier"] = OverviewPage.tierOptions(questionnaire, sector: sector, tier: tier, words: words)
    }
    let none = words.text("none")
    texts["overall-risk"] = assessment.inherentRisk.overall.map { words.name($0.name) } ?? none
    texts["computed-risk"] = assessment.inherentRisk.computed.computed.map { words.name($0.name) } ?? none
    for (category, result) in zip(questionnaire.riskCategories, assessment.inherentRisk.categories) {
      texts["computed-" + category.id] = result.computed.map { words.name($0.name) } ?? none
    }
    for result in assessment.domains {
      let id = result.domain.id
      texts["from-risk-" + id] = result.target.fromRisk.map { words.name($0.name) } ?? none
      texts["from-tier-" + id] = result.target.fromTier.map { words.name($0.name) } ?? none
      texts["target-" + id] = words.name(result.target.level.name)
      for outcome in result.outcomes {
        texts["reached-" + outcome.indicator.id] = outcome.value == nil ? words.text("notMeasured") : words.levelName(outcome.reached)
      }
    }
  }

  /// The state as the JSON a save answers with.
  var json: [String: Any] { ["texts": texts, "marks": marks, "hidden": hidden, "held": held, "options": options] }
}
