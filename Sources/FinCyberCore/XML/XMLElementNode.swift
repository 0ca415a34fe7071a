/// An element of a parsed XML document, copied out of libxml2's tree into plain Swift values.
public struct XMLElementNode: Sendable, Hashable {
  /// The local name.
  public var name: String
  /// The namespace URI, or nil when the element has none.
  public var namespace: String?
  /// Attributes by qualified name (`xml:lang` keeps its prefix; others use their local name).
  public var attributes: [String: String]
  /// Child elements, in document order.
  public var children: [XMLElementNode]
  /// The element's own text: its text and CDATA children joined, in order.
  public var text: String
  /// The 1-based line on which the element starts.
  public var line: Int

  /// Creates an element.
  ///
  /// - Parameters:
  ///   - name: The local name.
  ///   - namespace: The namespace URI.
  ///   - attributes: Attributes by name.
  ///   - children: Child elements.
  ///   - text: The element's own text.
  ///   - line: The 1-based line where it starts.
  public init(
    name: String, namespace: String? = nil, attributes: [String: String] = [:],
    children: [XMLElementNode] = [], text: String = "", line: Int = 1
  ) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.children = children
    self.text = text
    self.line = line
  }

  /// The value of an attribute.
  public subscript(attribute: String) -> String? { attributes[attribute] }

  /// The child elements with a given local name.
  ///
  /// - Parameter name: The local name to match.
  public func children(named name: String) -> [XMLElementNode] {
    children.filter { $0.name == name }
  }

  /// The first child element with a given local name.
  ///
  /// - Parameter name: The local name to match.
  public func child(named name: String) -> XMLElementNode? {
    children.first { $0.name == name }
  }
}
