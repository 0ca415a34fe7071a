import Testing

@testable import FinCyberCore

/// The response format's rules for texts and names that come from elsewhere (a returned workbook).
@Suite struct AnswerTextTests {
  @Test func aTextIsTrimmedAsTheReaderTrimsItAndEmptyIsNone() {
    #expect(AnswerText.clean("  說明\n第二行 \n") == "說明\n第二行")
    #expect(AnswerText.clean(" \n\t ") == nil && AnswerText.clean(nil) == nil)
  }

  @Test func lengthIsCountedInScalarsAsXMLSchemaCountsIt() {
    // 8,000 letters with a combining mark each: 16,000 scalars, 8,000 Characters.
    #expect(AnswerText.problem(String(repeating: "e\u{301}", count: 4000)) == nil)
    #expect(AnswerText.problem(String(repeating: "e\u{301}", count: 4001))?.message == "the text is 8002 characters long; the response file keeps at most 8000")
    #expect(AnswerText.nameProblem(String(repeating: "名", count: 201))?.message == "the name is 201 characters long; the response file keeps at most 200")
  }

  @Test func controlCharactersXMLCannotCarryAreRefusedAndTabsAndLineBreaksKept() {
    #expect(AnswerText.problem("a\tb\nc\r\nd") == nil)
    #expect(AnswerText.problem("a\u{1}b")?.message == "the text holds the control character U+0001, which a response file cannot keep")
    #expect(AnswerText.problem("a\u{FFFF}")?.message == "the text holds the control character U+FFFF, which a response file cannot keep")
  }
}
