/// Records ids within one scope and reports a second use.
struct UniqueIDs {
  private var seen: [String: Int] = [:]
  let what: String
  let repeated: String

  /// - Parameters:
  ///   - what: What the ids name, for messages.
  ///   - repeated: What a second use is called.
  init(_ what: String, repeated: String = "is used twice") {
    self.what = what
    self.repeated = repeated
  }

  /// Whether the id is new; a repeated id is reported on the list.
  mutating func claim(_ id: String, at element: XMLElementNode, attribute: String = "id", into list: inout DiagnosticList) -> Bool {
    if let first = seen[id] {
      list.add(element, attribute: attribute, "\(what) '\(id)' \(repeated) (first on line \(first))",
               fix: repeated == "is used twice" ? "give each \(what) its own id" : "keep one of them")
      return false
    }
    seen[id] = element.line
    return true
  }

  func contains(_ id: String) -> Bool { seen[id] != nil }

  /// Makes room for a number of ids, so that a large scope is not rehashed as it grows.
  mutating func reserveCapacity(_ count: Int) { seen.reserveCapacity(count) }
}
