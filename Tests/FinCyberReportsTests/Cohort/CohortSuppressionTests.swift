import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// No cohort output publishes figures of fewer than the minimum group size (5 unless asked).
@Suite struct CohortSuppressionTests {
  /// An institution that meets its first `met` statements of the mini questionnaire.
  static func member(_ id: String, sector: String = "bank", tier: String = "bank-1", met: Int, patch: Double? = nil) throws -> CohortMember {
    let answers = Dictionary(
      uniqueKeysWithValues: ReportFixtures.mini.statements.enumerated().map { ($0.element.id, $0.offset < met ? "yes" : "no") })
    var member = try CohortTests.member(id, sector: sector, tier: tier, answers, id: id)
    if let patch { member.outcomes[1] = patch }
    return member
  }

  /// Banks of one tier, each meeting a different number of statements and patching in a different number of days.
  static func banks(_ count: Int, tier: String = "bank-1", from first: Int = 1) throws -> [CohortMember] {
    try (first..<first + count).map { try member("\(tier)-\($0)", tier: tier, met: 8 + $0, patch: Double($0)) }
  }

  /// The cohort schema in the source tree.
  static let schema = ReportFixtures.root.appendingPathComponent("Reports/schema/cohort.xsd").path

  /// The XML, checked against the schema by xmllint.
  static func validXML(_ cohort: Cohort, named: Bool = false) throws -> String {
    let bytes = try CohortWriter.xml(cohort, named: named)
    let check = try ExternalTools.xmllint(bytes, schema: schema)
    #expect(check.status == 0, "\(check.output)")
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func aGroupOfOneHasNoFiguresAndNoSize() throws {
    let insurer = try Self.member("lone", sector: "insurance", tier: "insurance-1", met: 5)
    let cohort = Cohort(try Self.banks(9) + [insurer], questionnaire: ReportFixtures.mini)
    let tier = try #require(cohort.tiers.first { $0.id == "insurance-1" })
    #expect(tier.figures == nil && tier.suppression == .fewerThanMinimum)
    let xml = try Self.validXML(cohort)
    #expect(xml.contains("format-version=\"3\"") && xml.contains("<domain id=\"D1\">") && !xml.contains("pillar"))
    #expect(xml.contains("baseline-pass-rate=\""))
    #expect(xml.contains("<suppressed-group kind=\"tier\" id=\"insurance-1\" sector=\"insurance\" reason=\"fewer-than-minimum\"/>"))
    #expect(!xml.contains("<group kind=\"tier\" id=\"insurance-1\"") && !xml.contains("<group kind=\"sector\" id=\"insurance\""))
    let html = try CohortPage().html(cohort, named: false, language: .english)
    #expect(html.contains("<h3>Large insurer</h3>\n<p class=\"note\">Fewer than 5 institutions: figures withheld.</p>\n</section>"))
    // Nor can the insurer be had by subtraction: the bank sector and its tier are withheld too.
    #expect(cohort.sectors.map(\.suppression) == [.protectsSmallerGroup, .fewerThanMinimum])
    #expect(cohort.tiers.map(\.suppression) == [.protectsSmallerGroup, .fewerThanMinimum])
  }

  @Test func aGroupOfTwoIsWithheldAndSoIsWhatItCouldBeWorkedOutFrom() throws {
    let cohort = Cohort(try Self.banks(5) + Self.banks(2, tier: "bank-3"), questionnaire: ReportFixtures.mini)
    // bank (7) less bank-1 (5) would be bank-3's two: bank-1 is withheld as well.
    #expect(cohort.tiers.map(\.suppression) == [.protectsSmallerGroup, .fewerThanMinimum])
    #expect(cohort.sectors.map(\.figures?.members) == [7])
    #expect(cohort.overall.figures?.members == 7)
    #expect(cohort.withheldGroups == 2)
    let xml = try Self.validXML(cohort)
    #expect(xml.contains("<suppressed-group kind=\"tier\" id=\"bank-1\" sector=\"bank\" reason=\"protects-smaller-group\"/>"))
    let html = try CohortPage().html(cohort, named: false, language: .traditionalChinese)
    #expect(html.contains("少於 5 家機構，數據不予公布。"))
    #expect(html.contains("為免推算出少於 5 家機構之群組數據，本群組數據不予公布。"))
  }

  @Test func aGroupOfExactlyTheMinimumIsPublished() throws {
    let cohort = Cohort(try Self.banks(5), questionnaire: ReportFixtures.mini)
    #expect(cohort.withheldGroups == 0)
    #expect(cohort.tiers.map(\.figures?.members) == [5])
    #expect(cohort.mostOftenUnmet?.isEmpty == false)
    #expect(cohort.indicators[1].values?.count == 5)
    let xml = try Self.validXML(cohort)
    #expect(xml.contains("institutions=\"5\" min-group=\"5\""))
    // One fewer and nothing is published at all, not even the cohort's size.
    let four = Cohort(try Self.banks(4), questionnaire: ReportFixtures.mini)
    #expect(four.overall.figures == nil && four.mostOftenUnmet == nil && four.indicators.allSatisfy { $0.values == nil })
    let fourXML = try Self.validXML(four)
    #expect(!fourXML.contains("institutions=") && fourXML.contains("<suppressed-unmet reason=\"fewer-than-minimum\"/>"))
    let html = try CohortPage().html(four, named: true, language: .english)
    #expect(html.contains("Institutions: fewer than 5"))
    #expect(html.contains("The cohort has fewer than 5 institutions: the statements most often unmet are withheld."))
  }

  @Test func anIndicatorNeedsTheMinimumOfInstitutionsMeasuringIt() throws {
    var members = try Self.banks(6)
    members[0].outcomes[1] = nil
    members[1].outcomes[1] = nil
    let cohort = Cohort(members, questionnaire: ReportFixtures.mini)
    #expect(cohort.indicators[1].values == nil)
    let xml = try Self.validXML(cohort)
    #expect(xml.contains("<suppressed-indicator id=\"OI.D2.PATCH\" reason=\"fewer-than-minimum\"/>"))
    #expect(Cohort(members, questionnaire: ReportFixtures.mini, minimumGroupSize: 4).indicators[1].values?.count == 4)
  }

  @Test func aPositionReportInAGroupOfTwoRevealsNothingOfTheOther() throws {
    let mine = try Self.member("mine", sector: "insurance", tier: "insurance-1", met: 12)
    let page = try CohortPage()
    var reports: [String] = []
    for other in [3, 16] {
      let theirs = try Self.member("theirs", sector: "insurance", tier: "insurance-1", met: other)
      let cohort = Cohort([mine, theirs], questionnaire: ReportFixtures.mini)
      #expect(cohort.peerComparison(of: mine).group == nil)
      #expect(cohort.peerComparison(of: mine).passedOver.map(\.kind) == ["tier", "sector", "cohort"])
      reports.append(try page.position(mine, in: cohort, language: .english))
    }
    // Whatever the other insurer answered, this one's report is the same.
    #expect(reports[0] == reports[1])
    #expect(reports[0].contains("The whole cohort has fewer than 5 institutions, so no peer figures are given."))
    #expect(!reports[0].contains("<svg"))
  }

  @Test func aPositionReportFallsBackToTheSectorThenTheCohort() throws {
    // Six bank-1 banks and one bank-3 bank: bank-1 is withheld too (the bank sector less it would
    // be the one bank-3 bank), so every bank compares with the sector.
    let lone = try Self.member("lone", tier: "bank-3", met: 4)
    let cohort = Cohort(try Self.banks(6) + [lone], questionnaire: ReportFixtures.mini)
    let comparison = cohort.peerComparison(of: lone)
    #expect(comparison.group?.kind == "sector")
    #expect(comparison.passedOver.map(\.suppression) == [.fewerThanMinimum])
    let big = try #require(cohort.members.first { $0.tier == "bank-1" })
    #expect(cohort.peerComparison(of: big).passedOver.map(\.suppression) == [.protectsSmallerGroup])
    let report = try CohortPage().position(big, in: cohort, language: .english)
    #expect(report.contains("Compared with: the institutions of the same sector (Banking) · Peers (this institution included): 7"))
    #expect(report.contains("Your tier&#39;s figures are withheld so that those of a group of fewer than 5 institutions cannot be worked out."))
  }

  @Test func setAsideFilesAreListedOnlyWhenNamed() throws {
    let members = try Self.banks(5)
    var earlier = members[0]
    earlier.period = "2026Q2"
    earlier.source = "in/bank-1-1-2026Q2.xml"
    let (latest, setAside) = LatestAssessments.split(members + [earlier])
    let cohort = Cohort(latest, questionnaire: ReportFixtures.mini, setAside: setAside)
    let named = try Self.validXML(cohort, named: true)
    #expect(named.contains("<set-aside file=\"in/bank-1-1-2026Q2.xml\" period=\"2026Q2\" kept-file=\"bank-1-1.xml\" kept-period=\"2026Q3\"/>"))
    let anonymous = try Self.validXML(cohort)
    #expect(anonymous.contains("set-aside=\"1\"") && !anonymous.contains("bank-1-1"))
    let html = try CohortPage().html(cohort, named: false, language: .english)
    #expect(html.contains("Assessments set aside because another file of the same institution is counted: 1."))
    #expect(!html.contains("bank-1-1"))
  }
}
