import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// A model that lacks every optional part gets no claim about any of them, and none of its outputs
/// says a word of the Roadmap model: every word comes from the model itself.
@Suite struct BareModelReportTests {
  /// Words that only the Roadmap model (or a report written for it alone) would put in an output.
  static let roadmapWords = [
    "pillar", "Pillar", "Roadmap", "Action Plan", "2020", "2025", "five cumulative", "Innovative", "CSF", "NIST", "differentiated", "cybersecurity resilience", "Cybersecurity resilience",
    "支柱", "藍圖", "行動方案", "五個累進", "差異化", "金融資安", "資安韌性",
  ]
  /// The Roadmap model's names for its lowest level and its answers, which prose must take from the
  /// model (the data formats' own tokens, such as `below-baseline` or `excluded`, are not prose).
  static let roadmapNames = ["Baseline", "baseline", "not applicable", "Not applicable", "Unanswered", "unanswered", "excluded", "基準", "不適用", "未作答"]

  /// The words of an output that only the Roadmap model would say, and any placeholder left unfilled.
  static func offenders(_ text: String, prose: Bool) -> [String] {
    (roadmapWords + (prose ? roadmapNames : [])).filter { text.contains($0) } + (text.contains("{") ? ["{"] : [])
  }

  /// A word with what stands before it, to show where an output says it.
  static func context(_ word: String, in text: String) -> String {
    guard let range = text.range(of: word) else { return word }
    return String(text[(text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex)..<range.upperBound])
  }

