@testable import FinCyberReports
import Testing

/// The product's one term table: every term in both languages, none naming any one model.
@Suite struct TermsTests {
  /// Words of the Roadmap model (and of no other) that a term must leave to the model.
  static let modelWords = [
    "pillar", "roadmap", "action plan", "2020", "2025", "five levels", "five cumulative", "innovative", "evolving", "csf", "nist",
    "differentiated management", "支柱", "藍圖", "行動方案", "五個", "創新", "發展", "中階", "進階", "差異化",
  ]

  @Test(arguments: Terms.table.keys.sorted())
  func everyTermHasBothLanguages(_ key: String) throws {
    let term = try #require(Terms.table[key])
    #expect(!term.zh.isEmpty && !term.en.isEmpty)
    #expect(term.zh != term.en || term.zh.allSatisfy { !$0.isLetter } || term.zh.hasPrefix("{"), "\(key) is not translated")
  }

  @Test(arguments: Terms.table.keys.sorted())
  func noTermNamesAModelsOwnWords(_ key: String) throws {
    let term = try #require(Terms.table[key])
    for written in [term.zh, term.en] {
      // The placeholders are the model's words, filled in; the term's own words are the rest.
      let text = TermText(written).segments.map { if case .literal(let text) = $0 { text } else { "·" } }.joined()
      let lower = text.lowercased()
      #expect(!Self.modelWords.contains { lower.contains($0) }, "\(key): \(written)")
      // "Baseline" is a level of the Roadmap model: a term says "baseline" only of the compliance
      // baseline, a role any model's source may play (基準 only as 合規基準).
      var rest = Substring(lower)
      while let found = rest.range(of: "baseline") {
        #expect(rest[..<found.lowerBound].hasSuffix("compliance ") || rest[..<found.lowerBound].hasSuffix("compliance-"), "\(key): \(written)")
        rest = rest[found.upperBound...]
      }
      var zh = Substring(text)
      while let found = zh.range(of: "基準") {
        #expect(zh[..<found.lowerBound].hasSuffix("合規"), "\(key): \(written)")
        zh = zh[found.upperBound...]
      }
    }
  }

  /// A term needs the same parts of the model in both languages (the same source documents, and a
  /// questionnaire's levels or title in both or neither), so that whether it is shown does not
  /// depend on the language.
  @Test(arguments: Terms.table.keys.sorted())
  func bothLanguagesNeedTheSameParts(_ key: String) throws {
    let term = try #require(Terms.table[key])
    let needs = { (text: String) -> (documents: Set<String>, questionnaire: Bool) in
      let names = TermText(text).placeholders
      return (names.intersection(["baseline", "target", "targetTitle"]), !names.isDisjoint(with: ["model", "levelCount", "lowestLevel", "highestLevel"]))
    }
    #expect(needs(term.zh) == needs(term.en), "\(key)")
  }
}
