import FinCyberCore
@testable import FinCyberReports
import Foundation
import Testing

/// Chart labels are wrapped or shortened to fit, by the estimate of their width.
@Suite struct ChartTextTests {
  @Test func latinTextWrapsAtSpacesAndKeepsWithinTheWidth() {
    let lines = ChartText.wrap("Area 3: governance, oversight and accountability", width: 100, fontSize: 12, lines: 5)
    #expect(lines.count > 1)
    #expect(lines.joined(separator: " ") == "Area 3: governance, oversight and accountability")
    #expect(lines.allSatisfy { ChartText.width($0, fontSize: 12) <= 100 })
  }

  @Test func chineseTextWrapsBetweenCharactersAndKeepsItsSpaces() {
    let lines = ChartText.wrap("P1 目標導向治理與問責機制之建立", width: 80, fontSize: 12, lines: 5)
    #expect(lines.joined() == "P1 目標導向治理與問責機制之建立")
    #expect(lines.first?.hasPrefix("P1 目") == true)
    #expect(lines.allSatisfy { ChartText.width($0, fontSize: 12) <= 80 })
  }

  @Test func textBeyondTheLastLineEndsInAnEllipsis() {
    let lines = ChartText.wrap("one two three four five six seven eight nine ten", width: 60, fontSize: 12, lines: 2)
    #expect(lines.count == 2)
    #expect(lines[1].hasSuffix("…"))
    #expect(ChartText.width(lines[1], fontSize: 12) <= 60)
  }

  @Test func fitShortensOnlyWhatIsTooWide() {
    #expect(ChartText.fit("Short", width: 100, fontSize: 11) == "Short")
    let long = ChartText.fit("A factor name far too long for the label column of the bar chart", width: 120, fontSize: 11)
    #expect(long.hasSuffix("…") && ChartText.width(long, fontSize: 11) <= 120)
  }

  @Test func wideCharactersTakeAFullEm() {
    #expect(ChartText.width("目標治理", fontSize: 10) == 40)
    #expect(ChartText.width("abc", fontSize: 10) < 20)
  }
}

/// The charts of models with three to ten domains, long names, in both languages.
@Suite struct ChartLayoutTests {
  static let cases: [(domains: Int, language: Language)] = [3, 5, 10].flatMap { count in Language.allCases.map { (count, $0) } }

  static func input(_ domains: Int) throws -> ReportInput {
    try BareModel.input(domains: domains, languages: ["zh-TW", "en"], longNames: true)
  }

