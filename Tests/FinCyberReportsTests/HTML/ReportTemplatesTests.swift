@testable import FinCyberReports
import Testing

/// Only the bundled templates a page uses are parsed: the named ones and the partials they include.
@Suite struct ReportTemplatesTests {
  @Test func partialsAreFoundWithOrWithoutSpaces() {
    #expect(ReportTemplates.partials(in: "{{> styles}}<p>{{name}}</p>{{ >  gap-report-summary }}{{#items}}{{/items}}") == ["styles", "gap-report-summary"])
    #expect(ReportTemplates.partials(in: "no tags at all, and {{ an unclosed one").isEmpty)
    #expect(ReportTemplates.partials(in: "支柱 {{>gap}}{{{x}}}{{> trailing") == ["gap", "trailing"])
    #expect(ReportTemplates.partials(in: "{{>}}{{").isEmpty)
  }

  @Test func theGapReportParsesItsPartialsAndNoOtherPage() throws {
    let templates = try ReportTemplates(bundled: ["gap-report"])
    for name in ["gap-report", "styles", "gap-report-summary", "gap-report-profile", "gap"] {
      #expect(templates.contains(name), "\(name) is missing")
    }
    for name in ["cohort", "position", "trend", "boxplot"] {
      #expect(!templates.contains(name), "\(name) was parsed")
    }
  }

  @Test func theCohortPagesParseTheirPartialsTransitively() throws {
    let templates = try ReportTemplates(bundled: ["cohort", "position"])
    for name in ["cohort", "cohortgroup", "levelboxplot", "boxplot", "position", "styles"] {
      #expect(templates.contains(name), "\(name) is missing")
    }
    #expect(!templates.contains("gap-report"))
  }
}
