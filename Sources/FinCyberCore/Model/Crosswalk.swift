/// Another framework that a model's statements map to, such as NIST CSF 2.0, with the ids its
/// statements may cite.
public struct Crosswalk: Sendable, Hashable {
  /// The framework's id in the model, cited by `<ref framework="…">`.
  public var id: String
  /// Its name.
  public var name: LocalizedText
  /// The catalogue fincyber knows it by (`nist-csf-2.0`), when its ids come from there.
  public var catalogue: String?
  /// Every id a statement may cite, in the framework's order.
  public var ids: [String]

  /// Creates a crosswalk.
  ///
  /// - Parameters:
  ///   - id: The framework's id in the model.
  ///   - name: Its name.
  ///   - catalogue: The catalogue its ids come from, if any.
  ///   - ids: The ids statements may cite.
  public init(id: String, name: LocalizedText, catalogue: String?, ids: [String]) {
    self.id = id
    self.name = name
    self.catalogue = catalogue
    self.ids = ids
  }

  /// The ids of the catalogues fincyber knows, by catalogue name.
  public static let catalogues: [String: [String]] = [NISTCSF2.catalogueName: NISTCSF2.subcategories]
}

/// A statement's or an indicator's reference to an item of a crosswalk framework.
public struct CrosswalkReference: Sendable, Hashable {
  /// The framework's id in the model.
  public var framework: String
  /// The item's id in the framework.
  public var id: String

  /// Creates a reference.
  ///
  /// - Parameters:
  ///   - framework: The framework's id in the model.
  ///   - id: The item's id.
  public init(framework: String, id: String) {
    self.framework = framework
    self.id = id
  }
}

extension Array where Element == CrosswalkReference {
  /// The ids cited in one framework, in the order given.
  ///
  /// - Parameter framework: The framework's id in the model.
  public func ids(in framework: String) -> [String] { filter { $0.framework == framework }.map(\.id) }
}
