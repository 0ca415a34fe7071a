import Foundation

/// A maturity model: its words, levels and answer scale; optionally a risk profile, sectors and
/// tiers, source documents and crosswalks; domains of declarative statements; outcome indicators.
///
/// Every model-specific word the product shows comes from here: the languages, what the parts
/// are called (``Vocabulary``), the sources and their roles, the levels and answer names.
public struct Questionnaire: Sendable {
  /// The questionnaire's id, stable across versions.
  public var id: String
  /// The version.
  public var version: String
  /// The date of the version, `YYYY-MM-DD`.
  public var date: String
  /// The languages every text is given in, as BCP 47 tags, the model's own first.
  public var languages: [String]
  /// The UTC offset its dates are read in (`+08:00`, `Z`): times written for it carry this zone.
  public var timeZone: String
  /// The title.
  public var title: LocalizedText
  /// What the model is, how it is built, and why.
  public var description: LocalizedText
  /// What the model calls its domains, factors, components and statements.
  public var vocabulary: Vocabulary
  /// Maturity levels, lowest first.
  public var levels: [MaturityLevel]
  /// What each answer value means.
  public var answerScale: AnswerScale
  /// Inherent risk levels, lowest first; empty when the model has no risk profile.
  public var riskLevels: [RiskLevel]
  /// The source documents and their measures; empty when the model cites none.
  public var documents: [SourceDocument]
  /// The named rules statements rest on; empty when the model names none.
  public var rules: [NamedRule] = []
  /// Defined terms; empty when the model defines none.
  public var glossary: [GlossaryTerm] = []
  /// The top of the target range each overall inherent risk level calls for, by risk id, where
  /// the model gives a range (the target is its floor, ``riskTargets``).
  public var riskTargetCeilings: [String: MaturityLevel] = [:]
  /// Other frameworks the statements map to; empty when the model declares none.
  public var crosswalks: [Crosswalk]
  /// Sectors; empty when the model has none.
  public var sectors: [Sector]
  /// Size tiers per sector, each with its minimum target per domain; empty when the model has none.
  public var tiers: [Tier]
  /// The target level each overall inherent risk level calls for, by risk id.
  public var riskTargets: [String: MaturityLevel]
  /// The inherent risk profile; empty when the model has none.
  public var riskCategories: [RiskCategory]
  /// The domains (fixed once read: statement positions index `statements`).
  public private(set) var domains: [Domain]
  /// Outcome indicators.
  public var indicators: [OutcomeIndicator]
  /// What this version changed from the one it revises, if it revises one.
  public var revision: Revision?
  /// Remediation initiatives; empty when the model groups no statements into initiatives.
  public var initiatives: [Initiative] = []
  /// The effort bands initiatives are sized in, smallest first.
  public var effortBands: [Band] = []
  /// The cost bands initiatives are priced in, smallest first.
  public var costBands: [Band] = []

  /// Every statement in model order (scoring a cohort reads it for every institution, so it is
  /// stored rather than gathered on each call).
  public private(set) var statements: [Statement]
  /// The ids of every statement, for checking that an answer names one.
  public private(set) var statementIDs: Set<String>

  init(
    id: String, version: String, date: String, languages: [String], timeZone: String, title: LocalizedText,
    description: LocalizedText, vocabulary: Vocabulary, levels: [MaturityLevel], answerScale: AnswerScale,
    riskLevels: [RiskLevel], documents: [SourceDocument], crosswalks: [Crosswalk], sectors: [Sector],
    tiers: [Tier], riskTargets: [String: MaturityLevel], riskCategories: [RiskCategory], domains: [Domain],
    indicators: [OutcomeIndicator], revision: Revision?
  ) {
    (self.id, self.version, self.date, self.title, self.description) = (id, version, date, title, description)
    (self.languages, self.timeZone, self.vocabulary, self.crosswalks) = (languages, timeZone, vocabulary, crosswalks)
    (self.levels, self.answerScale, self.riskLevels, self.documents, self.sectors) = (levels, answerScale, riskLevels, documents, sectors)
    (self.tiers, self.riskTargets, self.riskCategories, self.domains) = (tiers, riskTargets, riskCategories, domains)
    (self.indicators, self.revision) = (indicators, revision)
    self.statements = Self.statements(in: domains)
    self.statementIDs = Set(statements.map(\.id))
  }

  private static func statements(in domains: [Domain]) -> [Statement] {
    domains.flatMap { $0.factors.flatMap { $0.components.flatMap(\.statements) } }
  }

  /// Whether the model gives its texts in a language.
  ///
  /// - Parameter language: One of the languages fincyber writes.
  public func speaks(_ language: Language) -> Bool { languages.contains(language.rawValue) }

  /// The language to write in when none is asked for: the model's own, or its first that
  /// fincyber writes; nil when fincyber writes none of its languages.
  public var defaultLanguage: Language? { languages.lazy.compactMap(Language.init(rawValue:)).first }

  /// Whether the model rates an inherent risk profile (and sets targets from it).
  public var hasRiskProfile: Bool { !riskLevels.isEmpty }

  /// Whether the model sorts institutions into sectors and tiers (differentiated management).
  public var hasTiers: Bool { !tiers.isEmpty }

  /// The document whose measures rules in force require: its statements can be baseline findings.
  public var complianceBaseline: SourceDocument? { documents.first { $0.role == .complianceBaseline } }

  /// The document that sets the outcomes the model aims at.
  public var targetDocument: SourceDocument? { documents.first { $0.role == .targetOutcomes } }

