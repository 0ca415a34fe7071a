@testable import FinCyberCore
import Testing

/// A text read from a model is trimmed as `xs:token` is: XML's white space only, runs folded.
@Suite struct TrimmedTextTests {
  @Test(arguments: [
    ("", ""), ("a", "a"), ("資訊安全 政策", "資訊安全 政策"), (" a", "a"), ("a ", "a"), ("a  b", "a b"),
    ("\ta\nb\r\n c  ", "a b c"), ("   ", ""), ("a\u{3000}b", "a\u{3000}b"), ("\u{3000}", "\u{3000}"),
  ])
  func foldsXMLWhiteSpace(_ text: String, _ expected: String) {
    #expect(text.trimmed == expected)
  }
}
