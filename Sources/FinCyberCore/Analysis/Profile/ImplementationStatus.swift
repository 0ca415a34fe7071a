/// How far a crosswalk item (a NIST CSF 2.0 subcategory, say) is implemented, as derived from the
/// answers to the statements that cite it: the one rule, written here.
///
/// In the manner of C2M2's implementation levels, by the share of the citing statements that are
/// met, statements answered as excluded (not applicable) left out and unanswered ones counted as
/// not met:
/// - **fully implemented**: every applicable citing statement is met;
/// - **largely implemented**: at least three quarters are;
/// - **partially implemented**: at least one is;
/// - **not implemented**: none is;
/// - **not applicable**: statements cite it, and every one is excluded;
/// - **not assessed**: no statement of the model cites it. A profile derived from a maturity
///   self-assessment says nothing about what the model does not ask, and never calls it
///   implemented.
public enum ImplementationStatus: String, Sendable, CaseIterable, Comparable {
  case notAssessed = "not-assessed"
  case notApplicable = "not-applicable"
  case notImplemented = "not-implemented"
  case partiallyImplemented = "partially-implemented"
  case largelyImplemented = "largely-implemented"
  case fullyImplemented = "fully-implemented"

  /// The share of applicable statements met at or above which an item is largely implemented.
  public static let largelyThreshold = 0.75

  /// The status of an item from its citing statements' counts.
  ///
  /// - Parameters:
  ///   - citing: How many statements cite the item.
  ///   - applicable: How many of them are applicable (not excluded).
  ///   - met: How many of the applicable ones are met.
  public init(citing: Int, applicable: Int, met: Int) {
    if citing == 0 {
      self = .notAssessed
    } else if applicable == 0 {
      self = .notApplicable
    } else if met == applicable {
      self = .fullyImplemented
    } else if Double(met) >= Self.largelyThreshold * Double(applicable) {
      self = .largelyImplemented
    } else if met > 0 {
      self = .partiallyImplemented
    } else {
      self = .notImplemented
    }
  }

  /// Statuses order from not assessed to fully implemented.
  public static func < (lhs: ImplementationStatus, rhs: ImplementationStatus) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
