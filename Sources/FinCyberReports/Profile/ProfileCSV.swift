import FinCyberCore

/// `profile-<framework>.csv` (`profile-csf.csv`): one row per item of a crosswalk framework, in the
/// framework's order, every item of the catalogue whether the model cites it or not (an uncited one
/// is not assessed), with its function and category where the framework has them.
public enum ProfileCSV {
  /// The column names, stable across languages so that other tools can rely on them.
  public static let columns = [
    "function", "category", "subcategory", "citing_statements", "met", "applicable", "current_status", "target_status",
  ]

  /// The profile of one framework as CSV bytes (UTF-8 with a byte-order mark, CRLF line ends).
  ///
  /// Functions and categories are written as their id and name (`GV Govern`); statuses as their
  /// stable ids (`largely-implemented`); the citing statements as their ids, separated by spaces;
  /// `met` and `applicable` count the current profile.
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - framework: A crosswalk the assessment's questionnaire declares.
  ///   - language: The language of the function and category names.
  public static func csv(_ assessment: Assessment, framework: Crosswalk, language: Language) -> [UInt8] {
    csv(ProfilePair(assessment, framework: framework), Localizer(language: language, questionnaire: assessment.questionnaire))
  }

  static func csv(_ pair: ProfilePair, _ words: Localizer) -> [UInt8] {
    let named = { (id: String?) -> String in
      guard let id else { return "" }
      guard let catalogue = pair.framework.catalogue, words.has(ProfileTerms.catalogueKey(catalogue, id)) else { return id }
      return id + " " + words.text(ProfileTerms.catalogueKey(catalogue, id))
    }
    var writer = CSVWriter()
    writer.row(columns)
    let hierarchical = !pair.functions.isEmpty
    for item in pair.items {
      let category = hierarchical ? ProfilePair.parent(of: item.id, at: "-") : nil
      let function = category.flatMap { ProfilePair.parent(of: $0, at: ".") }
      writer.row([
        named(function), named(category), item.id, item.current.statements.joined(separator: " "),
        String(item.current.met), String(item.current.applicable), item.current.status.rawValue, item.target.status.rawValue,
      ])
    }
    return writer.bytes
  }
}
