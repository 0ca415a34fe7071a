import CLibXML2
import Foundation
import Testing

@testable import FinCyberCore

/// The streaming reader: elements, attributes and text as a tree reader would give them.
@Suite struct StreamingParseTests {
  /// libxml2 hands every `&` of an attribute value over as `&#38;`; the reader undoes exactly that.
  @Test(arguments: [
    ("plain", "plain"), ("A&#38;B", "A&B"), ("&#38;#38;", "&#38;"), ("&#38", "&#38"), ("x&#38;", "x&"),
    ("寶島&#38;銀行", "寶島&銀行"), ("", ""),
  ])
  func attributeValuesAreDecodedAsLibxml2sValidatorDecodesThem(_ delivered: String, _ meant: String) {
    let bytes = Array(delivered.utf8)
    let value = bytes.withUnsafeBufferPointer { buffer -> String in
      guard let start = buffer.baseAddress else { return "" }
      return StreamingParse.attributeValue(start, start + buffer.count)
    }
    #expect(value == meant)
  }

  @Test func attributesTextAndLinesAreReadAsWritten() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="mini" questionnaire-version="1">
        <institution id="bank-1" sector="banking" tier="bank-1">
          <name>寶島 &amp; <![CDATA[<Formosa>]]> Bank</name>
        </institution>
        <assessment date="2026-09-30"
                    period="2026Q3">
          <assessor>A&#x4E2D;</assessor>
        </assessment>
        <answers>
          <answer statement="D1.GV.BO.B.1" value="yes"/>
        </answers>
      </responses>
      """
    let document = try XMLDocumentLoader.load(Array(text.utf8), path: "mini.xml", expecting: [.responses])
    let root = document.root
    #expect(root.name == "responses" && root.namespace == "urn:fincyber:responses:1")
    #expect(root["questionnaire"] == "mini" && root.line == 2)
    let institution = try #require(root.child(named: "institution"))
    #expect(institution.child(named: "name")?.text == "寶島 & <Formosa> Bank")
    let assessment = try #require(root.child(named: "assessment"))
    // A start tag over two lines has the line on which it ends, as in libxml2's own tree.
    #expect(assessment.line == 7 && assessment["period"] == "2026Q3")
    #expect(assessment.child(named: "assessor")?.text == "A中")
    #expect(root.child(named: "answers")?.children.map(\.line) == [11])
    // Whitespace between elements is part of the parent's text, as in a tree.
    #expect(root.child(named: "answers")?.text.allSatisfy(\.isWhitespace) == true)
  }

  @Test func theParseStopsAtADoctypeBeforeItsDeclarations() throws {
    // The internal subset is broken after its first declaration: a parser that read on would
    // report that, not the DOCTYPE.
    let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE responses [\n<!ENTITY a \"x\">\n<!ENTITY broken\n]>\n<responses/>\n"
    let error = #expect(throws: FinCyberError.self) {
      _ = try XMLDocumentLoader.load(Array(text.utf8), path: "doctype.xml", expecting: [.responses])
    }
    #expect(error?.diagnostics.map(\.message) == ["a DOCTYPE declaration is not allowed"])
    #expect(error?.diagnostics.first?.line == 2 && error?.diagnostics.first?.column == 1)
  }

  @Test func aFileThatIsNotWellFormedIsReportedAsSuchBeforeItsRootIsJudged() throws {
    let text = "<?xml version=\"1.0\"?>\n<gap-analysis xmlns=\"urn:fincyber:gap-analysis:1\">\n<a></b>\n"
    let error = #expect(throws: FinCyberError.self) {
      _ = try XMLDocumentLoader.load(Array(text.utf8), path: "broken.xml", expecting: [.responses])
    }
    #expect(error?.diagnostics.first?.message.contains("mismatch") == true)
  }

  @Test func namesFoundAtTheSameSlotAreKeptApart() {
    // Addresses 1,024 bytes apart share a slot of the table: the second replaces the first, and
    // the first, asked for again, is made again rather than answered with the second's string.
    var table = InternedStrings()
    let buffer = [UInt8](repeating: 0, count: 2048)
    buffer.withUnsafeBufferPointer { bytes in
      let one = bytes.baseAddress!
      let two = one + 1024
      #expect(table.string(at: one) { "first" } == "first")
      #expect(table.string(at: one) { "made again" } == "first")
      #expect(table.string(at: two) { "second" } == "second")
      #expect(table.string(at: one) { "first, made again" } == "first, made again")
    }
  }
}
