@testable import FinCyberCore
import Foundation
import Testing

/// The rules every questionnaire under Questionnaires/ keeps (see Questionnaires/README.md): those of
/// every version, those of the 1.x grid, and from 2.0.0 on the rules of issue 15 (`RoadmapRules`).
@Suite struct QuestionnaireContentTests {
  static let shared = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

  /// Every questionnaire file directly under Questionnaires/.
  static let files: [String] = {
    let folder = Fixtures.packageRoot.appendingPathComponent("Questionnaires")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".xml") }.sorted().map { "Questionnaires/" + $0 }
  }()

  /// The measure ids the seeds README catalogues: R1.1 … R4.4 and A1.1 … A4.3.
  static let catalogue: [String] = {
    let text = (try? String(contentsOf: shared.appendingPathComponent("seeds/README.md"), encoding: .utf8)) ?? ""
    let ids = text.matches(of: /`([RA][0-9]\.[0-9])`/).map { String($0.output.1) }
    return Array(Set(ids)).sorted()
  }()

  /// The active subcategories of NIST's CSF 2.0 catalog: `subcategory` controls with an `example` part.
  static let activeCSF: Set<String> = {
    let catalog = shared.appendingPathComponent("reference/nist-csf-2.0/NIST_CSF_v2.0_catalog.xml").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments = [
      "--nonet", "--xpath",
      "//*[local-name()='control'][@class='subcategory'][*[local-name()='part'][@name='example']]/*[local-name()='prop'][@name='label']/@value",
      catalog,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try? process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return Set(output.matches(of: /value="([A-Z]{2}\.[A-Z]{2}-[0-9]{2})"/).map { String($0.output.1) })
  }()

  static func load(_ relative: String) throws -> Questionnaire {
    try Loader.questionnaire(at: Fixtures.packageRoot.appendingPathComponent(relative).path)
  }

  /// Questionnaires/README.md, which names every CSF subcategory a version leaves uncited.
  static let readme = (try? String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Questionnaires/README.md"), encoding: .utf8)) ?? ""

  /// Whether a version is of the 1.x grid, whose rules issue 15 overturned for 2.0.0 and later.
  static func isGrid(_ questionnaire: Questionnaire) -> Bool { questionnaire.version.hasPrefix("1.") || questionnaire.version.hasPrefix("0.") }

  @Test func referenceDataIsThere() {
    #expect(Self.catalogue.count == 39, "R1.1–R4.4 and A1.1–A4.3 from ../shared/seeds/README.md")
    #expect(Self.activeCSF.count == 106, "the active CSF 2.0 subcategories from ../shared/reference")
    #expect(!Self.files.isEmpty)
  }

  @Test(arguments: files)
  func structureAndCounts(_ file: String) throws {
    let questionnaire = try Self.load(file)
    #expect(questionnaire.levels.map(\.id) == ["baseline", "evolving", "intermediate", "advanced", "innovative"])
    #expect(questionnaire.domains.map(\.id) == ["P1", "P2", "P3", "P4"])
    #expect((300...500).contains(questionnaire.statements.count), "\(questionnaire.statements.count) statements")
    for domain in questionnaire.domains {
      let components = domain.factors.flatMap(\.components)
      #expect((4...5).contains(domain.factors.count), "\(domain.id): \(domain.factors.count) factors")
      guard Self.isGrid(questionnaire) else { continue }  // 2.0.0 on: RoadmapRules.componentProblems
      #expect((10...14).contains(components.count), "\(domain.id): \(components.count) components")
      for component in components {
        let levels = Set(component.statements.map(\.level.id))
        #expect(levels.count == 5, "\(component.id) has statements at \(levels.sorted()) only")
      }
    }
    let activities = questionnaire.riskCategories.flatMap(\.activities)
    #expect((30...40).contains(activities.count), "\(activities.count) inherent-risk activities")
    #expect((4...6).contains(questionnaire.riskCategories.count))
    for activity in activities {
      #expect(Set(activity.ratings.keys) == Set(questionnaire.riskLevels.map(\.id)), "\(activity.id) lacks a rating description")
    }
    #expect((10...15).contains(questionnaire.indicators.count))
    for domain in questionnaire.domains {
      #expect(questionnaire.indicators.filter { $0.domainID == domain.id }.count >= 2, "\(domain.id) has fewer than two outcome indicators")
    }
    #expect(Set(questionnaire.sectors.map(\.id)) == ["bank", "securities-futures", "insurance", "other"])
    for sector in questionnaire.sectors {
      let tiers = questionnaire.tiers.filter { $0.sectorID == sector.id }
      #expect(tiers.count >= 2, "\(sector.id) has one size tier only")
      for tier in tiers { #expect(Set(tier.minimumTargets.keys) == ["P1", "P2", "P3", "P4"], "\(tier.id)") }
    }
  }

  @Test(arguments: files)
  func everyStatementIsCompleteInBothLanguages(_ file: String) throws {
    let questionnaire = try Self.load(file)
    for statement in questionnaire.statements {
      for language in Language.allCases {
        #expect(!(statement.text.values[language.rawValue] ?? "").isEmpty, "\(statement.id) text \(language.rawValue)")
        #expect(!(statement.evidence.values[language.rawValue] ?? "").isEmpty, "\(statement.id) evidence \(language.rawValue)")
      }
      #expect(!statement.text.text(.english).hasSuffix("?"), "\(statement.id) is a question")
      #expect(!statement.text.text(.traditionalChinese).hasSuffix("？"), "\(statement.id) is a question")
      if Self.isGrid(questionnaire) { #expect(!statement.sources.isEmpty, "\(statement.id) cites no source measure") }
      #expect(!statement.references.ids(in: "csf").isEmpty, "\(statement.id) cites no CSF subcategory")
    }
  }

  @Test(arguments: files)
  func statementIDsFollowThePattern(_ file: String) throws {
    // {pillar}.{factor}.{component}.{level code}.{n}, e.g. P2.ZT.ZA.Int.1 (Questionnaires/README.md).
    let questionnaire = try Self.load(file)
    for statement in questionnaire.statements {
      let match = statement.id.wholeMatch(of: /(P[1-4])\.([A-Z]{2})\.([A-Z]{2})\.(B|E|Int|A|Inn)\.([1-9][0-9]*)/)
      #expect(match != nil, "\(statement.id) does not follow the pattern")
      guard let match else { continue }
      #expect(String(match.output.1) == statement.domainID)
      #expect("\(match.output.1).\(match.output.2)" == statement.factorID)
      #expect("\(match.output.1).\(match.output.2).\(match.output.3)" == statement.componentID)
      #expect(String(match.output.4) == statement.level.code, "\(statement.id) is at level \(statement.level.id)")
    }
  }

  @Test(arguments: files)
  func everyCatalogueMeasureIsServedAtTwoLevelsOrMore(_ file: String) throws {
    let questionnaire = try Self.load(file)
    guard Self.isGrid(questionnaire) else { return }  // 2.0.0 on: RoadmapRules.measureProblems
    var levels: [String: Set<String>] = [:]
    for statement in questionnaire.statements {
      for source in statement.sources { levels[source, default: []].insert(statement.level.id) }
    }
    for measure in Self.catalogue {
      #expect((levels[measure]?.count ?? 0) >= 2, "\(measure) is served at \(levels[measure]?.sorted() ?? [])")
    }
  }

  @Test(arguments: files)
  func everyCSFReferenceIsAnActiveSubcategory(_ file: String) throws {
    let questionnaire = try Self.load(file)
    let used = Set(questionnaire.statements.flatMap { $0.references.ids(in: "csf") } + questionnaire.indicators.flatMap { $0.references.ids(in: "csf") })
    #expect(used.subtracting(Self.activeCSF).isEmpty, "not active in CSF 2.0: \(used.subtracting(Self.activeCSF).sorted())")
  }

  @Test(arguments: files)
  func complianceBaselineStatementsCiteTheActionPlan(_ file: String) throws {
    let questionnaire = try Self.load(file)
    let baseline = questionnaire.statements.filter(\.isComplianceBaseline)
    // 1.x flagged at least 20; from 2.0.0 the flag marks only what a rule requires (RoadmapRules.flagProblems).
    if Self.isGrid(questionnaire) { #expect(baseline.count >= 20) }
    for statement in baseline {
      #expect(statement.level.id == "baseline", "\(statement.id)")
      #expect(statement.sources.contains { $0.hasPrefix("A") }, "\(statement.id) cites no Action Plan measure")
    }
  }

  @Test(arguments: files)
  func thresholdsClimbInTheBetterDirection(_ file: String) throws {
    let questionnaire = try Self.load(file)
    for indicator in questionnaire.indicators {
      #expect(indicator.thresholds.count == 5, "\(indicator.id)")
      let values = indicator.thresholds.map(\.value)
      let ordered = zip(values, values.dropFirst()).allSatisfy { indicator.better == .higher ? $0 < $1 : $0 > $1 }
      #expect(ordered, "\(indicator.id): \(values)")
      #expect(indicator.minimum != nil && indicator.maximum != nil, "\(indicator.id) has no plausible range")
    }
  }

  @Test(arguments: files)
  func descriptionSaysHowDifferentiatedManagementAndQuarterlyReviewAreServed(_ file: String) throws {
    let questionnaire = try Self.load(file)
    let english = questionnaire.description.text(.english)
    #expect(english.contains("RP.5") && english.contains("RP.6"))
  }

  /// The rules of issue 15, for 2.0.0 and later.
  static func rules2(_ questionnaire: Questionnaire) -> [(name: String, problems: [String])] {
    [
      ("compliance-baseline flag", RoadmapRules.flagProblems(questionnaire)),
      ("computed targets", RoadmapRules.computedTargetProblems(questionnaire)),
      ("conditions", RoadmapRules.conditionProblems(questionnaire)),
      ("glossary", RoadmapRules.glossaryProblems(questionnaire)),
      ("CSF coverage", RoadmapRules.csfProblems(questionnaire, active: activeCSF, readme: readme)),
      ("depends on others", RoadmapRules.dependenceProblems(questionnaire)),
      ("sharing", RoadmapRules.sharingProblems(questionnaire)),
      ("smallest tier", RoadmapRules.smallestTierProblems(questionnaire)),
      ("components", RoadmapRules.componentProblems(questionnaire)),
      ("source measures", RoadmapRules.sourceProblems(questionnaire)),
      ("measures", RoadmapRules.measureProblems(questionnaire, catalogue: catalogue)),
    ]
  }

  @Test(arguments: files)
  func theRulesOfIssue15HoldFromVersion2(_ file: String) throws {
    let questionnaire = try Self.load(file)
    guard !Self.isGrid(questionnaire) else { return }
    for rule in Self.rules2(questionnaire) {
      #expect(rule.problems.isEmpty, "\(rule.name): \(rule.problems.joined(separator: "\n"))")
    }
  }

  /// Each rule of issue 15 that 1.1.0 broke finds it there (the smallest tier's minimums and the
  /// notes on statements without a source measure 1.1.0 already kept).
  @Test func theRulesOfIssue15CatchWhat1_1Broke() throws {
    let questionnaire = try Self.load("Questionnaires/fsc-resilience-roadmap-1.1.xml")
    let kept: Set<String> = ["source measures"]
    for rule in Self.rules2(questionnaire) where !kept.contains(rule.name) {
      #expect(!rule.problems.isEmpty, "\(rule.name) finds nothing in 1.1.0")
    }
    let flags = RoadmapRules.flagProblems(questionnaire)
    #expect(flags.contains { $0.hasPrefix("P4.BC.MS.B.1 ") }, "ISO 22301 rests on an encouraged measure")
    #expect(RoadmapRules.computedTargetProblems(questionnaire).contains { $0.hasSuffix("computes innovative") })
    #expect(RoadmapRules.smallestTierProblems(questionnaire).contains { $0.hasPrefix("P1.RM.IS.B.1 ") }, "ISO/IEC 27001 at Baseline")
    #expect(RoadmapRules.sharingProblems(questionnaire).contains { $0.hasPrefix("P1: ") }, "five of P1's eleven")
  }
}
