import Testing

@testable import FinCyberServer

@Suite struct FormFieldsTests {
  @Test(arguments: [
    ("a=1&b=2", [("a", "1"), ("b", "2")]),
    ("comment%3AP1.B.1=a+b%2Bc", [("comment:P1.B.1", "a b+c")]),
    ("t=%E8%91%A3%E4%BA%8B%E6%9C%83", [("t", "董事會")]),
    ("x=%zz%4", [("x", "%zz%4")]),
    ("flag&=v&k=", [("flag", ""), ("", "v"), ("k", "")]),
    ("a=%3Cscript%3E%26%22", [("a", "<script>&\"")]),
  ])
  func decodes(_ encoded: String, _ expected: [(String, String)]) {
    let fields = FormFields(encoded)
    #expect(fields.pairs.map(\.name) == expected.map(\.0))
    #expect(fields.pairs.map(\.value) == expected.map(\.1))
  }

  @Test func repeatedNamesKeepTheirOrder() {
    let fields = FormFields("statement=S.2&statement=S.1&value%3AS.1=yes")
    #expect(fields.all("statement") == ["S.2", "S.1"])
    #expect(fields["statement"] == "S.2")
    #expect(fields["value:S.1"] == "yes")
    #expect(fields["missing"] == nil)
  }

  @Test func invalidUTF8BecomesReplacementCharacters() {
    #expect(FormFields("t=%FF%FE")["t"] == "\u{FFFD}\u{FFFD}")
  }
}
