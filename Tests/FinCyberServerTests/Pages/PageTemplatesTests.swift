import FinCyberCore
import FinCyberReports
import Foundation
import Testing

@testable import FinCyberServer

/// The answering pages compiled into the binary are the files in the source tree, escape every
/// value, name only terms of the localisation layer, and name no answer value of any model.
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
    for label in used {
      #expect(Terms.table[label] != nil || ServerTerms.table[label] != nil, "\(name) uses a term the localisation layer lacks: '\(label)'")
    }
  }

  @Test func pagesEscapeWhatTheUserWrote() throws {
    let html = try PageTemplates().render("refused", ["reason": "<script>alert(1)</script> & \"quotes\""])
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    #expect(!html.contains("<script>"))
  }

  /// The answer values of both test models' scales, quoted as a script or template would write them.
  static let quotedAnswerValues: [String] = {
    let values = Set((ServerFixtures.mini.answerScale.meanings + ServerFixtures.catLike.answerScale.meanings).map(\.value.rawValue))
    return values.sorted().flatMap { ["\"\($0)\"", "'\($0)'"] }
  }()

  @Test(arguments: PageTemplates.files.keys.sorted())
  func noTemplateOrScriptNamesAnAnswerValue(_ name: String) throws {
    // What an answer requires reaches the script from the page (data-requires), which has it
    // from the model's answer scale; a value written here would hold for one model only.
    let text = try #require(PageTemplates.files[name])
    for value in Self.quotedAnswerValues { #expect(!text.contains(value), "\(name) names the answer value \(value)") }
  }

  @Test func noSwiftFileOfTheServerNamesAnAnswerValue() throws {
    let folder = ServerFixtures.packageRoot.appendingPathComponent("Sources/FinCyberServer")
    let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Resources/") }
    #expect(files.count > 20)
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for value in Self.quotedAnswerValues where value.hasPrefix("\"") {
        #expect(!text.contains(value), "\(file) names the answer value \(value): ask the model's answer scale")
      }
    }
  }
}
