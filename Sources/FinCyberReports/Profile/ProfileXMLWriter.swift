import FinCyberCore

/// `profile-<framework>.xml` (`profile-csf.xml`): one crosswalk framework's current and target
/// profiles as data, described by `Reports/schema/profile.xsd` (namespace `urn:fincyber:profile:1`).
///
/// It names the institution, the period, the questionnaire (with both inputs' SHA-256), the
/// framework and the rule's thresholds, then per function, category and item (or per item, for a
/// framework with no hierarchy) the counts and status of each scope; an item lists the statements
/// that cite it. Deterministic: the same inputs give the same bytes, with no clock time unless one
/// is given.
public enum ProfileXMLWriter {
  /// The format version written in the root's `format-version`.
  public static let formatVersion = "1"

  /// The profile of one framework as XML bytes.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - framework: A crosswalk the assessment's questionnaire declares.
  ///   - generatedAt: An `xs:dateTime` to record, or nil to record none.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  public static func xml(_ input: ReportInput, framework: Crosswalk, generatedAt: String? = nil) throws -> [UInt8] {
    try xml(input, ProfilePair(input.assessment, framework: framework), generatedAt: generatedAt)
  }

  /// The profile of one framework, already counted, as XML bytes.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - pair: The framework's profiles of that assessment.
  ///   - generatedAt: An `xs:dateTime` to record, or nil to record none.
  /// - Throws: `FinCyberError.cannotWrite` when libxml2 fails.
  static func xml(_ input: ReportInput, _ pair: ProfilePair, generatedAt: String?) throws -> [UInt8] {
    let assessment = input.assessment
    let questionnaire = assessment.questionnaire
    let responses = assessment.responses
    let framework = pair.framework
    return try XMLWriter.document { w in
      w.start("profile", ["xmlns": BundledSchema.profile.namespace, "format-version": formatVersion, "generated-at": generatedAt])
      w.element("questionnaire", ["id": questionnaire.id, "version": questionnaire.version, "sha256": input.questionnaireSHA256])
      w.element("responses", ["sha256": input.responsesSHA256])
      w.start("institution", ["id": responses.institution.id, "sector": responses.institution.sectorID, "tier": responses.institution.tierID])
      w.element("name", text: responses.institution.name)
      w.end()
      w.element("assessment", ["date": responses.date, "period": responses.period])
      w.start("framework", ["id": framework.id, "catalogue": framework.catalogue])
      for language in Language.allCases where questionnaire.speaks(language) {
        w.element("name", ["lang": language.rawValue], text: framework.name.text(language))
      }
      w.end()
      w.element("rule", ["largely-implemented-at": RecordValue.number(ImplementationStatus.largelyThreshold)])
      if pair.functions.isEmpty {
        for item in pair.items { writeItem("item", item, &w) }
      }
      for function in pair.functions {
        startEntry("function", function.entry, &w)
        for category in function.categories {
          startEntry("category", category.entry, &w)
          for item in category.items { writeItem("subcategory", item, &w) }
          w.end()
        }
        w.end()
      }
      w.end()
    }
  }

  /// Opens an element for an item or group with its `current` and `target` counts.
  private static func startEntry(_ name: String, _ both: ProfilePair.Both, _ w: inout XMLWriter) {
    w.start(name, ["id": both.id])
    for (scope, entry) in [("current", both.current), ("target", both.target)] {
      w.element(scope, [
        "citing": String(entry.statements.count), "applicable": String(entry.applicable), "met": String(entry.met),
        "status": entry.status.rawValue,
      ])
    }
  }

  /// Writes an item: its counts and the statements that cite it.
  private static func writeItem(_ name: String, _ both: ProfilePair.Both, _ w: inout XMLWriter) {
    startEntry(name, both, &w)
    for statement in both.current.statements { w.element("statement", ["ref": statement]) }
    w.end()
  }
}
