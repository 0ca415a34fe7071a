/// Why a group's figures are withheld from every cohort output.
public enum Suppression: String, Sendable, Equatable {
  /// The group has fewer institutions than the minimum group size.
  case fewerThanMinimum = "fewer-than-minimum"
  /// The group is large enough, but with it published a smaller group's figures could be worked
  /// out by subtraction (a sector less its published tiers leaves the tiers withheld).
  case protectsSmallerGroup = "protects-smaller-group"
}

/// Decides which groups of a cohort are withheld, so that no figures of fewer than the minimum
/// number of institutions are published or can be worked out from those published.
///
/// Groups nest: the whole cohort holds the sectors, a sector holds its tiers. A group smaller than
/// the minimum is withheld (primary suppression). Counts and pass rates add up, so the institutions
/// of a published group that no published group inside it covers (its remainder) can be summed by
/// subtraction; while a remainder holds at least one institution and fewer than the minimum, the
/// smallest published group inside is withheld as well (complementary suppression), until the
/// remainder is empty or large enough. Every set of institutions that can then be worked out is a
/// union of published groups and remainders, each empty or at least the minimum.
enum GroupSuppression {
  /// A group and the groups directly inside it.
  struct Node {
    /// Tells the group from every other in the tree.
    var key: String
    /// How many institutions it holds.
    var size: Int
    /// The groups that split it, in the order to prefer among equals.
    var children: [Node]
  }

  /// The groups to withhold, by key, and why.
  ///
  /// - Parameters:
  ///   - root: The whole cohort.
  ///   - minimum: The smallest group whose figures may be published.
  static func withheld(_ root: Node, minimum: Int) -> [String: Suppression] {
    var withheld: [String: Suppression] = [:]
    func primary(_ node: Node) {
      if node.size < minimum { withheld[node.key] = .fewerThanMinimum }
      node.children.forEach(primary)
    }
    primary(root)
    /// The outermost published groups inside a node.
    func publishedInside(_ node: Node) -> [Node] {
      node.children.flatMap { withheld[$0.key] == nil ? [$0] : publishedInside($0) }
    }
    var changed = true
    while changed {
      changed = false
      func protect(_ node: Node) {
        if withheld[node.key] == nil {
          let inside = publishedInside(node)
          let remainder = node.size - inside.reduce(0) { $0 + $1.size }
          if remainder > 0 && remainder < minimum, let smallest = inside.min(by: { $0.size < $1.size }) {
            withheld[smallest.key] = .protectsSmallerGroup
            changed = true
          }
        }
        node.children.forEach(protect)
      }
      protect(root)
    }
    return withheld
  }
}
