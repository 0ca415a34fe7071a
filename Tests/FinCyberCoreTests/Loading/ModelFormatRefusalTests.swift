import FinCyberCore
import Foundation
import Testing

/// A fixture changed in one place, and the first diagnostic the change must give: located at
/// `marker` (the first place that text occurs in the changed file), saying `message` and `fix`.
struct Refusal: CustomTestStringConvertible, Sendable {
  /// What the case shows.
  var name: String
  /// The fixture changed.
  var fixture: String
  /// Each text to find in the fixture, and what replaces it.
  var edits: [(find: String, replace: String)]
  /// The text the diagnostic points at.
  var marker: String
  /// What the diagnostic says is wrong.
  var message: String
  /// Part of how it says to mend it.
  var fix: String
  var testDescription: String { name }

  /// The changed file's text; each edit must apply.
  func text() -> String {
    var text = Fixtures.text(fixture)
    for edit in edits {
      precondition(text.contains(edit.find), "\(name): '\(edit.find)' is not in \(fixture)")
      text = text.replacingOccurrences(of: edit.find, with: edit.replace)
    }
    return text
  }

  /// The 1-based line and column of the marker in the changed text, counted in characters.
  func expectedPosition() -> (line: Int, column: Int)? {
    for (index, line) in text().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if let range = line.range(of: marker) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
    }
    return nil
  }
}

/// The loader refuses what the model format forbids, each time with the place, the problem and
/// the way to mend it (Questionnaires/README.md, "What a model must and may declare").
@Suite struct ModelFormatRefusalTests {
  /// A statement of the second model, to hang additions on.
  static let statementText = "<text xml:lang=\"en\">The board approves the information security programme at least once a year.</text>"
  static let afterScale = "  </answer-scale>\n"
  /// The first statement of the second model, marked as compliance baseline.
  static let baselineStatement = (
    find: "<statement id=\"GOV.OV.BRD.F1\" level=\"foundational\">",
    replace: "<statement id=\"GOV.OV.BRD.F1\" level=\"foundational\" baseline=\"true\">")
  /// A crosswalk to NIST CSF 2.0, whose ids come from fincyber's copy of NIST's catalogue.
  static let csfCrosswalk = """
      <crosswalks>
        <framework id="csf" catalogue="nist-csf-2.0">
          <name xml:lang="en">NIST CSF 2.0</name>
        </framework>
      </crosswalks>

    """

  /// The second model with a CSF 2.0 crosswalk and a statement citing an id that NIST's CSF 2.0 lacks.
  ///
  /// - Parameters:
  ///   - id: The id cited.
  ///   - name: What the case shows.
  static func csfReference(_ id: String, _ name: String) -> Refusal {
    Refusal(
      name: name, fixture: "cat-like-questionnaire.xml",
      edits: [(afterScale, afterScale + csfCrosswalk), (statementText, statementText + "<ref framework=\"csf\" id=\"\(id)\"/>")],
      marker: "id=\"\(id)\"", message: "'\(id)' is not an id of the framework 'csf'", fix: "cite an id the framework has")
  }

