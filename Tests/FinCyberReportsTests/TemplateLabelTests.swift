@testable import FinCyberReports
import Foundation
import Testing

/// Every `{{labels.x}}` a bundled template uses exists in both languages.
@Suite struct TemplateLabelTests {
  @Test(arguments: BundledTemplates.all.keys.sorted().filter { $0.hasSuffix(".mustache") })
  func labelsExist(_ name: String) throws {
    let template = BundledTemplates.all[name]!
    let used = Set(template.matches(of: /\{\{labels\.([A-Za-z]+)\}\}/).map { String($0.output.1) })
    #expect(!used.isEmpty || name != "gap-report.mustache")
    for key in used {
      #expect(TermText.all[.english]?[key] != nil && TermText.all[.traditionalChinese]?[key] != nil, "\(name) uses {{labels.\(key)}}, which has no text")
    }
  }
}
