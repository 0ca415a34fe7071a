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

  /// The rows of the profile of one framework, without the header (``columns``): the CSV's and
  /// the workbook's profile sheet's.
  ///
  /// - Parameters:
  ///   - assessment: The scored assessment.
  ///   - framework: A crosswalk the assessment's questionnaire declares.
  ///   - language: The language of the function and category names.
  public static func rows(_ assessment: Assessment, framework: Crosswalk, language: Language) -> [[String]] {
    rows(ProfilePair(assessment, framework: framework), Localizer(language: language, questionnaire: assessment.questionnaire))
  }

  /// The profile of one framework, already counted, as CSV bytes.
  ///
  /// - Parameters:
  ///   - pair: The framework's profiles of an assessment.
  ///   - words: The language of the function and category names.
  static func csv(_ pair: ProfilePair, _ words: Localizer) -> [UInt8] {
    var writer = CSVWriter()
    writer.row(columns)
    for row in rows(pair, words) { writer.row(row) }
    return writer.bytes
  }

  static func rows(_ pair: ProfilePair, _ words: Localizer) -> [[String]] {
    let named = { (id: String?) -> String in
      guard let id else { return "" }
      guard let catalogue = pair.framework.catalogue, words.has(ProfileTerms.catalogueKey(catalogue, id)) else { return id }
      return id + " " + words.text(ProfileTerms.catalogueKey(catalogue, id))
    }
    let hierarchical = !pair.functions.isEmpty
    return pair.items.map { item in
      let category = hierarchical ? ProfilePair.parent(of: item.id, at: "-") : nil
      let function = category.flatMap { ProfilePair.parent(of: $0, at: ".") }
      return [
        named(function), named(category), item.id, item.current.statements.joined(separator: " "),
        String(item.current.met), String(item.current.applicable), item.current.status.rawValue, item.target.status.rawValue,
      ]
    }
  }
}
