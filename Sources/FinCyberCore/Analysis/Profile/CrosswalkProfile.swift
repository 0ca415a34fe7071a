/// A profile of another framework (for the Roadmap model, NIST CSF 2.0) derived from one set of
/// answers through the model's crosswalk: for each of the framework's items, the statements that
/// cite it, how many are met and an ``ImplementationStatus``; for a catalogue with a hierarchy (CSF's
/// functions and categories) the same rolled up.
///
/// It is derived from a maturity self-assessment, not a CSF assessment: an item no statement cites
/// is *not assessed*, never implemented. The *current* profile counts every statement; the
/// *target* profile only those at or below each domain's target level.
public struct CrosswalkProfile: Sendable {
  /// Which statements a profile counts.
  public enum Scope: String, Sendable {
    /// Every statement of the model.
    case current
    /// The statements at or below each domain's target level.
    case target
  }

  /// One item, or a group of items (a category or function), and its statements.
  public struct Entry: Sendable, Equatable {
    /// The item's or group's id (`GV.OC-01`, `GV.OC`, `GV`).
    public var id: String
    /// The ids of the statements citing it (for a group, citing any item in it), in model order.
    public var statements: [String]
    /// How many of them are applicable.
    public var applicable: Int
    /// How many of the applicable ones are met.
    public var met: Int
    /// The status by the rule.
    public var status: ImplementationStatus
    /// The applicable statements not met, lowest level first: those that would raise the status.
    public var raisers: [String]

    /// The share met, in percent; nil when nothing applies.
    public var percentMet: Double? { applicable == 0 ? nil : Double(met) * 100 / Double(applicable) }
  }

  /// The framework.
  public var framework: Crosswalk
  /// Which statements it counts.
  public var scope: Scope
  /// Every item of the framework, in its order.
  public var items: [Entry]
  /// The categories (items grouped by their id up to the `-`), when the framework has them.
  public var categories: [Entry]
  /// The functions (categories grouped by their id up to the `.`), when the framework has them.
  public var functions: [Entry]

  /// The profile of one framework for an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - framework: A crosswalk framework the assessment's questionnaire declares.
  ///   - scope: Every statement, or those up to each domain's target.
  public init(_ assessment: Assessment, framework: Crosswalk, scope: Scope) {
    let questionnaire = assessment.questionnaire
    let scale = questionnaire.answerScale
    let statements = questionnaire.statements
    let targets = Dictionary(uniqueKeysWithValues: assessment.domains.map { ($0.domain.id, $0.target.level) })
    // Statements are taken by their index in model order; what each answer counts as is asked once.
    let counted = statements.indices.filter { index in
      scope == .current || targets[statements[index].domainID].map { statements[index].level <= $0 } == true
    }
    var excluded = [Bool](repeating: false, count: statements.count)
    var meets = [Bool](repeating: false, count: statements.count)
    var citing: [String: [Int]] = [:]
    for index in counted {
      let meaning = scale.meaning(of: assessment.responses.answers[statements[index].id])
      excluded[index] = meaning.isExcluded
      meets[index] = meaning.meets
      var seen = Set<String>()
      for id in statements[index].references.ids(in: framework.id) where seen.insert(id).inserted { citing[id, default: []].append(index) }
    }
    /// An entry over statements given by index, in model order.
    func entry(_ id: String, _ members: [Int]) -> Entry {
      let applicable = members.filter { !excluded[$0] }
      let met = applicable.count { meets[$0] }
      let raisers = applicable.filter { !meets[$0] }.sorted {
        (statements[$0].level.rank, statements[$0].position) < (statements[$1].level.rank, statements[$1].position)
      }
      return Entry(
        id: id, statements: members.map { statements[$0].id }, applicable: applicable.count, met: met,
        status: ImplementationStatus(citing: members.count, applicable: applicable.count, met: met), raisers: raisers.map { statements[$0].id })
    }
    self.framework = framework
    self.scope = scope
    items = framework.ids.map { entry($0, citing[$0] ?? []) }
    // Groups count each statement once, however many of the group's items it cites.
    func group(_ ids: [String], by key: (String) -> String?) -> [Entry] {
      var order: [String] = []
      var members: [String: Set<Int>] = [:]
      for id in ids {
        guard let parent = key(id) else { continue }
        if members[parent] == nil { order.append(parent) }
        members[parent, default: []].formUnion(citing[id] ?? [])
      }
      return order.map { parent in entry(parent, members[parent]!.sorted()) }
    }
    let hierarchical = framework.catalogue == NISTCSF2.catalogueName
    categories = hierarchical ? group(framework.ids) { $0.split(separator: "-").first.map(String.init) } : []
    functions = hierarchical ? group(framework.ids) { $0.split(separator: ".").first.map(String.init) } : []
  }

  /// The profiles of every crosswalk the questionnaire declares; none when it declares none.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - scope: Every statement, or those up to each domain's target.
  public static func all(_ assessment: Assessment, scope: Scope) -> [CrosswalkProfile] {
    assessment.questionnaire.crosswalks.map { CrosswalkProfile(assessment, framework: $0, scope: scope) }
  }
}