  @Test(arguments: cases)
  func radarLabelsAreWrappedAndTheDrawingHoldsThem(_ domains: Int, _ language: Language) throws {
    let input = try Self.input(domains)
    let radar = RadarView(input.assessment, Localizer(language: language, questionnaire: input.assessment.questionnaire))
    #expect(radar.axes.count == domains)
    let (width, height) = (try #require(Double(radar.width)), try #require(Double(radar.height)))
    for axis in radar.axes {
      #expect((1...RadarView.labelLines).contains(axis.lines.count))
      for line in axis.lines {
        let lineWidth = ChartText.width(line.text, fontSize: RadarView.fontSize)
        #expect(lineWidth <= RadarView.labelWidth)
        let x = try #require(Double(line.x)), y = try #require(Double(line.y))
        let left = axis.anchor == "start" ? x : axis.anchor == "end" ? x - lineWidth : x - lineWidth / 2
        #expect(left >= 0 && left + lineWidth <= width, "\(line.text) runs out of the drawing sideways")
        #expect(y - 0.8 * RadarView.fontSize >= 0 && y + 0.2 * RadarView.fontSize <= height, "\(line.text) runs out of the drawing")
      }
    }
  }

  @Test(arguments: cases)
  func heatMapAndBarLabelsFitTheirColumns(_ domains: Int, _ language: Language) throws {
    let input = try Self.input(domains)
    let words = Localizer(language: language, questionnaire: input.assessment.questionnaire)
    let heat = HeatMapView(input.assessment, words)
    let labelColumn = try #require(heat.rows.first?.cells.first.flatMap { Double($0.x) })
    for row in heat.rows {
      #expect((1...2).contains(row.lines.count))
      #expect(row.lines.allSatisfy { ChartText.width($0.text, fontSize: HeatMapView.fontSize) <= labelColumn - 12 })
    }
    for header in heat.headers {
      #expect(header.lines.allSatisfy { ChartText.width($0.text, fontSize: HeatMapView.fontSize) <= Double(HeatMapView.columnWidth - 6) })
    }
    for bar in BarsView(input.assessment, words).bars {
      #expect(ChartText.width(bar.shortLabel, fontSize: BarsView.fontSize) <= BarsView.labelEnd - 4)
    }
  }

  @Test(arguments: cases)
  func theDataTablesNameEveryDomainInFull(_ domains: Int, _ language: Language) throws {
    let html = try GapReportPage().html(try Self.input(domains), language: language)
    for index in 1...domains {
      let name = "A\(index) " + BareModel.domainName(index, language.rawValue, long: true)
      #expect(html.contains("<tr><th scope=\"row\">\(name)</th>"), "no row for \(name)")
    }
  }

  @Test func tenTrendSeriesEachHaveTheirOwnLineAndMarker() {
    let styles = (0..<10).map { TrendView.style($0) }
    #expect(Set(styles.map { "\($0.dash)|\($0.marker)" }).count == 10)
    #expect((0..<4).map { TrendView.style($0).marker } == TrendView.markers)
  }
}

/// The same charts drawn by Chromium: every label inside its drawing, none over another. Skipped,
/// with the reason, only where Chromium, its driver or Selenium is missing.
@Suite(.enabled(if: ExternalTools.hasBrowser, "Chromium, chromium-driver or Selenium is missing: apt-get install -y chromium chromium-driver && pip install selenium"))
struct ChartBrowserTests {
  @Test func everyChartLabelFitsAsTheBrowserDrawsIt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-charts-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var pages: [String] = []
    func write(_ html: String, _ name: String) throws {
      let path = folder.appendingPathComponent(name).path
      try AtomicFile.write(Array(html.utf8), to: path)
      pages.append(path)
    }
    for (domains, language) in ChartLayoutTests.cases {
      let input = try ChartLayoutTests.input(domains)
      let earlier = try BareModel.input(domains: domains, languages: ["zh-TW", "en"], longNames: true, period: "2025Q4", date: "2025-12-31")
      let name = "\(domains)-\(language.rawValue)"
      try write(try GapReportPage().html(input, language: language), "report-\(name).html")
      let trend = try Trend([GapAnalysis(earlier), GapAnalysis(input)], sources: ["a.xml", "b.xml"])
      try write(try TrendPage().html(trend, questionnaire: input.assessment.questionnaire, language: language), "trend-\(name).html")
      let members = try (1...5).map { CohortMember(try ChartLayoutTests.input(domains).assessment, source: "m\($0).xml") }
      let cohort = Cohort(members, questionnaire: input.assessment.questionnaire)
      try write(try CohortPage().html(cohort, named: false, language: language), "cohort-\(name).html")
      try write(try CohortPage().position(members[0], in: cohort, language: language), "position-\(name).html")
    }
    for sample in ["formosa-bank-2026Q4.xml"] {
      for language in Language.allCases {
        try write(try GapReportPage().html(try SampleOutputsTests.input(sample), language: language), "sample-\(language.rawValue).html")
      }
    }
    let script = ReportFixtures.root.appendingPathComponent("Scripts/svg-text-check.py").path
    let result = try ExternalTools.run(ExternalTools.find("python3")!, [script] + pages)
    #expect(result.status == 0, "\(result.output.suffix(4000))")
    #expect(result.output.contains("\(pages.count) pages, 0 problems"), "\(result.output.suffix(2000))")
  }
}
