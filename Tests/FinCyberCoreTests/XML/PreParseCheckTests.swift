@testable import FinCyberCore
import Testing

/// The start-tag check counts each tag's attributes outside quoted values, comments, CDATA and
/// processing instructions, wherever in the file they lie.
@Suite struct PreParseCheckTests {
  static func tag(_ count: Int) -> String {
    "<e " + (0..<count).map { "a\($0)=\"\($0)\"" }.joined(separator: " ") + "/>"
  }

  @Test func aTagOverTheLimitIsFoundAtItsStart() {
    let prefix = "<r><!-- <x a=1 b=2> --><![CDATA[ <y c=3> ]]><?pi d=4?><ok v=\"a=b=c\" w='x=y'/>"
    let bytes = Array((prefix + Self.tag(33) + "</r>").utf8)
    #expect(PreParseCheck.crowdedStartTag(bytes)?.offset == prefix.utf8.count)
  }

  @Test func aTagAtTheLimitPasses() {
    #expect(PreParseCheck.crowdedStartTag(Array(("<r>" + Self.tag(32) + "</r>").utf8)) == nil)
  }

  @Test func signsInsideQuotesCommentsAndCDATAAreNotCounted() {
    let equals = String(repeating: "=", count: 40)
    let text = "<r v=\"\(equals)\" w='\(equals)'><!-- <e \(equals)> --><![CDATA[<e \(equals)>]]><?p \(equals)?>" + String(repeating: "x", count: 5000) + "</r>"
    #expect(PreParseCheck.crowdedStartTag(Array(text.utf8)) == nil)
  }

  @Test func anUnclosedCommentOrQuoteEndsTheScan() {
    #expect(PreParseCheck.crowdedStartTag(Array("<r><!-- never closed <e a=1".utf8)) == nil)
    #expect(PreParseCheck.crowdedStartTag(Array("<r v=\"never closed".utf8)) == nil)
    #expect(PreParseCheck.crowdedStartTag(Array("".utf8)) == nil)
  }

  @Test func aDoctypeEndsTheScan() {
    #expect(PreParseCheck.crowdedStartTag(Array(("<!DOCTYPE r>" + Self.tag(40)).utf8)) == nil)
  }
}
