import FinCyberCore
import Foundation
import Testing

/// A diagnostic has a real place in its file or none: never a made-up line 1, column 1.
@Suite struct DiagnosticTests {
  @Test func aLocatedProblemIsPrintedWithItsLineAndColumn() {
    let located = Diagnostic(file: "a.xml", line: 12, column: 7, message: "the level 'x' is unknown", fix: "use one of: a, b")
    #expect(located.position?.line == 12 && located.position?.column == 7)
    #expect(located.description == "a.xml:12:7: the level 'x' is unknown — use one of: a, b")
  }

  @Test func aProblemOfTheWholeFileIsPrintedWithoutAPosition() {
    let whole = Diagnostic(file: "big.xml", message: "the file is larger than the limit of 16 MiB", fix: "check that this is the right file")
    #expect(whole.line == nil && whole.column == nil && whole.position == nil)
    #expect(whole.description == "big.xml: the file is larger than the limit of 16 MiB — check that this is the right file")
    #expect(Diagnostic(file: "key", message: "too short").description == "key: too short")
  }

  @Test func anEmptyFileHasNoPlaceToPointAt() throws {
    let error = #expect(throws: FinCyberError.self) { try XMLDocumentLoader.load([], path: "empty.xml", expecting: [.responses]) }
    let first = try #require(error?.diagnostics.first)
    #expect(first.position == nil)
    #expect(first.description == "empty.xml: the file is empty — give a response file in XML")
  }
}
