/// An element of a parsed XML document, as plain Swift values built from libxml2's parse events.
public struct XMLElementNode: Sendable, Hashable {
  /// The local name.
  public var name: String
  /// The namespace URI, or nil when the element has none.
  public var namespace: String?
  /// The attributes in document order, by qualified name (`xml:lang` keeps its prefix; others use
  /// their local name). An element has a handful, so finding one by a linear scan
  /// costs less than hashing its name: a cohort of 2,000 files reads a million.
  public var attributeList: [Attribute]
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
    self.attributeList = attributes.sorted { $0.key < $1.key }.map { Attribute(name: $0.key, value: $0.value) }
    self.children = children
    self.text = text
    self.line = line
  }

  /// An element with no attributes, children or text yet, as a parser starts it.
  init(name: String, namespace: String?, line: Int) {
    self.name = name
    self.namespace = namespace
    self.attributeList = []
    self.children = []
    self.text = ""
    self.line = line
  }

  /// The value of an attribute.
  public subscript(attribute: String) -> String? {
    for index in attributeList.indices where attributeList[index].name == attribute { return attributeList[index].value }
    return nil
  }

  /// One attribute: its qualified name (`xml:lang`, `xsi:schemaLocation`) and value.
  public struct Attribute: Sendable, Hashable {
    public var name: String
    public var value: String

    /// Creates an attribute.
    ///
    /// - Parameters:
    ///   - name: The qualified name.
    ///   - value: The value.
    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

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
