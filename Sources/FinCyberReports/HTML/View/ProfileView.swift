import FinCyberCore

/// The gap report's section on one crosswalk framework's profile (for the Roadmap model, NIST CSF
/// 2.0), in the page's language: a function × category grid with each category's current and target
/// status in words and colour, the honesty line and the rule, and, folded, the item table and the
/// statements that would raise each category. A model with no crosswalk has no such section.
struct ProfileView {
  /// A status as shown: its name, and the class that colours it.
  struct Status {
    var name: String
    var css: String
  }

  /// One category of the grid.
  struct Cell {
    var id: String
    var name: String
    var current: Status
    var target: Status
    /// How many of its applicable statements are met, in words; nil when none applies.
    var metOf: String?
  }

  /// One function of the grid, with its categories.
  struct Row {
    var id: String
    var name: String
    var current: Status
    var target: Status
    var cells: [Cell]
    /// How many empty columns close the row, when it has fewer categories than the widest; nil when none.
    var fill: Int?
  }

  /// One item of the folded table.
  struct Item {
    var id: String
    var statements: String
    var met: Int
    var applicable: Int
    var current: Status
    var target: Status
  }

  /// One category and the unmet statements that would raise it.
  struct Raisers {
    var id: String
    var name: String
    var statements: String
  }

  /// The section's anchor, unique per framework.
  var anchor: String
  /// The section's own words (headers and sentences), by key.
  var terms: [String: String]
  /// The function × category grid; empty for a framework with no hierarchy.
  var rows: [Row]
  var hasGrid: Bool
  /// The most categories any function has: the grid's category columns.
  var width: Int
  /// Every item of the framework, cited or not.
  var items: [Item]
  /// The categories' raising statements; empty for a framework with no hierarchy.
  var raisers: [Raisers]
  var hasRaisers: Bool
  /// The statuses in order, as the legend.
  var legend: [Status]

  /// The section for one framework.
  ///
  /// - Parameters:
  ///   - pair: The framework's current and target profiles.
  ///   - questionnaire: The model, for its words.
  ///   - language: The page's language.
  init(_ pair: ProfilePair, _ questionnaire: Questionnaire, _ language: Language) {
    let words = Localizer(language: language, questionnaire: questionnaire)
    let framework = pair.framework
    let hierarchical = !pair.functions.isEmpty
    let status = { (status: ImplementationStatus) in Status(name: words.text(ProfileTerms.statusKey(status)), css: "st-" + status.rawValue) }
    // "Current: partially implemented", for the grid, where the status stands without a column header.
    let marked = { (key: String, entry: CrosswalkProfile.Entry) in
      Status(name: words.text(key, ["status": words.inSentence(words.text(ProfileTerms.statusKey(entry.status)))]), css: "st-" + entry.status.rawValue)
    }
    let name = { (id: String) -> String in
      guard let catalogue = framework.catalogue, words.has(ProfileTerms.catalogueKey(catalogue, id)) else { return "" }
      return words.text(ProfileTerms.catalogueKey(catalogue, id))
    }
    let arguments = ["framework": words.name(framework.name), "largely": RecordValue.number(ImplementationStatus.largelyThreshold * 100) + "%"]
    anchor = "profile-" + framework.id
    terms = [
      "title": words.text("profileTitle", arguments),
      "honesty": words.text(hierarchical ? "profileHonesty" : "profileHonestyItems", arguments),
      "intro": words.text("profileIntro", arguments),
      "rule": words.text("profileRule", arguments),
      "grid": words.text("profileGrid", arguments),
      "function": words.text("profileFunction"),
      "category": words.text("profileCategory"),
      "item": words.text(hierarchical ? "profileSubcategory" : "profileItem"),
      "items": words.text(hierarchical ? "profileSubcategories" : "profileItems"),
      "current": words.text("profileCurrent"),
      "target": words.text("profileTarget"),
      "citing": words.text("profileCiting"),
      "met": words.text("profileMet"),
      "applicable": words.text("profileApplicable"),
      "raisers": words.text("profileRaisers"),
    ]
    rows = pair.functions.map { function in
      Row(
        id: function.entry.id, name: name(function.entry.id), current: marked("profileNow", function.entry.current),
        target: marked("profileThen", function.entry.target),
        cells: function.categories.map { category in
          let entry = category.entry.current
          return Cell(
            id: category.entry.id, name: name(category.entry.id), current: marked("profileNow", entry), target: marked("profileThen", category.entry.target),
            metOf: entry.applicable == 0 ? nil : words.text("profileMetOf", ["met": String(entry.met), "applicable": String(entry.applicable)]))
        }, fill: nil)
    }
    hasGrid = !rows.isEmpty
    let width = rows.map(\.cells.count).max() ?? 0
    self.width = width
    for index in rows.indices where rows[index].cells.count < width { rows[index].fill = width - rows[index].cells.count }
    items = pair.items.map { item in
      Item(
        id: item.id, statements: item.current.statements.joined(separator: " "), met: item.current.met, applicable: item.current.applicable,
        current: status(item.current.status), target: status(item.target.status))
    }
    raisers = pair.functions.flatMap(\.categories).map { category in
      Raisers(
        id: category.entry.id, name: name(category.entry.id),
        statements: category.entry.current.raisers.isEmpty ? words.text("profileRaisersNone") : category.entry.current.raisers.joined(separator: " "))
    }
    hasRaisers = !raisers.isEmpty
    legend = ImplementationStatus.allCases.reversed().map(status)
  }
}
