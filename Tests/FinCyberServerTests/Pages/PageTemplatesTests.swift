import FinCyberCore
import FinCyberReports
import Foundation
import Testing

@testable import FinCyberServer

/// The answering pages compiled into the binary are the files in the source tree, escape every
/// value, and name only labels that exist.
@Suite struct PageTemplatesTests {
  @Test(arguments: PageTemplates.files.keys.sorted())
  func bundledCopyMatchesTheSourceTree(_ name: String) throws {
    let onDisk = try String(
      contentsOf: ServerFixtures.packageRoot.appendingPathComponent("Sources/FinCyberServer/Templates/" + name), encoding: .utf8)
    #expect(PageTemplates.files[name] == onDisk, "run: python3 Scripts/embed-resources.py")
  }

  @Test func everyTemplateFileIsBundled() throws {
    let folder = ServerFixtures.packageRoot.appendingPathComponent("Sources/FinCyberServer/Templates").path
    #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder)) == Set(PageTemplates.files.keys))
  }

  @Test(arguments: PageTemplates.files.keys.sorted().filter { $0.hasSuffix(".mustache") })
  func templatesEscapeEveryValueAndUseKnownLabels(_ name: String) throws {
    let text = PageTemplates.files[name]!
    #expect(BundledTemplates.unescapedOutputLine(in: text) == nil)
    #expect(!text.contains("{{="), "changing delimiters would hide unescaped output")
    let used = text.matches(of: /\{\{labels\.([A-Za-z]+)\}\}/).map { String($0.output.1) }
    for label in used { #expect(AppLabels.table[label] != nil, "\(name) uses an unknown label '\(label)'") }
  }

  @Test func pagesEscapeWhatTheUserWrote() throws {
    let html = try PageTemplates().render("refused", ["reason": "<script>alert(1)</script> & \"quotes\""])
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    #expect(!html.contains("<script>"))
  }
}
