import FinCyberCore
import Foundation
import Testing
import FinCyberTestSupport

@Suite struct AnonymizerTests {
  static let key = Array("coaching-session-key-2026-formosa".utf8)

  static func original() throws -> Responses {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="mini" questionnaire-version="1">
        <institution id="formosa-bank" sector="bank" tier="bank-1"><name>寶島銀行 Formosa Bank</name></institution>
        <assessment date="2026-03-31" period="2026Q1"><assessor>資安長 林怡君 Lin Yi-chun</assessor></assessment>
        <inherent-risk>
          <rating activity="TC.01" risk="moderate"/>
          <override risk="most"><reason>Merger with Harbour Securities pending</reason></override>
        </inherent-risk>
        <target-overrides><target-override domain="D1" level="advanced"><reason>Board resolution 2026-02</reason></target-override></target-overrides>
        <answers>
          <answer statement="D1.GV.BO.B.1" value="yes"><comment>Minutes of board meeting 115-03</comment><evidence>\\\\fileserver\\board\\115-03.pdf</evidence></answer>
          <answer statement="D1.GV.BO.B.2" value="yes-compensating"><compensating-control>Audit committee reviews the SOC dashboard</compensating-control></answer>
          <answer statement="D1.GV.RM.B.1" value="not-applicable"><justification>No overseas branch in Tainan Science Park</justification></answer>
        </answers>
        <outcomes><outcome indicator="OI.D1.BOARD" value="4"><note>Counted by secretary Chen</note></outcome></outcomes>
      </responses>
      """
    return try Loader.responses(Array(xml.utf8), path: "formosa.xml", for: Fixtures.mini)
  }

  @Test func noRemovedTextSurvivesInTheBytes() throws {
    let anonymizer = try #require(Anonymizer(key: Self.key))
    let copy = anonymizer.anonymize(try Self.original())
    let bytes = try ResponsesWriter(questionnaire: Fixtures.mini, language: .english).xml(copy)
    let text = String(decoding: bytes, as: UTF8.self)
    for removed in [
      "formosa-bank", "寶島銀行", "Formosa Bank", "林怡君", "Lin Yi-chun", "Harbour Securities", "Board resolution",
      "115-03", "fileserver", "Audit committee", "Tainan", "secretary Chen",
    ] {
      #expect(!text.contains(removed), "'\(removed)' is still in the anonymised file")
    }
    // What a coach needs stays: answers, ratings, outcome values; and the file is valid.
    let reread = try Loader.responses(bytes, path: "copy.xml", for: Fixtures.mini)
    #expect(reread.answers["D1.GV.BO.B.2"]?.value == .yesCompensating)
    #expect(reread.riskOverride?.level == "most")
    #expect(reread.outcomes["OI.D1.BOARD"]?.value == 4)
  }

  @Test func thePseudonymIsStableForAKeyAndDiffersAcrossKeys() throws {
    let institution = try Self.original().institution
    let first = try #require(Anonymizer(key: Self.key)).pseudonym(institution)
    let again = try #require(Anonymizer(key: Self.key)).pseudonym(institution)
    let other = try #require(Anonymizer(key: Array("another-key-of-thirty-two-bytes!".utf8))).pseudonym(institution)
    #expect(first == again)
    #expect(first != other)
    #expect(first.hasPrefix("anon-") && first.count == 21)
  }

  @Test func shortKeysAreRefused() {
    #expect(Anonymizer(key: Array("short".utf8)) == nil)
    // 16 and 31 bytes were enough for a guess against the short list of institution ids.
    #expect(Anonymizer(key: Array("aaaaaaaaaaaaaaab".utf8)) == nil)
    #expect(Anonymizer.problem(with: Array(repeating: 0x41, count: 31) + [0x42]) == nil)
    #expect(Anonymizer.problem(with: Array(repeating: 0x41, count: 30) + [0x42]) == .tooShort(bytes: 31))
    #expect(Anonymizer.minimumKeyLength == 32)
  }

  @Test func aKeyOfOneRepeatedByteIsRefused() {
    #expect(Anonymizer(key: Array(repeating: 0x61, count: 64)) == nil)
    #expect(Anonymizer.problem(with: Array(repeating: 0, count: 32)) == .oneRepeatedByte)
  }

  @Test func theDateBecomesTheFirstDayOfItsQuarter() throws {
    var original = try Self.original()
    let anonymizer = try #require(Anonymizer(key: Self.key))
    #expect(anonymizer.anonymize(original).date == "2026-01-01")
    original.date = "2026-11-20"
    original.period = "2026Q4"
    let copy = anonymizer.anonymize(original)
    #expect(copy.date == "2026-10-01")
    #expect(copy.period == "2026Q4")
    // The copy still loads: its period has begun by its date.
    let bytes = try ResponsesWriter(questionnaire: Fixtures.mini, language: .english).xml(copy)
    #expect(try Loader.responses(bytes, path: "copy.xml", for: Fixtures.mini).date == "2026-10-01")
  }

  @Test func hmacMatchesRFC4231() {
    // RFC 4231 test case 2.
    #expect(
      SHA256.hmacHex(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }
}
