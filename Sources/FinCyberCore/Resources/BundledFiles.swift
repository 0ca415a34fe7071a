/// Files compiled into fincyber, so that it works away from its source tree.
public enum BundledFiles {
  /// The path of the default questionnaire in the source tree.
  public static let defaultQuestionnairePath = "Questionnaires/fsc-resilience-roadmap-2.0.xml"
  /// The path of the default sample responses in the source tree.
  public static let defaultResponsesPath = "Questionnaires/samples/formosa-bank-2026Q4.xml"

  /// Every bundled file by its path in the source tree.
  public static var all: [String: String] { BundledResources.files }

  /// The text of a bundled file.
  ///
  /// - Parameter path: The file's path in the source tree, e.g. `Questionnaires/schema/responses.xsd`.
  public static func text(_ path: String) -> String? { BundledResources.files[path] }

  /// The default questionnaire's bytes.
  public static var defaultQuestionnaire: [UInt8] { Array(BundledResources.files[defaultQuestionnairePath]!.utf8) }

  /// The default sample responses' bytes.
  public static var defaultResponses: [UInt8] { Array(BundledResources.files[defaultResponsesPath]!.utf8) }
}

/// The bundled schemas, by file name, for libxml2's entity loader.
enum BundledSchemas {
  static func text(named name: String) -> String? {
    for (path, text) in BundledResources.files where path.hasSuffix("/schema/" + name) { return text }
    return nil
  }
}