  static func allOutputs(_ language: Language) throws -> [(name: String, text: String)] {
    let input = try BareModel.input(domains: 5, languages: ["zh-TW", "en"], period: "2026Q2", date: "2026-06-30")
    let earlier = try BareModel.input(domains: 5, languages: ["zh-TW", "en"])
    let files = try ReportSet.files(input, previous: earlier.assessment, language: language, page: GapReportPage(), oscal: true)
    let trend = try Trend([GapAnalysis(earlier), GapAnalysis(input)], sources: ["q1.xml", "q2.xml"])
    let cohort = try Self.cohort()
    let page = try CohortPage()
    return files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) } + [
      ("summary", SummaryTable.text(input.assessment, language: language)),
      ("trend.html", try TrendPage().html(trend, questionnaire: input.assessment.questionnaire, language: language)),
      ("trend.xml", String(decoding: try TrendWriter.xml(trend), as: UTF8.self)),
      ("cohort.html", try page.html(cohort, named: true, language: language)),
      ("cohort.xml", String(decoding: try CohortWriter.xml(cohort, named: true), as: UTF8.self)),
      ("position.html", try page.position(cohort.members[0], in: cohort, language: language)),
    ]
  }

  static func cohort() throws -> Cohort {
    let members = try (1...6).map { index in
      let input = try BareModel.input(domains: 5, languages: ["zh-TW", "en"], institution: "Credit union \(index)")
      return CohortMember(input.assessment, source: "cu-\(index).xml")
    }
    return Cohort(members, questionnaire: try BareModel.load(domains: 5, languages: ["zh-TW", "en"]).model)
  }

  @Test(arguments: Language.allCases)
  func noOutputSaysARoadmapWordOrLeavesAPlaceholder(_ language: Language) throws {
    for (name, text) in try Self.allOutputs(language) {
      let body = name.hasSuffix(".html") ? String(text[text.range(of: "</style>")!.upperBound...]) : text
      let offenders = Self.offenders(body, prose: !name.hasSuffix(".xml"))
      #expect(offenders.isEmpty, "\(name) says \(offenders.map { Self.context($0, in: body) })")
    }
  }

  @Test func everyXMLOutputIsValidAgainstItsSchema() throws {
    let schemas = [
      "gap-report.xml": "Reports/schema/gap-analysis.xsd", "trend.xml": "Reports/schema/trend.xsd", "cohort.xml": "Reports/schema/cohort.xsd",
    ]
    let outputs = try Self.allOutputs(.english)
    for (name, schema) in schemas {
      let text = try #require(outputs.first { $0.name == name }?.text)
      let result = try ExternalTools.xmllint(Array(text.utf8), schema: ReportFixtures.root.appendingPathComponent(schema).path)
      #expect(result.status == 0, "\(name): \(result.output.prefix(1500))")
    }
    let oscal = try #require(outputs.first { $0.name == "assessment-results.oscal.xml" }?.text)
    let result = try ExternalTools.xmllint(Array(oscal.utf8), schema: AssessmentResultsWriterTests.schema)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func theGapReportLeavesOutWhatTheModelLacks() throws {
    let html = try GapReportPage().html(try BareModel.input(domains: 5), language: .english)
    // No sources: no compliance-baseline section, status or column, no source measures.
    #expect(!html.contains("id=\"baseline\"") && !html.contains("Compliance") && !html.contains("Source measures"))
    // No crosswalk and no evidence guidance: no line for either on a gap.
    #expect(!html.contains("What an examiner asks to see"))
    let gapFields = Set(html.split(separator: "<article").dropFirst().flatMap { $0.matches(of: /<dt>([^<]*)<\/dt>/).map { String($0.output.1) } })
    #expect(!gapFields.isEmpty && gapFields.isSubset(of: ["Comment", "Evidence on file"]), "\(gapFields)")
    // No sectors or tiers, no risk profile: no such rows, no profile, and the targets say how they were set.
    #expect(!html.contains("<dt>Sector</dt>") && !html.contains("<dt>Tier</dt>") && !html.contains("Inherent risk"))
    #expect(html.contains("<h2 id=\"risk-title\">How the targets were set</h2>"))
    #expect(html.contains("Each area&#39;s target is the institution&#39;s own target (with a reason), or Starting where it sets none."))
    #expect(!html.contains("From inherent risk") && !html.contains("From the tier"))
    // No outcome indicators: no outcome section and no claim about outcomes.
    #expect(!html.contains("id=\"outcomes\"") && !html.contains("Claims versus outcomes") && !html.contains("outcomes support"))
    // The model's own words: its title, its domain word, its levels and its answer names.
    #expect(html.contains("<p class=\"subtitle\">Assessed against the Bare Maturity Model</p>"))
    #expect(html.contains("<th scope=\"col\">Area</th>"))
    #expect(html.contains("Radar chart: one axis per area, levels Starting to Leading from the centre outwards"))
    #expect(html.contains("<h2 id=\"lists-title\">Compensating controls, does not apply and not yet assessed</h2>"))
    #expect(html.contains("<h3>Does not apply</h3>"))
    #expect(html.contains("each declarative statement at one of three cumulative levels: Starting, Practising, Leading."))
    #expect(html.contains("“Does not apply” leaves the declarative statement out of every count and needs a justification."))
    #expect(html.contains("Some declarative statements are not yet assessed; they count as not met."))
  }

  @Test func theActionListHasNoSourceOrCrosswalkColumn() throws {
    let input = try BareModel.input(domains: 3)
    #expect(GapActionList.columns(input.assessment.questionnaire) == [
      "statement_id", "domain", "factor", "component", "level", "gap_kind", "statement", "answer", "comment", "evidence", "owner", "due",
      "since_previous",
    ])
    let rows = try GapActionListTests.rows(GapActionList.csv(input.assessment, language: .english))
    #expect(rows.count > 1 && rows.allSatisfy { $0.count == 13 })
  }

  @Test func theSummaryTableSaysNothingOfABaselineOrARiskProfile() throws {
    let text = SummaryTable.text(try BareModel.input(domains: 3).assessment, language: .english)
    #expect(text.hasPrefix("Area "))
    #expect(!text.contains("Compliance") && !text.contains("inherent risk"))
    #expect(text.hasSuffix("Some declarative statements are not yet assessed; they count as not met. Not yet assessed declarative statements: 2"))
  }

  @Test func oscalTimesCarryTheModelsTimeZone() throws {
    let bare = String(decoding: try AssessmentResultsWriter.xml(try BareModel.input(domains: 3), language: .english), as: UTF8.self)
    #expect(bare.contains("<last-modified>2026-03-31T00:00:00-05:00</last-modified>"))
    #expect(!bare.contains("+08:00"))
    let (mini, _) = try GoldenReportTests.input("2026Q2")
    let roadmap = String(decoding: try AssessmentResultsWriter.xml(mini, language: .english), as: UTF8.self)
    #expect(roadmap.contains("<last-modified>2026-06-30T00:00:00+08:00</last-modified>"))
  }

  @Test func theCohortLeavesOutSectorsTiersBaselineAndOutcomes() throws {
    let cohort = try Self.cohort()
    let html = try CohortPage().html(cohort, named: false, language: .english)
    #expect(!html.contains("By sector") && !html.contains("By tier") && !html.contains("pass rate") && !html.contains("Outcome indicators"))
    #expect(html.contains("Distribution of percent to target by area"))
    let xml = String(decoding: try CohortWriter.xml(cohort, named: false), as: UTF8.self)
    #expect(xml.contains("<domain id=\"A1\">") && !xml.contains("baseline-pass-rate"))
    let position = try CohortPage().position(cohort.members[0], in: cohort, language: .english)
    #expect(!position.contains("pass rate") && position.contains("<th scope=\"col\">Area</th>"))
  }
}
