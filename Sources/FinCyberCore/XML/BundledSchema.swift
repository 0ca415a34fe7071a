import CLibXML2

/// The XML Schemas that fincyber validates against, compiled once and kept for the process.
public enum BundledSchema: String, Sendable, CaseIterable {
  /// The questionnaire (maturity model) format.
  case questionnaire = "questionnaire.xsd"
  /// The response file format.
  case responses = "responses.xsd"
  /// The gap-analysis result format.
  case gapAnalysis = "gap-analysis.xsd"
  /// The improvement plan format.
  case plan = "plan.xsd"
  /// A crosswalk framework's profile (for the Roadmap model, NIST CSF 2.0).
  case profile = "profile.xsd"

  /// The namespace of the documents the schema describes.
  public var namespace: String {
    switch self {
    case .questionnaire: return "urn:fincyber:questionnaire:1"
    case .responses: return "urn:fincyber:responses:1"
    case .gapAnalysis: return "urn:fincyber:gap-analysis:1"
    case .plan: return "urn:fincyber:plan:1"
    case .profile: return "urn:fincyber:profile:1"
    }
  }

  /// The root element of the documents the schema describes.
  public var rootElement: String {
    switch self {
    case .questionnaire: return "questionnaire"
    case .responses: return "responses"
    case .gapAnalysis: return "gap-analysis"
    case .plan: return "plan"
    case .profile: return "profile"
    }
  }

  /// Where the schema lives in the source tree.
  public var schemaPath: String {
    switch self {
    case .questionnaire, .responses: return "Questionnaires/schema/\(rawValue)"
    case .gapAnalysis, .plan, .profile: return "Reports/schema/\(rawValue)"
    }
  }

  /// A short name for messages.
  public var kindName: String {
    switch self {
    case .questionnaire: return "questionnaire"
    case .responses: return "response file"
    case .gapAnalysis: return "gap analysis"
    case .plan: return "improvement plan"
    case .profile: return "crosswalk profile"
    }
  }

  /// The short name with its indefinite article, for messages: `a questionnaire`, `an improvement plan`.
  public var kindNameWithArticle: String { withIndefiniteArticle(kindName) }

  var compiled: CompiledSchema {
    switch self {
    case .questionnaire: return CompiledSchema.questionnaire
    case .responses: return CompiledSchema.responses
    case .gapAnalysis: return CompiledSchema.gapAnalysis
    case .plan: return CompiledSchema.plan
    case .profile: return CompiledSchema.profile
    }
  }
}

/// A libxml2 schema, compiled from bundled text; the pointer lives and dies with this object.
final class CompiledSchema: @unchecked Sendable {
  // libxml2 documents a compiled schema as safe to share between validation contexts.
  private let schema: xmlSchemaPtr

  static let questionnaire = CompiledSchema(.questionnaire)
  static let responses = CompiledSchema(.responses)
  static let gapAnalysis = CompiledSchema(.gapAnalysis)
  static let plan = CompiledSchema(.plan)
  static let profile = CompiledSchema(.profile)

  private init(_ kind: BundledSchema) {
    LibXML.initialize()
    let url = LibXML.schemaURLPrefix + kind.rawValue
    guard let text = BundledSchemas.text(named: kind.rawValue) else {
      preconditionFailure("the schema \(kind.rawValue) is not bundled")
    }
    let bytes = Array(text.utf8)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlReadMemory($0.baseAddress, Int32($0.count), url, "UTF-8", LibXML.parseOptions)
      }
    }
    guard let document else { preconditionFailure("the bundled schema \(kind.rawValue) is not well-formed") }
    defer { xmlFreeDoc(document) }
    guard let parser = xmlSchemaNewDocParserCtxt(document) else {
      preconditionFailure("libxml2 could not start parsing \(kind.rawValue)")
    }
    defer { xmlSchemaFreeParserCtxt(parser) }
    guard let schema = xmlSchemaParse(parser) else {
      preconditionFailure("the bundled schema \(kind.rawValue) does not compile")
    }
    self.schema = schema
  }

  deinit { xmlSchemaFree(schema) }

  /// A new validation context for this schema, sending every problem to the collector.
  ///
  /// The caller frees it with `xmlSchemaFreeValidCtxt`, and keeps the collector alive until then.
  /// - Parameter collector: Receives the validation errors.
  func newValidator(reportingTo collector: LibXMLErrorCollector) -> xmlSchemaValidCtxtPtr? {
    guard let context = xmlSchemaNewValidCtxt(schema) else { return nil }
    xmlSchemaSetValidStructuredErrors(context, LibXMLErrorCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
    return context
  }
}

/// A noun phrase with its indefinite article, for messages: `a questionnaire`, `an improvement plan`.
///
/// - Parameter noun: The noun phrase, in English, starting with a lowercase letter.
func withIndefiniteArticle(_ noun: String) -> String {
  (noun.unicodeScalars.first.map { "aeiou".unicodeScalars.contains($0) } == true ? "an " : "a ") + noun
}
