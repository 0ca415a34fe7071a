import FinCyberCore

/// A form's change, in units (a statement's answer, an indicator's value, a rating, the profile)
/// that are checked one by one against the responses as they stand when the change is saved.
///
/// Every unit of a form carries, in a hidden field `version:KEY`, the ``Version`` it was rendered
/// from. A unit whose version is no longer the current one was saved meanwhile from another tab
/// or window: if the form sends it back as it was rendered (the user did not touch it), the
/// current value is kept; if the form sends the current value, there is nothing to do; otherwise
/// the two changes conflict, and the whole change is refused (``ResponseStore/SaveResult/stale(_:)``).
/// A unit sent without a version (by a script of the user's own, not by the pages) is applied.
protocol ResponsesEdit: Sendable {
  /// Each unit's key and the version of what the form sent for it, in form order.
  var sent: [(key: String, version: String)] { get }
  /// The version each unit was rendered from, by key.
  var rendered: [String: String] { get }
  /// The current version of one of this form's units.
  ///
  /// - Parameters:
  ///   - key: The unit's key.
  ///   - responses: The responses as they stand.
  func version(of key: String, in responses: Responses) -> String
  /// Puts the units named into responses.
  ///
  /// - Parameters:
  ///   - units: The keys of the units to apply.
  ///   - responses: The responses to change.
  func apply(_ units: Set<String>, to responses: inout Responses)
}

extension ResponsesEdit {
  /// Decides unit by unit against the responses as they stand: the units to apply, and those
  /// whose change conflicts with one saved meanwhile (in form order).
  ///
  /// - Parameter responses: The responses as they stand.
  func check(against responses: Responses) -> (apply: Set<String>, conflicts: [String]) {
    var apply: Set<String> = []
    var conflicts: [String] = []
    for (key, mine) in sent {
      let now = version(of: key, in: responses)
      guard let base = rendered[key], base != now else {
        apply.insert(key)
        continue
      }
      // Changed meanwhile: keep it when the form did not touch it or sends the same.
      if mine == base || mine == now { continue }
      conflicts.append(key)
    }
    return (apply, conflicts)
  }

  /// The units whose value in responses is what the form sent, with their versions: the page
  /// may take these versions as its own.
  ///
  /// - Parameter responses: The responses as they stand after the save.
  func agreeing(with responses: Responses) -> [String: String] {
    var versions: [String: String] = [:]
    for (key, mine) in sent where version(of: key, in: responses) == mine { versions[key] = mine }
    return versions
  }
}

extension FormFields {
  /// The versions a form's units were rendered from, by unit key: its `version:KEY` fields.
  var renderedVersions: [String: String] {
    var versions: [String: String] = [:]
    for (name, value) in pairs where name.hasPrefix("version:") && versions[String(name.dropFirst(8))] == nil {
      versions[String(name.dropFirst(8))] = value
    }
    return versions
  }
}