  /// The initiative with an id.
  ///
  /// - Parameter id: The initiative's id.
  public func initiative(_ id: String) -> Initiative? { initiatives.first { $0.id == id } }

  /// The crosswalk with an id.
  ///
  /// - Parameter id: The framework's id in the model.
  public func crosswalk(_ id: String) -> Crosswalk? { crosswalks.first { $0.id == id } }

  /// The level with an id.
  ///
  /// - Parameter id: The level's id.
  public func level(_ id: String) -> MaturityLevel? { levels.first { $0.id == id } }

  /// The risk level with an id.
  ///
  /// - Parameter id: The risk level's id.
  public func riskLevel(_ id: String) -> RiskLevel? { riskLevels.first { $0.id == id } }

  /// The named rule with an id.
  ///
  /// - Parameter id: The rule's id.
  public func rule(_ id: String) -> NamedRule? { rules.first { $0.id == id } }

  /// The defined terms a statement uses: those whose name, in the language asked, appears in the
  /// statement's text or condition in that language, in the glossary's order. In English a name
  /// matches as whole words, in any case, its plural included (`critical services`), so that `RTO`
  /// is not found inside another word; in Chinese, anywhere. This is the one rule that decides
  /// which definitions are shown beside a statement.
  ///
  /// - Parameters:
  ///   - statement: The statement.
  ///   - language: The language the statement is read in.
  public func glossaryTerms(usedIn statement: Statement, language: Language) -> [GlossaryTerm] {
    let text = statement.text.text(language) + "\n" + (statement.condition.isEmpty ? "" : statement.condition.text(language))
    return glossary.filter { term in
      let name = term.name.text(language)
      guard !name.isEmpty else { return false }
      guard language == .english else { return text.contains(name) }
      let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: name) + "(?:e?s)?(?![\\p{L}\\p{N}])"
      return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }
  }

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
    /// What rules in force require (for the Roadmap model, the 2020 Action Plan).
    case complianceBaseline = "compliance-baseline"
    /// The outcomes the model aims at (for the Roadmap model, the 2025 Roadmap).
    case targetOutcomes = "target-outcomes"
    /// A document cited for reference only.
    case reference
  }
  public var id: String
  public var date: String
  public var role: Role
  public var title: LocalizedText
  /// The title as a sentence names it ("the 2020 Action Plan").
  public var shortTitle: LocalizedText
  public var measures: [SourceMeasure]
}

/// One measure of a source document, e.g. `R2.4` zero trust architecture.
public struct SourceMeasure: Sendable, Hashable {
  /// What a measure obliged an institution to do.
  public enum Force: String, Sendable, Hashable, CaseIterable {
    /// The regulator required it (已要求, 令釋).
    case required
    /// An association made it a self-regulatory rule, binding on its members (自律規範, 作業基準).
    case selfRegulatoryRule = "self-regulatory-rule"
    /// A reference guide: guidance, not binding (參考指引, 參考規範).
    case referenceGuide = "reference-guide"
    /// The regulator encouraged it (鼓勵).
    case encouraged
    /// The regulator promoted it (推動).
    case promoted
    /// The regulator's (or F-ISAC's) own activity.
    case regulatorActivity = "regulator-activity"

    /// Whether a measure of this force binds an institution, so that its unmet statement can be a
    /// compliance-baseline finding.
    public var binds: Bool { self == .required || self == .selfRegulatoryRule }
  }
  public var id: String
  public var documentID: String
  public var title: LocalizedText
  /// What it obliged, when the model says.
  public var force: Force? = nil
}

/// A named rule a statement rests on: a regulation, a self-regulatory rule, or a reference guide.
public struct NamedRule: Sendable, Hashable {
  /// What kind of rule it is.
  public enum Kind: String, Sendable, Hashable {
    case regulation
    case selfRegulatoryRule = "self-regulatory-rule"
    case referenceGuide = "reference-guide"

    /// Whether it binds an institution (a regulation, or a self-regulatory rule for its members).
    public var binds: Bool { self != .referenceGuide }
  }
  public var id: String
  public var kind: Kind
  public var title: LocalizedText
  /// Who issued it; empty when the model does not say.
  public var issuer: LocalizedText
}

/// A defined term of the model, shown where it appears.
public struct GlossaryTerm: Sendable, Hashable {
  public var id: String
  /// The term as it is written in the statements, in each language.
  public var name: LocalizedText
  public var definition: LocalizedText
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

/// A domain (what the model calls a domain: the Roadmap model's pillars).
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
  /// Whether the statement restates what the model's compliance baseline requires.
  public var isComplianceBaseline: Bool
  public var text: LocalizedText
  /// What an examiner would ask to see; empty when the model gives no evidence guidance.
  public var evidence: LocalizedText
  /// Source measure ids.
  public var sources: [String]
  /// The items of crosswalk frameworks the statement maps to.
  public var references: [CrosswalkReference]
  /// Named rule ids.
  public var rules: [String] = []
  /// How to answer when the event the statement depends on did not happen in the period; empty
  /// when the statement depends on no event.
  public var condition: LocalizedText = LocalizedText()
  /// The model's own remark on the statement; empty when there is none.
  public var note: LocalizedText = LocalizedText()
  /// Whether it is an act of sharing, presenting or hosting for others rather than a practice.
  public var isSharing: Bool = false
  /// Whether only another party's decision can meet it.
  public var dependsOnOthers: Bool = false
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
  /// The items of crosswalk frameworks the indicator maps to.
  public var references: [CrosswalkReference]
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
