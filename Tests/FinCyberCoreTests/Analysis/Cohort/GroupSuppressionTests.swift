@testable import FinCyberCore
import Testing

/// Which groups are withheld, worked out by hand on small trees.
@Suite struct GroupSuppressionTests {
  typealias Node = GroupSuppression.Node

  /// A cohort of sectors, each of its tiers and their sizes.
  static func tree(_ sectors: [(String, [(String, Int)])]) -> Node {
    let children = sectors.map { sector, tiers in
      Node(key: sector, size: tiers.reduce(0) { $0 + $1.1 }, children: tiers.map { Node(key: $0.0, size: $0.1, children: []) })
    }
    return Node(key: "all", size: children.reduce(0) { $0 + $1.size }, children: children)
  }

  @Test func groupsBelowTheMinimumAreWithheldAndNothingElseWhenNothingCanBeSubtracted() {
    // bank 10 = 5 + 5; insurance 6 = 6; securities 2 = 2: the cohort less the two published
    // sectors is securities (2), so the smaller published sector goes too.
    let withheld = GroupSuppression.withheld(
      Self.tree([("bank", [("bank-1", 5), ("bank-2", 5)]), ("insurance", [("insurance-1", 6)]), ("securities", [("securities-1", 2)])]),
      minimum: 5)
    #expect(withheld["securities"] == .fewerThanMinimum)
    #expect(withheld["securities-1"] == .fewerThanMinimum)
    #expect(withheld["insurance"] == .protectsSmallerGroup)
    // Insurance's one tier is insurance itself: withheld with it, or the sector could be rebuilt.
    #expect(withheld["insurance-1"] == .protectsSmallerGroup)
    #expect(withheld["bank"] == nil && withheld["bank-1"] == nil && withheld["bank-2"] == nil && withheld["all"] == nil)
  }

  @Test func aSectorLessItsPublishedTiersIsNeverASmallGroup() {
    // bank 6 = 5 + 1: publishing bank-1 would give bank-3 (one bank) as bank less bank-1.
    let withheld = GroupSuppression.withheld(Self.tree([("bank", [("bank-1", 5), ("bank-3", 1)])]), minimum: 5)
    #expect(withheld == ["bank-3": .fewerThanMinimum, "bank-1": .protectsSmallerGroup])
  }

  @Test func aRemainderOfAtLeastTheMinimumIsLeftAlone() {
    // bank 12 = 7 + 2 + 3: the two small tiers together are five.
    let withheld = GroupSuppression.withheld(Self.tree([("bank", [("bank-1", 7), ("bank-2", 2), ("bank-3", 3)])]), minimum: 5)
    #expect(withheld == ["bank-2": .fewerThanMinimum, "bank-3": .fewerThanMinimum])
  }

  @Test func aCohortBelowTheMinimumWithholdsEverything() {
    let withheld = GroupSuppression.withheld(Self.tree([("bank", [("bank-1", 3)]), ("insurance", [("insurance-1", 1)])]), minimum: 5)
    #expect(withheld.count == 5)
    #expect(withheld.values.allSatisfy { $0 == .fewerThanMinimum })
  }

  @Test func everySetThatCanBeWorkedOutHoldsAtLeastTheMinimum() {
    // Exhaustively over small trees: every published group's remainder is empty or large enough.
    let sizes = [1, 2, 3, 5, 6]
    for a in sizes {
      for b in sizes {
        for c in sizes {
          for d in [0] + sizes {
            let tree = Self.tree([("s1", [("t1", a), ("t2", b)]), ("s2", [("t3", c)] + (d > 0 ? [("t4", d)] : []))])
            let withheld = GroupSuppression.withheld(tree, minimum: 5)
            func check(_ node: Node) {
              if withheld[node.key] == nil {
                #expect(node.size >= 5)
                func inside(_ node: Node) -> Int { node.children.reduce(0) { $0 + (withheld[$1.key] == nil ? $1.size : inside($1)) } }
                let remainder = node.size - inside(node)
                #expect(remainder == 0 || remainder >= 5, "\(a) \(b) \(c) \(d): \(node.key) leaves \(remainder)")
              }
              node.children.forEach(check)
            }
            check(tree)
          }
        }
      }
    }
  }
}