  static let questionnaireCases: [Refusal] = [
    Refusal(
      name: "a text in a language the model does not declare", fixture: "cat-like-questionnaire.xml",
      edits: [("<name xml:lang=\"en\">Governance and Oversight</name>", "<name xml:lang=\"en\">Governance and Oversight</name>\n    <name xml:lang=\"zh-TW\">治理與監督</name>")],
      marker: "xml:lang=\"zh-TW\"", message: "<name> in 'zh-TW', a language the model does not declare",
      fix: "the model declares en (its languages attribute): remove this text or declare its language"),
    Refusal(
      name: "a text missing in one declared language", fixture: "mini-questionnaire.xml",
      edits: [("<text xml:lang=\"zh-TW\">D1.GV.BO 第一項evolving作法已落實。</text>", "")],
      marker: "<statement id=\"D1.GV.BO.E.1\"", message: "<statement id=\"D1.GV.BO.E.1\"> has no <text> in zh-TW",
      fix: "add <text xml:lang=\"zh-TW\">…</text>"),
    Refusal(
      name: "a declared language the texts are not given in", fixture: "cat-like-questionnaire.xml",
      edits: [("languages=\"en\"", "languages=\"en zh-TW\"")],
      marker: "<questionnaire", message: "<questionnaire id=\"cat-like\"> has no <title> in zh-TW", fix: "add <title xml:lang=\"zh-TW\">"),
    Refusal(
      name: "a model in no language fincyber writes", fixture: "cat-like-questionnaire.xml",
      edits: [("languages=\"en\"", "languages=\"fr\""), ("xml:lang=\"en\"", "xml:lang=\"fr\"")],
      marker: "languages=\"fr\"", message: "fincyber writes its reports in zh-TW and en, and the model declares neither",
      fix: "give the model's texts in zh-TW or en as well"),
    Refusal(
      name: "a missing vocabulary term", fixture: "cat-like-questionnaire.xml",
      edits: [("""
            <term of="statement">
              <singular xml:lang="en">declarative statement</singular>
              <plural xml:lang="en">declarative statements</plural>
            </term>

        """, "")],
      marker: "<vocabulary>", message: "the vocabulary has no word for a statement", fix: "add <term of=\"statement\"> with its singular and plural"),
    Refusal(
      name: "two answer values that leave a statement unanswered", fixture: "cat-like-questionnaire.xml",
      edits: [("<answer value=\"partially\" counts-as=\"not-met\">", "<answer value=\"partially\" counts-as=\"not-met\" complete=\"false\">")],
      marker: "<answer-scale>", message: "2 answer values leave a statement unanswered (partially, pending)",
      fix: "mark exactly one value complete=\"false\""),
    Refusal(
      name: "a baseline statement in a model without sources", fixture: "cat-like-questionnaire.xml",
      edits: [baselineStatement],
      marker: "baseline=\"true\"", message: "the statement is marked as compliance baseline, but the model has no compliance-baseline document",
      fix: "declare under <sources> the document whose requirements it restates (role=\"compliance-baseline\"), or remove baseline=\"true\""),
    Refusal(
      name: "a baseline statement in a model whose only source is a reference", fixture: "cat-like-questionnaire.xml",
      edits: [
        (afterScale, afterScale + """
            <sources>
              <document id="guide" date="2026-01-15" role="reference">
                <title xml:lang="en">A guide for small lenders</title>
                <short-title xml:lang="en">the guide</short-title>
                <measure id="G1"><title xml:lang="en">Board approval</title></measure>
              </document>
            </sources>

          """),
        baselineStatement,
      ],
      marker: "baseline=\"true\"", message: "the statement is marked as compliance baseline, but the model has no compliance-baseline document",
      fix: "role=\"compliance-baseline\""),
    Refusal(
      name: "a reference to a framework the model does not declare", fixture: "cat-like-questionnaire.xml",
      edits: [(statementText, statementText + "<ref framework=\"csf\" id=\"GV.OC-01\"/>")],
      marker: "framework=\"csf\"", message: "unknown crosswalk framework 'csf'", fix: "declare it under <crosswalks>"),
    Refusal(
      name: "an id its framework does not list", fixture: "cat-like-questionnaire.xml",
      edits: [
        (afterScale, afterScale + """
            <crosswalks>
              <framework id="guide">
                <name xml:lang="en">A guide for small lenders</name>
                <item id="G.1"/>
                <item id="G.2"/>
              </framework>
            </crosswalks>

          """),
        (statementText, statementText + "<ref framework=\"guide\" id=\"G.9\"/>"),
      ],
      marker: "id=\"G.9\"", message: "'G.9' is not an id of the framework 'guide'", fix: "cite an id the framework has, e.g. G.1"),
    csfReference("NA.NA-00", "a made-up id against NIST's CSF 2.0 catalogue"),
    csfReference("ID.AM-1", "a CSF 1.1 id against NIST's CSF 2.0 catalogue"),
    Refusal(
      name: "a risk profile given in part", fixture: "cat-like-questionnaire.xml",
      edits: [(afterScale, afterScale + "  <risk-levels><risk-level id=\"low\"><name xml:lang=\"en\">Low</name></risk-level></risk-levels>\n")],
      marker: "<risk-levels>", message: "the model has <risk-levels> but no <risk-targets>, <inherent-risk-profile>",
      fix: "give all three or none"),
    Refusal(
      name: "tiers without sectors", fixture: "cat-like-questionnaire.xml",
      edits: [
        (afterScale, afterScale + """
            <tiers>
              <tier id="small" sector="lenders">
                <name xml:lang="en">Small lender</name>
                <criteria xml:lang="en">Assets under one billion</criteria>
                <minimum-target domain="GOV" level="managed"/>
              </tier>
            </tiers>

          """)
      ],
      marker: "<tiers>", message: "the model has tiers but no sectors", fix: "add <sectors>: each tier belongs to a sector"),
  ]

  static let responseCases: [Refusal] = [
    Refusal(
      name: "a sector for a model with none", fixture: "cat-like-responses.xml",
      edits: [("<institution id=\"harbour-savings\">", "<institution id=\"harbour-savings\" sector=\"bank\">")],
      marker: "sector=\"bank\"", message: "questionnaire 'cat-like' has no sectors", fix: "remove the sector attribute"),
    Refusal(
      name: "a tier for a model with none", fixture: "cat-like-responses.xml",
      edits: [("<institution id=\"harbour-savings\">", "<institution id=\"harbour-savings\" tier=\"small\">")],
      marker: "tier=\"small\"", message: "questionnaire 'cat-like' has no tiers", fix: "remove the tier attribute"),
    Refusal(
      name: "an answer value of another model's scale", fixture: "cat-like-responses.xml",
      edits: [("<answer statement=\"GOV.OV.BRD.M1\" value=\"yes\"/>", "<answer statement=\"GOV.OV.BRD.M1\" value=\"yes-compensating\"/>")],
      marker: "value=\"yes-compensating\"", message: "'yes-compensating' is not an answer of questionnaire 'cat-like'",
      fix: "use one of: yes, yes-alternative, partially, no, out-of-scope, pending"),
  ]

