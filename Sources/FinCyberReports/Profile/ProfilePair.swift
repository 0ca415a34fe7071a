import FinCyberCore

/// One framework's current and target profiles side by side, grouped as the outputs show them:
/// functions, their categories, their items (for NIST CSF 2.0), or the items alone (for a framework
/// with no hierarchy). The counts and statuses are the core's (``CrosswalkProfile``); this only
/// arranges them.
struct ProfilePair {
  /// An item or group with its current and target entries.
  struct Both {
    /// The entry counting every statement.
    var current: CrosswalkProfile.Entry
    /// The entry counting the statements up to each domain's target.
    var target: CrosswalkProfile.Entry
    /// The item's or group's id.
    var id: String { current.id }
  }

  /// A category and its items.
  struct Category {
    /// The category's entries.
    var entry: Both
    /// Its items, in the framework's order.
    var items: [Both]
  }

  /// A function and its categories.
  struct Function {
    /// The function's entries.
    var entry: Both
    /// Its categories, in the framework's order.
    var categories: [Category]
  }

  /// The framework.
  let framework: Crosswalk
  /// Every item, in the framework's order.
  let items: [Both]
  /// The functions with their categories and items; empty for a framework with no hierarchy.
  let functions: [Function]

  /// The profiles of one framework for an assessment.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - framework: A crosswalk its questionnaire declares.
  init(_ assessment: Assessment, framework: Crosswalk) {
    let current = CrosswalkProfile(assessment, framework: framework, scope: .current)
    let target = CrosswalkProfile(assessment, framework: framework, scope: .target)
    let pair = { (a: [CrosswalkProfile.Entry], b: [CrosswalkProfile.Entry]) in zip(a, b).map { Both(current: $0, target: $1) } }
    let items = pair(current.items, target.items)
    // Each item's and category's parent is found once; the groups keep the framework's order.
    var itemsOf: [String: [Both]] = [:]
    for item in items { if let parent = Self.parent(of: item.id, at: "-") { itemsOf[parent, default: []].append(item) } }
    let categories = pair(current.categories, target.categories).map { category in
      Category(entry: category, items: itemsOf[category.id] ?? [])
    }
    var categoriesOf: [String: [Category]] = [:]
    for category in categories {
      if let parent = Self.parent(of: category.entry.id, at: ".") { categoriesOf[parent, default: []].append(category) }
    }
    self.framework = framework
    self.items = items
    functions = pair(current.functions, target.functions).map { function in
      Function(entry: function, categories: categoriesOf[function.id] ?? [])
    }
  }

  /// The profiles of every crosswalk the assessment's questionnaire declares; none when it declares none.
  ///
  /// - Parameter assessment: The scored assessment.
  static func all(_ assessment: Assessment) -> [ProfilePair] {
    assessment.questionnaire.crosswalks.map { ProfilePair(assessment, framework: $0) }
  }

  /// The category an item belongs to (`GV.OC-01` → `GV.OC`), or the function a category belongs to
  /// (`GV.OC` → `GV`), as the core groups them.
  ///
  /// - Parameters:
  ///   - id: The item's or category's id.
  ///   - separator: `-` for an item's category, `.` for a category's function.
  static func parent(of id: String, at separator: Character) -> String? {
    id.split(separator: separator).first.map(String.init)
  }

  /// The name a file of this framework's profile takes: `profile-csf.csv`, `profile-csf.xml`.
  ///
  /// - Parameters:
  ///   - framework: The framework.
  ///   - suffix: `csv` or `xml`.
  static func fileName(_ framework: Crosswalk, _ suffix: String) -> String { "profile-\(framework.id).\(suffix)" }
}
