import FinCyberCore
import Foundation
import Testing

/// A comment may hold no `--` and may not end in `-`: each pair of hyphens is spaced apart, and the
/// text is framed by spaces, whatever script it is in.
@Suite struct XMLWriterCommentTests {
  static func written(_ text: String) throws -> String {
    let bytes = try XMLWriter.document { w in
      w.start("r")
      w.comment(text)
      w.end()
    }
    let xml = String(decoding: bytes, as: UTF8.self)
    let start = xml.range(of: "<!--")!.upperBound, end = xml.range(of: "-->", options: .backwards)!.lowerBound
    return String(xml[start..<end])
  }

  @Test(arguments: [
    ("plain", " plain "), ("a--b", " a- -b "), ("a---b", " a- - -b "), ("----", " - - - -  "), ("ends-", " ends-  "),
    ("-starts", " -starts "), ("", "  "), ("資訊安全--營運持續", " 資訊安全- -營運持續 "), ("a - - b", " a - - b "),
  ])
  func hyphensAreSpacedApart(_ text: String, _ expected: String) throws {
    #expect(try Self.written(text) == expected)
  }

  @Test func noDoubleHyphenSurvives() throws {
    let text = try Self.written("--->--!>-")
    #expect(!text.contains("--") && !text.hasSuffix("-"))
    #expect(text == " - - ->- -!>-  ")
  }
}
