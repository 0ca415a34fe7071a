import FinCyberCore
@testable import FinCyberReports
import Testing

/// The profile's term table: read by the one Localizer, in both languages, with the zh-TW status
/// names of the product's term list, and no key shared with another table.
@Suite struct ProfileTermsTests {
  @Test func noKeyIsInTwoTables() {
    var seen: [String: Int] = [:]
    for (index, table) in TermText.tables.enumerated() {
      for key in table.keys {
        #expect(seen[key] == nil, "'\(key)' is in tables \(seen[key] ?? -1) and \(index)")
        seen[key] = index
      }
    }
    #expect(TermText.tables.contains { $0.keys.contains("profileTitle") }, "the Localizer does not read the profile's table")
    #expect(TermText.all[.english]?["profileTitle"] != nil && TermText.all[.traditionalChinese]?["statusNotAssessed"] != nil)
  }

  @Test(arguments: ProfileTerms.table.keys.sorted())
  func everyTermHasBothLanguages(_ key: String) throws {
    let term = try #require(ProfileTerms.table[key])
    #expect(!term.zh.isEmpty && !term.en.isEmpty)
    #expect(term.zh != term.en, "\(key) is not translated")
    // The same places in both, whatever the case or number of the model's word each language needs.
    let places = { (text: String) in Set(TermText(text).placeholders.map { String($0.lowercased().trimmingSuffix("s")) }) }
    #expect(places(term.zh) == places(term.en), "\(key)")
  }

  @Test func statusNamesAreTheTermList() {
    let zh = ImplementationStatus.allCases.map { ProfileTerms.table[ProfileTerms.statusKey($0)]?.zh }
    #expect(zh == ["未評估", "不適用", "未實施", "部分實施", "大部分實施", "完全實施"])
  }

  @Test func everyFunctionAndCategoryOfTheCatalogueIsNamed() {
    for id in NISTCSF2.functions + NISTCSF2.categories {
      #expect(ProfileTerms.table[ProfileTerms.catalogueKey(NISTCSF2.catalogueName, id)] != nil, "\(id)")
    }
  }
}

extension String {
  /// The text without one trailing occurrence of a suffix.
  fileprivate func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self[...] }
}
