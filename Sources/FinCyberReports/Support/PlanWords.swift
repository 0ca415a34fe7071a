import FinCyberCore

/// An improvement plan's items in words, for the roadmap section and the OSCAL plan of action:
/// the model's names for its initiatives and bands, and the plan's statuses and decisions.
struct PlanWords {
  /// The localiser the words come from.
  let localizer: Localizer
  private let initiatives: [String: Initiative]
  private let effortBands: [String: Band]
  private let costBands: [String: Band]

  /// Takes the model's initiatives and bands.
  ///
  /// - Parameters:
  ///   - questionnaire: The model.
  ///   - language: The language written.
  init(_ questionnaire: Questionnaire, _ language: Language) {
    localizer = Localizer(language: language, questionnaire: questionnaire)
    initiatives = Dictionary(questionnaire.initiatives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    effortBands = Dictionary(questionnaire.effortBands.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    costBands = Dictionary(questionnaire.costBands.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// An initiative's name; its id when the model no longer has it.
  func name(_ item: ImprovementPlan.Item) -> String { initiatives[item.initiative].map { localizer.name($0.name) } ?? item.initiative }

  /// What an initiative delivers, or nil when the model no longer has it.
  func delivers(_ item: ImprovementPlan.Item) -> String? { initiatives[item.initiative].map { localizer.name($0.delivers) } }

  /// The effort band's name and what it means: `Medium (three to twelve person-months)`.
  func effort(_ item: ImprovementPlan.Item) -> String { band(effortBands[item.effort], id: item.effort) }

  /// The cost band's name and what it means.
  func cost(_ item: ImprovementPlan.Item) -> String { band(costBands[item.cost], id: item.cost) }

  /// The item's status in words.
  func status(_ item: ImprovementPlan.Item) -> String {
    switch item.status {
    case .planned: localizer.text("planStatusPlanned")
    case .inProgress: localizer.text("planStatusInProgress")
    case .done: localizer.text("planStatusDone")
    case .dropped: localizer.text("planStatusDropped")
    }
  }

  /// The board's decision in words, or the words for none yet.
  func decision(_ item: ImprovementPlan.Item) -> String {
    switch item.decision?.kind {
    case .approved: localizer.text("planDecisionApproved")
    case .deferred: localizer.text("planDecisionDeferred")
    case .rejected: localizer.text("planDecisionRejected")
    case nil: localizer.text("planDecisionPending")
    }
  }

  /// A budget with its currency, to the whole unit, with thousands separators: `TWD 1,200,000`
  /// (a budget spread over quarters need not divide evenly).
  static func money(_ amount: Double, _ currency: String) -> String {
    let whole = Array(RecordValue.number(amount.rounded()).unicodeScalars)
    var grouped = ""
    for (index, digit) in whole.enumerated() {
      if index > 0, (whole.count - index) % 3 == 0, whole[index - 1] != "-" { grouped += "," }
      grouped.unicodeScalars.append(digit)
    }
    return currency + " " + grouped
  }

  /// A label and its value: `Effort band: Small`, `工作量級距：小`.
  func labelled(_ key: String, _ value: String) -> String { localizer.text("planLabelled", ["label": localizer.text(key), "value": value]) }

  /// Sums by currency, in currency order, joined.
  func money(_ sums: [String: Double]) -> String {
    localizer.list(sums.keys.sorted().map { Self.money(sums[$0]!, $0) })
  }

  private func band(_ band: Band?, id: String) -> String {
    guard let band else { return id }
    return localizer.text("planBand", ["name": localizer.name(band.name), "meaning": localizer.inSentence(localizer.name(band.description))])
  }
}