  @Test(arguments: questionnaireCases)
  func questionnaireIsRefused(_ refusal: Refusal) throws {
    let error = #expect(throws: FinCyberError.self) { try Loader.questionnaire(Array(refusal.text().utf8), path: "model.xml") }
    try check(error, refusal)
  }

  @Test(arguments: responseCases)
  func responsesAreRefused(_ refusal: Refusal) throws {
    let error = #expect(throws: FinCyberError.self) {
      try Loader.responses(Array(refusal.text().utf8), path: "model.xml", for: Fixtures.catLike)
    }
    try check(error, refusal)
  }

  private func check(_ error: FinCyberError?, _ refusal: Refusal) throws {
    let first = try #require(error?.diagnostics.first)
    let position = try #require(refusal.expectedPosition())
    #expect((first.line, first.column) == position, "\(first)")
    #expect(first.file == "model.xml")
    #expect(first.message.contains(refusal.message), "\(first)")
    #expect(first.fix?.contains(refusal.fix) == true, "\(first)")
  }

  @Test func everyTextMissingInADeclaredLanguageIsNamed() throws {
    let text = Fixtures.text("cat-like-questionnaire.xml").replacingOccurrences(of: "languages=\"en\"", with: "languages=\"en zh-TW\"")
    let error = #expect(throws: FinCyberError.self) { try Loader.questionnaire(Array(text.utf8), path: "model.xml") }
    let diagnostics = error?.diagnostics ?? []
    // One per text of the model: title, description, 8 vocabulary words, 3 level names and 3
    // descriptions, 6 answer names, 5 domain names and 1 description, 8 factor names, 11 component
    // names and 1 description, 34 statements.
    #expect(diagnostics.count == 82)
    #expect(diagnostics.allSatisfy { $0.message.hasSuffix(" in zh-TW") })
    #expect(diagnostics.contains { $0.message == "<statement id=\"INC.RC.BKP.O1\"> has no <text> in zh-TW" })
  }

  // The counterparts of the refusals: what a model may declare loads.
  @Test func aStatementMayCiteAnyDeclaredFrameworkByItsIds() throws {
    let text = Fixtures.text("cat-like-questionnaire.xml")
      .replacingOccurrences(of: Self.afterScale, with: Self.afterScale + Self.csfCrosswalk)
      .replacingOccurrences(of: "  </crosswalks>\n", with: """
            <framework id="csf-1.1">
              <name xml:lang="en">NIST CSF 1.1</name>
              <item id="ID.AM-1"/>
              <item id="ID.GV-2"/>
            </framework>
          </crosswalks>

        """)
      .replacingOccurrences(of: Self.statementText, with: Self.statementText + "<ref framework=\"csf\" id=\"GV.OV-01\"/><ref framework=\"csf-1.1\" id=\"ID.GV-2\"/>")
    let model = try Loader.questionnaire(Array(text.utf8), path: "model.xml")
    #expect(model.crosswalks.map(\.id) == ["csf", "csf-1.1"])
    #expect(model.crosswalk("csf")?.ids.count == 106)
    let statement = try #require(model.statements.first)
    #expect(statement.references.ids(in: "csf") == ["GV.OV-01"])
    #expect(statement.references.ids(in: "csf-1.1") == ["ID.GV-2"])
  }

  @Test func aBaselineStatementLoadsWhenTheModelHasAComplianceBaseline() throws {
    let text = Fixtures.text("cat-like-questionnaire.xml")
      .replacingOccurrences(of: Self.afterScale, with: Self.afterScale + """
          <sources>
            <document id="rules" date="2026-01-15" role="compliance-baseline">
              <title xml:lang="en">The lending rules in force</title>
              <short-title xml:lang="en">the rules</short-title>
              <measure id="R1"><title xml:lang="en">Board approval</title></measure>
            </document>
          </sources>

        """)
      .replacingOccurrences(of: Self.baselineStatement.find, with: Self.baselineStatement.replace)
    let model = try Loader.questionnaire(Array(text.utf8), path: "model.xml")
    #expect(model.complianceBaseline?.id == "rules")
    #expect(model.statements.filter(\.isComplianceBaseline).map(\.id) == ["GOV.OV.BRD.F1"])
  }
}
