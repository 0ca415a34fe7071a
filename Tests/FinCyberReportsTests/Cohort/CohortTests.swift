import FinCyberCore
import FinCyberReports
import Testing

@Suite struct FiveNumbersTests {
  @Test func quartilesInterpolateBetweenOrderStatistics() throws {
    // h = (n − 1)·p over 1, 2, 3, 4: Q1 at 0.75 → 1.75, median at 1.5 → 2.5, Q3 at 2.25 → 3.25.
    let summary = try #require(FiveNumbers([4, 1, 3, 2]))
    #expect([summary.minimum, summary.lowerQuartile, summary.median, summary.upperQuartile, summary.maximum] == [1, 1.75, 2.5, 3.25, 4])
    #expect(summary.count == 4)
  }

  @Test func oneValueIsEveryQuartile() throws {
    let summary = try #require(FiveNumbers([7]))
    #expect([summary.minimum, summary.lowerQuartile, summary.median, summary.upperQuartile, summary.maximum] == [7, 7, 7, 7, 7])
    #expect(FiveNumbers([]) == nil)
  }
}

/// A cohort of four, worked out by hand (targets with nothing rated come from the tier alone):
/// - A, bank-1 (D1 ≥ intermediate, D2 ≥ evolving): every statement met.
/// - B, bank-1: all met but D1.GV.BO.B.2 (a baseline-level statement without the compliance flag).
/// - C, bank-3 (D1 ≥ baseline, D2 none → baseline): nothing met.
/// - D, insurance-1 (D1, D2 ≥ evolving): all met but D2.PR.ZT.E.1.
@Suite struct CohortTests {
  static func member(
    _ name: String, sector: String, tier: String, _ answers: [String: String], period: String = "2026Q3", id: String? = nil,
    source: String? = nil
  ) throws -> CohortMember {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="mini" questionnaire-version="1">
        <institution\(id.map { " id=\"\($0)\"" } ?? (source == nil ? " id=\"\(name)\"" : "")) sector="\(sector)" tier="\(tier)"><name>\(name)</name></institution>
        <assessment date="2026-12-31" period="\(period)"><assessor>Coach</assessor></assessment>
        <answers>

      """
    for statement in ReportFixtures.mini.statements {
      xml += "    <answer statement=\"\(statement.id)\" value=\"\(answers[statement.id] ?? "yes")\"/>\n"
    }
    xml += "  </answers>\n</responses>\n"
    let responses = try Loader.responses(Array(xml.utf8), path: "\(name).xml", for: ReportFixtures.mini)
    return CohortMember(Scorer.score(responses, against: ReportFixtures.mini), source: source ?? "\(name).xml")
  }

  /// The cohort of four, with groups of two published (groups of one are still withheld).
  static func cohort() throws -> Cohort {
    let none = Dictionary(uniqueKeysWithValues: ReportFixtures.mini.statements.map { ($0.id, "no") })
    return Cohort(
      [
        try member("D", sector: "insurance", tier: "insurance-1", ["D2.PR.ZT.E.1": "no"]),
        try member("A", sector: "bank", tier: "bank-1", [:]),
        try member("C", sector: "bank", tier: "bank-3", none),
        try member("B", sector: "bank", tier: "bank-1", ["D1.GV.BO.B.2": "no"]),
      ], questionnaire: ReportFixtures.mini, minimumGroupSize: 2)
  }

  @Test func percentToTargetQuartilesPerPillar() throws {
    let cohort = try Self.cohort()
    // D1: A 100, B 6/7 (85.71), C 0/3, D 100 → sorted 0, 85.71, 100, 100.
    let d1 = try #require(cohort.overall.figures?.domains[0].percentToTarget)
    #expect(d1.minimum == 0)
    #expect(abs(d1.lowerQuartile - 0.75 * 600.0 / 7.0) < 1e-9)
    #expect(abs(d1.median - (600.0 / 7.0 + 100) / 2) < 1e-9)
    #expect(d1.upperQuartile == 100)
    // D2: A 100, B 100, C 0, D 1/2 → sorted 0, 50, 100, 100: Q1 37.5, median 75, Q3 100.
    let d2 = try #require(cohort.overall.figures?.domains[1].percentToTarget)
    #expect([d2.minimum, d2.lowerQuartile, d2.median, d2.upperQuartile, d2.maximum] == [0, 37.5, 75, 100, 100])
  }

  @Test func achievedLevelsAndBaselinePassRate() throws {
    let cohort = try Self.cohort()
    // D1: A and D innovative; B (BO.B.2 unmet) and C below baseline.
    #expect(cohort.overall.figures?.domains[0].achievedCounts == [2, 0, 0, 0, 0, 2])
    // Compliance baseline (BO.B.1, RM.B.1, ZT.B.1): only C fails.
    #expect(cohort.overall.figures?.baselinePassRate == 75)
    #expect(cohort.overall.figures?.members == 4)
  }

  @Test func groupsBySectorAndTier() throws {
    let cohort = try Self.cohort()
    #expect(cohort.sectors.map(\.id) == ["bank", "insurance"])
    #expect(cohort.tiers.map(\.id) == ["bank-1", "bank-3", "insurance-1"])
    #expect(cohort.tiers.map(\.sector) == ["bank", "bank", "insurance"])
    // A and B, bank-1: the one group of two inside the cohort; D2 100 both.
    #expect(cohort.tiers[0].figures?.members == 2)
    #expect(cohort.tiers[0].figures?.domains[1].percentToTarget?.median == 100)
    // C and D are alone in their tiers, D in its sector; the bank sector (A, B, C) is withheld
    // too, or the cohort less the bank sector would be D.
    #expect(cohort.tiers.map(\.suppression) == [nil, .fewerThanMinimum, .fewerThanMinimum])
    #expect(cohort.sectors.map(\.suppression) == [.protectsSmallerGroup, .fewerThanMinimum])
    #expect(cohort.sectors.allSatisfy { $0.figures == nil })
  }

  @Test func statementsMostOftenUnmet() throws {
    let unmet = try #require(try Self.cohort().mostOftenUnmet)
    // BO.B.2 (B, C) and ZT.E.1 (C, D) twice; the rest once (C), in model order.
    #expect(unmet.prefix(3).map(\.statement.id) == ["D1.GV.BO.B.2", "D2.PR.ZT.E.1", "D1.GV.BO.B.1"])
    #expect(unmet.prefix(3).map(\.unmet) == [2, 2, 1])
    #expect(unmet.count == 10)
  }

  @Test func peersShareSectorAndTier() throws {
    let cohort = try Self.cohort()
    let b = try #require(cohort.members.first { $0.name == "B" })
    #expect(cohort.peers(of: b).map(\.name).sorted() == ["A", "B"])
    // The peer summary a position report reads: A and B only. D1: A 100, B 6/7.
    let comparison = cohort.peerComparison(of: b)
    #expect(comparison.passedOver.isEmpty)
    let group = try #require(comparison.group?.figures)
    #expect(group.members == 2)
    let d1 = try #require(group.domains[0].percentToTarget)
    #expect(abs(d1.minimum - 600.0 / 7) < 1e-9)
    #expect(abs(d1.median - (600.0 / 7 + 100) / 2) < 1e-9)
    #expect(d1.maximum == 100)
  }

  @Test func achievedLevelQuartilesAreLevelsSomeoneReached() throws {
    // Below baseline once, evolving twice, intermediate once: ranks −1, 1, 1, 2. Nearest rank of
    // four: Q1 the 1st, the median the 2nd, Q3 the 3rd.
    let summary = try #require(LevelSummary(counts: [1, 0, 2, 1, 0, 0]))
    #expect(summary.all == [-1, -1, 1, 1, 2])
    #expect(LevelSummary(counts: [0, 0, 0, 0, 0, 0]) == nil)
    // The cohort of four, D1: A and D innovative, B and C below baseline.
    let counts = try #require(try Self.cohort().overall.figures?.domains[0].achievedCounts)
    let d1 = try #require(LevelSummary(counts: counts))
    #expect(d1.all == [-1, -1, -1, 4, 4])
  }

  @Test func eachInstitutionCountsOnceAtItsLatestPeriod() throws {
    let all = [
      try Self.member("A", sector: "bank", tier: "bank-1", [:], period: "2026Q1", source: "a1.xml").withID("A"),
      try Self.member("B", sector: "bank", tier: "bank-1", [:], period: "2026Q3", source: "b3.xml").withID("B"),
      try Self.member("A", sector: "bank", tier: "bank-1", [:], period: "2026Q4", source: "a4.xml").withID("A"),
      try Self.member("A", sector: "bank", tier: "bank-1", [:], period: "2026Q2", source: "a2.xml").withID("A"),
      // No id: known by name; the same period twice keeps the first file.
      try Self.member("X", sector: "insurance", tier: "insurance-1", [:], source: "x-first.xml"),
      try Self.member("X", sector: "insurance", tier: "insurance-1", [:], source: "x-second.xml"),
    ]
    let (latest, setAside) = LatestAssessments.split(all)
    #expect(latest.map(\.source) == ["a4.xml", "b3.xml", "x-first.xml"])
    #expect(setAside.map(\.member.source) == ["a1.xml", "a2.xml", "x-second.xml"])
    #expect(setAside.map(\.keptSource) == ["a4.xml", "a4.xml", "x-first.xml"])
    #expect(setAside.map(\.keptPeriod) == ["2026Q4", "2026Q4", "2026Q3"])
  }

  @Test func theCohortPageDrawsAchievedLevelsAsBoxPlots() throws {
    let html = try CohortPage().html(try Self.cohort(), named: false, language: .english)
    #expect(html.contains("Distribution of achieved level by pillar"))
    // D1 over the whole cohort: the data table names the five levels.
    #expect(html.contains("<td>Below Baseline</td><td>Below Baseline</td><td>Below Baseline</td><td>Innovative</td><td>Innovative</td>"))
  }
}

extension CohortMember {
  fileprivate func withID(_ id: String) -> CohortMember {
    var copy = self
    copy.id = id
    return copy
  }
}
