import Foundation
import Testing

@testable import FinCyberCore

/// Documents of other formats (a spreadsheet's parts), read with every defence but the schema.
@Suite struct ForeignDocumentTests {
  private let sheet = XMLDocumentLoader.ForeignDocument(
    root: "worksheet", namespace: "urn:example:sheet", kindName: "worksheet", maximumElements: 10,
    whyLimit: "no sheet of this test has more", wrongRootFix: "give a worksheet")

  private func load(_ text: String) throws -> XMLElementNode {
    try XMLDocumentLoader.loadWellFormed(Array(text.utf8), path: "book.xlsx (sheet.xml)", as: sheet)
  }

  private func refusal(_ text: String) -> [String] {
    do {
      _ = try load(text)
      return []
    } catch let error as FinCyberError {
      return error.diagnostics.map(\.description)
    } catch {
      return ["\(error)"]
    }
  }

  @Test func aWellFormedDocumentIsReadWithoutASchema() throws {
    let root = try load(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"urn:example:sheet\" xmlns:r=\"urn:r\">"
        + "<row r=\"1\"><c r=\"A1\" r:id=\"x\" t=\"s\"><v>0</v></c><anything-else/></row></worksheet>")
    let cell = try #require(root.child(named: "row")?.child(named: "c"))
    #expect(cell["r"] == "A1" && cell["r:id"] == "x" && cell.child(named: "v")?.text == "0")
    #expect(root.child(named: "row")?.children.count == 2)
  }

  @Test func aDoctypeIsRefusedBeforeItsEntitiesAreRead() {
    let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<worksheet xmlns=\"urn:example:sheet\">&x;</worksheet>"
    #expect(refusal(text) == [
      "book.xlsx (sheet.xml):2:1: a DOCTYPE declaration is not allowed — remove the <!DOCTYPE …> declaration; fincyber files use XML Schema and no DTD or entities"
    ])
  }

  @Test func anotherRootIsRefusedWithTheCallersFix() {
    #expect(refusal("<worksheet xmlns=\"urn:other\"/>") == [
      "book.xlsx (sheet.xml):1:1: the root element <worksheet> in namespace 'urn:other' is not the one expected; expected a worksheet (<worksheet xmlns=\"urn:example:sheet\">) — give a worksheet"
    ])
  }

  @Test func moreElementsThanTheCallerAllowsAreRefused() {
    let text = "<worksheet xmlns=\"urn:example:sheet\">" + String(repeating: "<row/>", count: 10) + "</worksheet>"
    #expect(refusal(text) == [
      "book.xlsx (sheet.xml):1:92: the document has more than 10 elements; no sheet of this test has more — check that this is the right file; a generated file may repeat an element by mistake"
    ])
    #expect(refusal("<worksheet xmlns=\"urn:example:sheet\">" + String(repeating: "<row/>", count: 9) + "</worksheet>").isEmpty)
  }

  @Test func theEncodingAndAttributeChecksStillApply() {
    #expect(refusal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\"urn:example:sheet\"/>").first?.contains("declares encoding 'ISO-8859-1'") == true)
    let crowded = "<worksheet xmlns=\"urn:example:sheet\"><c " + (0..<40).map { "a\($0)=\"1\"" }.joined(separator: " ") + "/></worksheet>"
    #expect(refusal(crowded).first?.contains("more than 32 attributes") == true)
    #expect(refusal("<worksheet xmlns=\"urn:example:sheet\"><row></worksheet>").first?.contains("not well-formed") == true)
  }
}
