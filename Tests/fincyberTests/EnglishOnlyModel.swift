import Foundation

/// The small English-only model of the CLI tests (Tests/FinCyberCoreTests/Fixtures/
/// english-only-questionnaire.xml: its own words and answer scale, no sectors or tiers), and
/// response files for it written here, so that no test of an option depends on another command.
enum EnglishOnlyModel {
  /// The questionnaire's path.
  static let path = Binary.fixture("english-only-questionnaire.xml")

  /// Its statements' ids, in model order.
  static let statements = ["A1.T1.G1.F1", "A1.T1.G1.M1", "A1.T1.G1.O1", "A2.T1.G1.F1", "A2.T1.G1.M1", "A2.T1.G1.O1"]

  /// Writes a response file with every statement answered "in place".
  ///
  /// - Parameters:
  ///   - name: The file's name in the folder.
  ///   - folder: The folder.
  ///   - date: The assessment date; the period is its quarter.
  static func writeAnswers(_ name: String, in folder: String, date: String = "2026-03-31") throws {
    let month = Int(date.split(separator: "-")[1])!
    let answers = statements.map { "    <answer statement=\"\($0)\" value=\"in-place\"/>" }.joined(separator: "\n")
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="english-only" questionnaire-version="1">
        <institution id="test-co"><name>Test Company</name></institution>
        <assessment date="\(date)" period="\(date.prefix(4))Q\((month - 1) / 3 + 1)"><assessor>CISO</assessor></assessment>
        <answers>
      \(answers)
        </answers>
      </responses>

      """
    try xml.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
  }
}
