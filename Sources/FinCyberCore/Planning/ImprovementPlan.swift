/// An improvement plan: the model's remediation initiatives that close an institution's gaps, in
/// the order the prioritisation rule gives (``PlanOrder``), with what the CISO decides about each:
/// owner, budget, start and due quarter, status, and the board's decision.
///
/// `fincyber plan` writes it (`Reports/schema/plan.xsd`) from an assessment and keeps every field
/// the CISO set when it updates it from the next quarter's answers (``PlanBuilder``).
public struct ImprovementPlan: Sendable, Equatable {
  /// Where an initiative stands.
  public enum Status: String, Sendable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case done
    case dropped
  }

  /// What the board decided about an initiative.
  public struct Decision: Sendable, Equatable {
    /// The kind of decision.
    public enum Kind: String, Sendable, CaseIterable {
      case approved
      case deferred
      case rejected
    }
    public var kind: Kind
    /// The day it was taken, `YYYY-MM-DD`.
    public var date: String
    /// Who took it (the board, a committee).
    public var by: String
    /// Anything recorded with it.
    public var note: String?

    /// Creates a decision.
    public init(kind: Kind, date: String, by: String, note: String? = nil) {
      (self.kind, self.date, self.by, self.note) = (kind, date, by, note)
    }
  }

  /// A sum of money and its currency.
  public struct Budget: Sendable, Equatable {
    /// The amount, as written (a whole number or a decimal).
    public var amount: Double
    /// ISO 4217 currency code, `TWD`.
    public var currency: String

    /// Creates a budget.
    public init(amount: Double, currency: String) {
      self.amount = amount
      self.currency = currency
    }
  }

  /// A gap an initiative closes.
  public struct Closure: Sendable, Equatable, Hashable {
    /// The statement's id.
    public var statement: String
    /// Whether it is a compliance-baseline gap or a target gap.
    public var kind: Gap.Kind

    /// Creates a closure.
    public init(statement: String, kind: Gap.Kind) {
      self.statement = statement
      self.kind = kind
    }
  }

  /// One initiative in the plan.
  public struct Item: Sendable, Equatable {
    /// The model's initiative id.
    public var initiative: String
    /// The gaps it still closes, in model order; empty once all are closed.
    public var closes: [Closure]
    /// The period in which its last gap was closed, when all are.
    public var allClosedIn: String?
    /// Effort band id: the model's, unless the institution set its own (``overrides``).
    public var effort: String
    /// Cost band id, likewise.
    public var cost: String
    /// Duration in quarters, likewise.
    public var quarters: Int
    /// Which of `effort`, `cost` and `quarters` the institution set itself.
    public var overrides: Set<String>
    /// Who owns it.
    public var owner: String?
    /// Its budget.
    public var budget: Budget?
    /// The quarter it starts, `YYYYQn`.
    public var start: String?
    /// The quarter it is due, `YYYYQn`.
    public var due: String?
    public var status: Status
    public var decision: Decision?
    /// The CISO's note.
    public var note: String?

    /// Creates an item.
    public init(
      initiative: String, closes: [Closure], allClosedIn: String? = nil, effort: String, cost: String, quarters: Int,
      overrides: Set<String> = [], owner: String? = nil, budget: Budget? = nil, start: String? = nil, due: String? = nil,
      status: Status = .planned, decision: Decision? = nil, note: String? = nil
    ) {
      (self.initiative, self.closes, self.allClosedIn, self.effort, self.cost, self.quarters) = (initiative, closes, allClosedIn, effort, cost, quarters)
      (self.overrides, self.owner, self.budget, self.start, self.due) = (overrides, owner, budget, start, due)
      (self.status, self.decision, self.note) = (status, decision, note)
    }

    /// Whether it still has gaps to close and has not been dropped or finished.
    public var isOpen: Bool { !closes.isEmpty && status != .done && status != .dropped }
  }

  public var questionnaireID: String
  public var questionnaireVersion: String
  public var institutionID: String?
  public var institutionName: String
  /// The period of the assessment the plan was last brought up to date from.
  public var period: String
  /// That assessment's date.
  public var date: String
  /// The initiatives, in the order of ``PlanOrder``.
  public var items: [Item]
  /// Gaps no initiative of the model covers, in model order: the CISO plans these separately.
  public var uncovered: [Closure]

  /// Creates a plan.
  public init(
    questionnaireID: String, questionnaireVersion: String, institutionID: String?, institutionName: String, period: String,
    date: String, items: [Item], uncovered: [Closure]
  ) {
    (self.questionnaireID, self.questionnaireVersion, self.institutionID, self.institutionName) = (questionnaireID, questionnaireVersion, institutionID, institutionName)
    (self.period, self.date, self.items, self.uncovered) = (period, date, items, uncovered)
  }

  /// The items the board has not yet decided on and that still close gaps: the decisions requested.
  public var decisionsRequested: [Item] { items.filter { $0.isOpen && $0.decision == nil } }
}
