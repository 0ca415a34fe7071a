/// Records ids within one scope and reports a second use.
struct UniqueIDs {
  private var seen: [String: Int] = [:]
  let what: String

  init(_ what: String) { self.what = what }

  /// Whether the id is new; a repeated id is reported on the list.
  mutating func claim(_ id: String, at element: XMLElementNode, attribute: String = "id", into list: inout DiagnosticList) -> Bool {
    if let first = seen[id] {
      list.add(element, attribute: attribute, "\(what) '\(id)' is used twice (first on line \(first))",
               fix: "give each \(what) its own id")
      return false
    }
    seen[id] = element.line
    return true
  }

  func contains(_ id: String) -> Bool { seen[id] != nil }
}
