import FinCyberCore
@testable import FinCyberReports
import Foundation
import Testing

/// Every value is escaped on Unicode scalars: a combining mark after a quote, `<`, `>`, `&` or `'`
/// cannot hide it from escaping, in a page or in any partial it includes.
@Suite struct ScalarHTMLEscapingTests {
  static let marks = ["\u{338}", "\u{301}", "\u{20DD}"]
  static let escaped = ["\"": "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;", "&": "&amp;"]

  @Test(arguments: ["\"", "'", "<", ">", "&"])
  func aSpecialCharacterFollowedByAMarkIsEscaped(_ special: String) throws {
    let templates = try ReportTemplates(templates: [
      "page.mustache": "<p title=\"{{v}}\">{{v}}</p>{{> part}}\n",
      "part.mustache": "<a title='{{v}}'>{{v}}</a>\n",
    ])
    for mark in Self.marks {
      let html = try templates.render(["v": "a" + special + mark + "b"], template: "page")
      let scalars = Array(html.unicodeScalars)
      let raw = zip(scalars, scalars.dropFirst()).contains { $0 == special.unicodeScalars.first! && $1 == mark.unicodeScalars.first! }
      #expect(!raw, "\(special) with U+\(String(mark.unicodeScalars.first!.value, radix: 16)) was written raw: \(html)")
      #expect(html.components(separatedBy: Self.escaped[special]! + mark).count == 5, "\(html)")
    }
  }

  @Test func plainTextIsEscapedAsSwiftMustacheDid() {
    let escaping = ScalarHTMLEscaping()
    #expect(escaping.escapeText("a < b && c > \"d\" 'e'") == "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;")
    #expect(escaping.escapeText("資訊安全 營運持續") == "資訊安全 營運持續")
    #expect(escaping.escapeText("") == "")
    #expect(escaping.escapeText("&") == "&amp;")
  }

  @Test func thePragmaWritesNothing() throws {
    let templates = try ReportTemplates(templates: ["page.mustache": "first line\n{{v}}\n"])
    #expect(try templates.render(["v": "x"], template: "page") == "first line\nx\n")
  }

  @Test func aParseErrorIsAtTheAuthorsLine() {
    #expect {
      _ = try ReportTemplates(templates: ["page.mustache": "one\ntwo {{#a}}x{{/b}}\nthree\n"])
    } throws: { error in
      let diagnostic = (error as? FinCyberError)?.diagnostics.first
      return diagnostic?.file == "page.mustache" && diagnostic?.line == 2
    }
  }
}
