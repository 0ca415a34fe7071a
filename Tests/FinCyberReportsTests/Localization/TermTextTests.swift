@testable import FinCyberReports
import Testing

/// A term is cut at its `{name}` places, read by bytes: names are ASCII letters, anything else in
/// braces stays text, and the text around them keeps every character.
@Suite struct TermTextTests {
  /// The segments as text, each placeholder as `<name>`.
  func shown(_ text: String) -> String {
    TermText(text).segments.map { segment in
      switch segment {
      case .literal(let text): text
      case .placeholder(let name): "<" + name + ">"
      }
    }.joined(separator: "|")
  }

  @Test func placeholdersAreCutOutOfTextInAnyScript() {
    #expect(shown("{Domain}達成{levelCount}級") == "<Domain>|達成|<levelCount>|級")
    #expect(shown("各{factor}") == "各|<factor>")
    #expect(TermText("{model}：{domains}與{model}").placeholders == ["model", "domains"])
  }

  @Test func bracesAroundOtherThanLettersStayText() {
    #expect(shown("{} {1} {a b} {é} {open") == "{} {1} {a b} {é} {open")
    #expect(shown("{{name}}") == "{|<name>|}")
    #expect(shown("") == "")
  }
}
