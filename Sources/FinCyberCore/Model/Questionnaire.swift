/// A maturity model: risk profile, targets, domains of declarative statements, outcome indicators.
public struct Questionnaire: Sendable {
  /// The questionnaire's id, stable across versions.
  public var id: String
  /// The version.
  public var version: String
  /// The date of the version, `YYYY-MM-DD`.
  public var date: String
  /// The title.
  public var title: LocalizedText
  /// What the model is, how it is built, and why.
  public var description: LocalizedText
  /// Maturity levels, lowest first.
  public var levels: [MaturityLevel]
  /// What each answer value means.
  public var answerScale: [AnswerValue: AnswerMeaning]
  /// Inherent risk levels, lowest first.
  public var riskLevels: [RiskLevel]
  /// The source documents and their measures.
  public var documents: [SourceDocument]
  /// Sectors.
  public var sectors: [Sector]
  /// Size tiers per sector, each with its minimum target per domain.
  public var tiers: [Tier]
  /// The target level each overall inherent risk level calls for, by risk id.
  public var riskTargets: [String: MaturityLevel]
  /// The inherent risk profile.
  public var riskCategories: [RiskCategory]
  /// The domains (fixed once read: statement positions index `statements`).
  public private(set) var domains: [Domain]
  /// Outcome indicators.
  public var indicators: [OutcomeIndicator]
  /// What this version changed from the one it revises, if it revises one.
  public var revision: Revision?

  /// Every statement in model order (scoring a cohort reads it for every institution, so it is
  /// stored rather than gathered on each call).
  public private(set) var statements: [Statement]
  /// The ids of every statement, for checking that an answer names one.
  public private(set) var statementIDs: Set<String>

  init(
    id: String, version: String, date: String, title: LocalizedText, description: LocalizedText, levels: [MaturityLevel],
    answerScale: [AnswerValue: AnswerMeaning], riskLevels: [RiskLevel], documents: [SourceDocument], sectors: [Sector],
    tiers: [Tier], riskTargets: [String: MaturityLevel], riskCategories: [RiskCategory], domains: [Domain],
    indicators: [OutcomeIndicator], revision: Revision?
  ) {
    (self.id, self.version, self.date, self.title, self.description) = (id, version, date, title, description)
    (self.levels, self.answerScale, self.riskLevels, self.documents, self.sectors) = (levels, answerScale, riskLevels, documents, sectors)
    (self.tiers, self.riskTargets, self.riskCategories, self.domains) = (tiers, riskTargets, riskCategories, domains)
    (self.indicators, self.revision) = (indicators, revision)
    self.statements = Self.statements(in: domains)
    self.statementIDs = Set(statements.map(\.id))
  }

  private static func statements(in domains: [Domain]) -> [Statement] {
    domains.flatMap { $0.factors.flatMap { $0.components.flatMap(\.statements) } }
  }

  /// The level with an id.
  ///
  /// - Parameter id: The level's id.
  public func level(_ id: String) -> MaturityLevel? { levels.first { $0.id == id } }

  /// The risk level with an id.
  ///
  /// - Parameter id: The risk level's id.
  public func riskLevel(_ id: String) -> RiskLevel? { riskLevels.first { $0.id == id } }

  /// The measure with an id, from any document.
  ///
  /// - Parameter id: The measure's id, e.g. `R2.4`.
  public func measure(_ id: String) -> SourceMeasure? {
    for document in documents { if let found = document.measures.first(where: { $0.id == id }) { return found } }
    return nil
  }
}

/// How a questionnaire version changed its predecessor's statements.
public struct Revision: Sendable, Hashable {
  /// The version revised.
  public var previousVersion: String
  /// Statements retired without a successor.
  public var retired: [String]
  /// Statements replaced by one new statement: old id → new id.
  public var replaced: [String: String]
  /// Statements split into several: old id → new ids.
  public var split: [String: [String]]
}

