import FinCyberCore
import FinCyberReports
import Testing

@Suite struct GapReportPageTests {
  @Test func userTextAppearsAsTextNeverAsMarkup() throws {
    let html = try GapReportPage().html(try ReportFixtures.hostileInput(), language: .english)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("A&amp;B &quot;Bank&quot; &lt;b&gt;"))
    #expect(html.contains("<html lang=\"en\">"))
  }

  /// The printed pages' running header is a CSS string inside the page's style element, where HTML
  /// escapes are not decoded: the name's quote, ampersand and angle brackets are CSS escapes, so
  /// that no name can end the string or the style element.
  @Test func theRunningHeaderIsACSSStringNoNameCanEnd() throws {
    let html = try GapReportPage().html(try ReportFixtures.hostileInput(), language: .english)
    #expect(html.contains(#"@page { @top-center { content: "A\26 B \22 Bank\22  \3C b\3E  · 2026Q1 · Draft";"#))
    #expect(html.contains(#"@bottom-center { content: "Page " counter(page) " of " counter(pages) "";"#))
    let final = try GapReportPage().html(try ReportFixtures.hostileInput(), language: .traditionalChinese, final: true)
    #expect(final.contains(#"\3E 　2026Q1　定稿";"#))
    #expect(final.contains("<p class=\"status\">定稿</p>"))
  }

  @Test func pageForbidsScriptsAndRemoteLoads() throws {
    let html = try GapReportPage().html(try ReportFixtures.hostileInput(), language: .traditionalChinese)
    #expect(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
    #expect(!html.contains("http://") && !html.contains("https://"))
  }

  @Test(arguments: BundledTemplates.all.keys.sorted())
  func bundledTemplatesNeverWriteUnescapedOutput(_ name: String) {
    #expect(BundledTemplates.unescapedOutputLine(in: BundledTemplates.all[name]!) == nil)
  }

  @Test func aTemplateWithUnescapedOutputIsRefused() {
    let error = #expect(throws: FinCyberError.self) {
      try ReportTemplates(templates: ["gap-report.mustache": "<p>\n{{{institution}}}</p>"])
    }
    #expect(error?.diagnostics.first?.line == 2)
  }

  @Test(arguments: [
    "{{&institution}}", "{{ & institution }}", "{{ {institution} }}", "{{\t&institution}}", "{{\u{3000}{institution}}}",
    // With other delimiters an ampersand tag no longer starts with braces: the change itself is refused.
    "{{=<% %>=}}<%& cover.institution %>", "{{ =| |= }}|&cover.institution|",
  ])
  func everyFormOfUnescapedOutputIsRefused(_ tag: String) {
    let error = #expect(throws: FinCyberError.self) {
      try ReportTemplates(templates: ["gap-report.mustache": "<p>ok</p>\n<p>" + tag + "</p>"])
    }
    #expect(error?.diagnostics.first?.line == 2)
    #expect(error?.diagnostics.first?.message.contains("delimiters") == true)
  }

  @Test func escapedOutputWithBracesNearbyIsAccepted() throws {
    _ = try ReportTemplates(templates: ["gap-report.mustache": "<style>a { b: c }</style><p>{{ institution }}</p>{{! a {comment} }}"])
  }

  @Test func targetRowsShowOnlyTheirOwnOverrideReason() throws {
    let (input, _) = try GoldenReportTests.input("2026Q2")
    let html = try GapReportPage().html(input, language: .english)
    let targets = try #require(html.range(of: "How the targets were set")).upperBound
    let table = html[targets...].prefix(while: { _ in true }).split(separator: "</table>").first ?? ""
    // D1 has no target override: its row must not borrow the inherent-risk override's reason.
    let d1 = try #require(table.split(separator: "\n").first { $0.contains("D1 Governance") })
    #expect(!d1.contains("DDoS"))
    let d2 = try #require(table.split(separator: "\n").first { $0.contains("D2 Protection") })
    #expect(d2.contains("zero trust at the intermediate level"))
  }
}
