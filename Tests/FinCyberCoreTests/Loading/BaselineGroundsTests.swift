import FinCyberCore
import Foundation
import Testing

/// What a compliance-baseline flag must rest on, named rules, targets a table may not set, and the
/// statement parts a model may add (issue 15's format), on the mini questionnaire edited in memory.
@Suite struct BaselineGroundsTests {
  static func load(_ edits: [(String, String)]) throws -> Questionnaire {
    var text = try String(contentsOfFile: Fixtures.path("mini-questionnaire.xml"), encoding: .utf8)
    for (from, to) in edits {
      let changed = text.replacingOccurrences(of: from, with: to)
      #expect(changed != text, "the edit \(from) found nothing")
      text = changed
    }
    return try Loader.questionnaire(Array(text.utf8), path: "mini-edited.xml")
  }

  static func refusal(_ edits: [(String, String)]) throws -> Diagnostic {
    let error = #expect(throws: FinCyberError.self) { try load(edits) }
    return try #require(error?.diagnostics.first)
  }

  static let rules = """
      <rules>
        <rule id="fisc-baseline" kind="self-regulatory-rule"><title xml:lang="zh-TW">金融機構資通安全防護基準</title><title xml:lang="en">Financial institutions' information and communication security protection baseline</title></rule>
        <rule id="network-guide" kind="reference-guide"><title xml:lang="zh-TW">網路安全防護基準參考指引</title><title xml:lang="en">Network security protection baseline reference guide</title></rule>
      </rules>
      <crosswalks>
    """

  @Test func aBaselineFlagOnAnEncouragedMeasureIsRefusedWhereIt() throws {
    let first = try Self.refusal([(#"<measure id="A1.1">"#, #"<measure id="A1.1" force="encouraged">"#)])
    #expect(first.message.contains("marked as compliance baseline, but cites no requirement or binding rule: A1.1 (encouraged) cannot make a baseline finding"))
    #expect((first.line, first.column) == (351, 55), "at the first flagged statement's baseline attribute")
    #expect(first.fix?.contains("remove baseline=\"true\"") == true)
  }

  @Test func aRequiredMeasureOrABindingRuleGroundsTheFlag() throws {
    #expect(throws: Never.self) { try Self.load([(#"<measure id="A1.1">"#, #"<measure id="A1.1" force="required">"#)]) }
    // An encouraged measure, but a self-regulatory rule cited beside it: the rule binds.
    let questionnaire = try Self.load([
      (#"<measure id="A1.1">"#, #"<measure id="A1.1" force="encouraged">"#), ("  <crosswalks>\n", Self.rules),
      (#"<source ref="A1.1"/>"#, #"<source ref="A1.1"/><rule ref="fisc-baseline"/>"#),
    ])
    #expect(questionnaire.statements.first?.rules == ["fisc-baseline"])
    #expect(questionnaire.rule("fisc-baseline")?.kind.binds == true)
  }

  @Test func aReferenceGuideDoesNotGroundTheFlagAndAnUnknownRuleIsRefused() throws {
    let guide = try Self.refusal([
      (#"<measure id="A1.1">"#, #"<measure id="A1.1" force="reference-guide">"#), ("  <crosswalks>\n", Self.rules),
      (#"<source ref="A1.1"/>"#, #"<source ref="A1.1"/><rule ref="network-guide"/>"#),
    ])
    #expect(guide.message.contains("cites no requirement or binding rule"))
    let unknown = try Self.refusal([("  <crosswalks>\n", Self.rules), (#"<source ref="A1.1"/>"#, #"<source ref="A1.1"/><rule ref="no-such-rule"/>"#)])
    #expect(unknown.message == "unknown rule 'no-such-rule'")
  }

  @Test func aLevelOnlyChosenIsNeverSetByATable() throws {
    let risk = try Self.refusal([(#"<level id="innovative" code="Inn">"#, #"<level id="innovative" code="Inn" computed-target="false">"#)])
    #expect(risk.message.contains("the level 'innovative' is only ever an institution's own choice"))
    #expect(risk.line == 186)
    // With the table's top at advanced and a range up to innovative, it loads and keeps the range.
    let questionnaire = try Self.load([
      (#"<level id="innovative" code="Inn">"#, #"<level id="innovative" code="Inn" computed-target="false">"#),
      (#"<risk-target risk="most" level="innovative"/>"#, #"<risk-target risk="most" level="advanced" up-to="innovative"/>"#),
    ])
    #expect(questionnaire.riskTargets["most"]?.id == "advanced")
    #expect(questionnaire.riskTargetCeilings["most"]?.id == "innovative")
    #expect(questionnaire.levels.last?.computedTarget == false)
    let below = try Self.refusal([(#"<risk-target risk="most" level="innovative"/>"#, #"<risk-target risk="most" level="advanced" up-to="evolving"/>"#)])
    #expect(below.message == "the range of 'most' ends at evolving, below its target advanced")
  }

  @Test func conditionsNotesMarkersAndTheGlossaryAreRead() throws {
    let questionnaire = try Self.load([
      (#"<statement id="D1.GV.BO.B.2" level="baseline">"#, #"<statement id="D1.GV.BO.B.2" level="baseline" kind="sharing" depends-on-others="true">"#),
      (#"<evidence xml:lang="en">Proof that D1.GV.BO second baseline practice is in place.</evidence>"#, """
        <evidence xml:lang="en">Proof that D1.GV.BO second baseline practice is in place.</evidence>
                  <condition xml:lang="zh-TW">期間內無重大資安事件者，答「是」。</condition>
                  <condition xml:lang="en">With no major incident in the period, answer yes.</condition>
                  <note xml:lang="zh-TW">來源未載明條文。</note>
                  <note xml:lang="en">The source does not give the rule's text.</note>
        """),
      ("  <levels>", """
          <glossary>
            <term id="major-incident"><name xml:lang="zh-TW">重大資安事件</name><name xml:lang="en">major incident</name><definition xml:lang="zh-TW">依主管機關通報規定須通報之資安事件。</definition><definition xml:lang="en">A security incident the regulator's rules require to be reported.</definition></term>
          </glossary>
          <levels>
        """),
    ])
    let statement = try #require(questionnaire.statements.first { $0.id == "D1.GV.BO.B.2" })
    #expect(statement.condition.text(.english) == "With no major incident in the period, answer yes.")
    #expect(statement.note.text(.traditionalChinese) == "來源未載明條文。")
    #expect(statement.isSharing && statement.dependsOnOthers)
    #expect(questionnaire.glossary.map(\.id) == ["major-incident"])
    #expect(questionnaire.statements.first?.condition.isEmpty == true)
  }
}