/// A source document and the measures it lists.
public struct SourceDocument: Sendable, Hashable {
  /// The role a document plays in the gap analysis.
  public enum Role: String, Sendable, Hashable {
    /// What the 2020 Action Plan required.
    case complianceBaseline = "compliance-baseline"
    /// What the 2025 Roadmap asks.
    case targetOutcomes = "target-outcomes"
  }
  public var id: String
  public var date: String
  public var role: Role
  public var title: LocalizedText
  public var measures: [SourceMeasure]
}

/// One measure of a source document, e.g. `R2.4` zero trust architecture.
public struct SourceMeasure: Sendable, Hashable {
  public var id: String
  public var documentID: String
  public var title: LocalizedText
}

/// A sector of the financial industry.
public struct Sector: Sendable, Hashable {
  public var id: String
  public var name: LocalizedText
}

/// A size tier of a sector, with the minimum target level it sets per domain.
public struct Tier: Sendable, Hashable {
  public var id: String
  public var sectorID: String
  public var name: LocalizedText
  public var criteria: LocalizedText
  /// Minimum target level by domain id.
  public var minimumTargets: [String: MaturityLevel]
}

/// A category of the inherent risk profile.
public struct RiskCategory: Sendable, Hashable {
  public var id: String
  public var name: LocalizedText
  public var activities: [RiskActivity]
}

/// An activity of the inherent risk profile, rated at one risk level.
public struct RiskActivity: Sendable, Hashable {
  public var id: String
  public var name: LocalizedText
  /// What each risk level means for this activity, by risk id.
  public var ratings: [String: LocalizedText]
}

/// A domain: one of the Roadmap's pillars.
public struct Domain: Sendable, Hashable {
  public var id: String
  public var name: LocalizedText
  public var description: LocalizedText
  public var factors: [AssessmentFactor]
}

/// An assessment factor of a domain.
public struct AssessmentFactor: Sendable, Hashable {
  public var id: String
  public var name: LocalizedText
  public var description: LocalizedText
  public var components: [Component]
}

/// A component of an assessment factor.
public struct Component: Sendable, Hashable {
  public var id: String
  public var name: LocalizedText
  public var description: LocalizedText
  public var statements: [Statement]
}

/// A declarative statement at one maturity level.
public struct Statement: Sendable, Hashable {
  public var id: String
  public var level: MaturityLevel
  /// Whether the statement restates what the compliance baseline (the Action Plan) required.
  public var isComplianceBaseline: Bool
  public var text: LocalizedText
  /// What an examiner would ask to see.
  public var evidence: LocalizedText
  /// Source measure ids.
  public var sources: [String]
  /// NIST CSF 2.0 subcategory ids.
  public var csf: [String]
  /// The position in the model, 0 for the first statement: its index in `Questionnaire.statements`.
  public var position: Int
  public var domainID: String
  public var factorID: String
  public var componentID: String
}

/// A measured outcome with a threshold per level.
public struct OutcomeIndicator: Sendable, Hashable {
  /// Which way is better.
  public enum Direction: String, Sendable, Hashable {
    case higher
    case lower
  }
  public var id: String
  public var domainID: String
  public var name: LocalizedText
  public var description: LocalizedText
  public var unit: LocalizedText
  public var better: Direction
  public var sources: [String]
  public var csf: [String]
  /// Thresholds by level, lowest level first.
  public var thresholds: [(level: MaturityLevel, value: Double)]
  /// The lowest plausible value.
  public var minimum: Double?
  /// The highest plausible value.
  public var maximum: Double?

  public static func == (lhs: OutcomeIndicator, rhs: OutcomeIndicator) -> Bool {
    lhs.id == rhs.id && lhs.domainID == rhs.domainID && lhs.better == rhs.better
      && lhs.thresholds.map(\.level) == rhs.thresholds.map(\.level) && lhs.thresholds.map(\.value) == rhs.thresholds.map(\.value)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
