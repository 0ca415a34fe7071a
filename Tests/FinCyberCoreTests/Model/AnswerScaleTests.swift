import FinCyberCore
import Foundation
import Testing

/// A model's answer scale is its own: values the bundled model lacks count as the scale says,
/// and adding one to a model is a change to the model's file only.
@Suite struct AnswerScaleTests {
  static let scale = Fixtures.catLike.answerScale

  /// An answer to one statement.
  static func answer(_ value: String, statement: String = "GOV.OV.POL.M1") -> Answer {
    Answer(statementID: statement, value: AnswerValue(value))
  }

  @Test func theSecondModelsValuesInItsOrder() {
    #expect(Self.scale.meanings.map(\.value.rawValue) == ["yes", "yes-alternative", "partially", "no", "out-of-scope", "pending"])
    #expect(Self.scale.meanings.map { $0.name.text(.english) } == [
      "Yes", "Yes, through an alternative control", "Partially in place", "No", "Out of scope", "Not yet answered",
    ])
    // The bundled model's own values are not answers of this model.
    for value in ["yes-compensating", "not-applicable", "unanswered"] {
      #expect(Self.scale[AnswerValue(value)] == nil, "\(value)")
    }
  }

  @Test func partiallyIsAnAnswerThatCountsAsNotMet() throws {
    let partially = try #require(Self.scale[AnswerValue("partially")])
    #expect(partially.counting == .notMet)
    #expect(partially.isGap && !partially.meets && !partially.isExcluded)
    #expect(partially.isComplete)
    #expect(partially.requirement == .none)
    #expect(!Self.scale.meets(Self.answer("partially")))
    #expect(Self.scale.isGap(Self.answer("partially")))
    #expect(Self.scale.isComplete(Self.answer("partially")))
  }

  @Test func theOtherNewValuesCountAsTheScaleSays() throws {
    let alternative = try #require(Self.scale[AnswerValue("yes-alternative")])
    #expect(alternative.meets && alternative.isComplete && alternative.requirement == .compensatingControl)
    let outOfScope = try #require(Self.scale[AnswerValue("out-of-scope")])
    #expect(outOfScope.isExcluded && outOfScope.isComplete && outOfScope.requirement == .justification)
    // The one incomplete value is what a statement with no answer has.
    #expect(Self.scale.unansweredValue == AnswerValue("pending"))
    #expect(Self.scale.meaning(of: nil).value == AnswerValue("pending"))
    #expect(!Self.scale.isComplete(nil) && Self.scale.isGap(nil))
  }

  @Test func aNewValuesRequirementIsEnforcedByTheLoader() throws {
    let text = Fixtures.text("cat-like-responses.xml")
    let bare = text.replacingOccurrences(
      of: "<compensating-control>The audit committee hears the security report monthly and passes it to the board in writing.</compensating-control>",
      with: "")
    let error = #expect(throws: FinCyberError.self) { try Loader.responses(Array(bare.utf8), path: "bare.xml", for: Fixtures.catLike) }
    let first = try #require(error?.diagnostics.first)
    #expect(first.message == "the answer 'yes-alternative' to 'GOV.OV.BRD.F2' needs a description of the compensating control", "\(first)")
    #expect(first.line == SourceText(path: "bare.xml", text: bare).find("value=\"yes-alternative\"")?.line)
  }

  // The mini model (the bundled model's scale) gains a value, "in-progress", counting as not met:
  // only its file changes. A component with an in-progress statement does not reach that level,
  // and the assessment stays complete.
  @Test func addingAValueToAModelIsAChangeToItsFileOnly() throws {
    let questionnaire = Fixtures.text("mini-questionnaire.xml").replacingOccurrences(
      of: "  </answer-scale>",
      with: """
            <answer value="in-progress" counts-as="not-met">
              <name xml:lang="zh-TW">進行中</name>
              <name xml:lang="en">In progress</name>
            </answer>
          </answer-scale>
        """)
    let model = try Loader.questionnaire(Array(questionnaire.utf8), path: "mini-in-progress.xml")
    #expect(model.answerScale.meanings.last?.value == AnswerValue("in-progress"))
    let xml = Fixtures.responsesXML(answers: Fixtures.allYes(except: ["D2.PR.ZT.E.1": "in-progress"]))
    let responses = try Loader.responses(Array(xml.utf8), path: "in-progress.xml", for: model)
    let result = Scorer.score(responses, against: model)
    #expect(result.component("D2.PR.ZT").achieved?.id == "baseline")
    #expect(result.isComplete)
    #expect(result.targetGaps.map(\.statement.id) == ["D2.PR.ZT.E.1"])
    // The unchanged model refuses the value.
    #expect(throws: FinCyberError.self) { try Loader.responses(Array(xml.utf8), path: "in-progress.xml", for: Fixtures.mini) }
  }
}
