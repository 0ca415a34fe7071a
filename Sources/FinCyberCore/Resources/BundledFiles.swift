import Foundation

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

  /// The path of the bundled document (the default questionnaire or the sample responses) whose
  /// bytes these are, byte for byte; nil for any other bytes, an edited copy among them.
  ///
  /// Such a document was validated against its schema when it was embedded
  /// (`Scripts/embed-resources.py` refuses an invalid one, and `BundledResourcesTests` validates
  /// each again), so the loader does not validate it once more: that is two thirds of the
  /// questionnaire's reading. A comparison of lengths, then of bytes, decides; nothing is cached.
  /// - Parameter bytes: A file's bytes.
  public static func verbatimDocument(_ bytes: [UInt8]) -> String? {
    for path in BundledResources.sha256.keys {
      let text = BundledResources.files[path]!
      guard text.utf8.count == bytes.count else { continue }
      let same = bytes.withUnsafeBytes { given in
        text.utf8.withContiguousStorageIfAvailable { bundled in
          bundled.count == 0 || memcmp(given.baseAddress!, bundled.baseAddress!, bundled.count) == 0
        } ?? bytes.elementsEqual(text.utf8)
      }
      if same { return path }
    }
    return nil
  }

  /// The SHA-256 of a file's bytes in lowercase hex, as an input's fingerprint in reports: for a
  /// bundled document given verbatim (``verbatimDocument(_:)``), the digest written when it was
  /// embedded (`BundledResourcesTests` checks each against ``SHA256/hex(_:)``); for any other
  /// bytes, computed.
  /// - Parameter bytes: The file's bytes.
  public static func sha256(of bytes: [UInt8]) -> String {
    if let path = verbatimDocument(bytes), let digest = BundledResources.sha256[path] { return digest }
    return SHA256.hex(bytes)
  }
}

/// The bundled schemas, by file name, for libxml2's entity loader.
enum BundledSchemas {
  static func text(named name: String) -> String? {
    for (path, text) in BundledResources.files where path.hasSuffix("/schema/" + name) { return text }
    return nil
  }
}
