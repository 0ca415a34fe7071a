import FinCyberCore
import Foundation
import Testing
import FinCyberTestSupport

/// Migration through each kind of map entry (Fixtures/mini-questionnaire-v2.xml revises version 1:
/// BO.E.1 replaced by BO.E.2, RM.Int.1 split into RM.Int.2 and RM.Int.3, ZT.Inn.1 retired, ZT.A.2 new).
@Suite struct MigrationTests {
  static let v2 = try! Loader.questionnaire(at: Fixtures.path("mini-questionnaire-v2.xml"))

  static func responses() throws -> Responses {
    var answers = Fixtures.allYes(except: ["D1.GV.BO.E.1": "yes-compensating", "D1.GV.RM.Int.1": "no", "D2.PR.ZT.Inn.1": "not-applicable"])
    answers["D2.PR.ZT.B.1"] = "no"
    let xml = Fixtures.responsesXML(answers: answers, ratings: [("TC.01", "moderate")], outcomes: [("OI.D2.PATCH", "9")])
    return try Loader.responses(Array(xml.utf8), path: "v1.xml", for: Fixtures.mini)
  }

  @Test func unchangedStatementsKeepTheirAnswers() throws {
    let (migrated, _) = try Migration.migrate(try Self.responses(), from: Fixtures.mini, to: Self.v2, newPath: "v2.xml")
    #expect(migrated.questionnaireVersion == "2")
    #expect(migrated.answers["D2.PR.ZT.B.1"]?.value == .no)
    #expect(migrated.answers["D1.GV.BO.B.1"]?.value == .yes)
    #expect(migrated.riskRatings.map(\.risk) == ["moderate"])
    #expect(migrated.outcomes["OI.D2.PATCH"]?.value == 9)
  }

  @Test func theReviewTrailGoesWithEveryAnswer() throws {
    var responses = try Self.responses()
    responses.answers["D1.GV.BO.E.1"]?.trail.review = .init(status: .reviewed, by: "Internal audit", date: "2026-03-30")
    responses.answers["D1.GV.BO.E.1"]?.trail.answeredBy = "IT operations"
    responses.answers["D2.PR.ZT.Inn.1"]?.trail.carried = true
    let (migrated, _) = try Migration.migrate(responses, from: Fixtures.mini, to: Self.v2, newPath: "v2.xml")
    #expect(migrated.answers["D1.GV.BO.E.2"]?.trail.review?.by == "Internal audit")
    #expect(migrated.answers["D1.GV.BO.E.2"]?.trail.answeredBy == "IT operations")
    #expect(migrated.retiredAnswers.first { $0.answer.statementID == "D2.PR.ZT.Inn.1" }?.answer.trail.carried == true)
  }

  @Test func aReplacedStatementPassesItsAnswerOn() throws {
    let (migrated, changes) = try Migration.migrate(try Self.responses(), from: Fixtures.mini, to: Self.v2, newPath: "v2.xml")
    let carried = try #require(migrated.answers["D1.GV.BO.E.2"])
    #expect(carried.value == .yesCompensating)
    #expect(carried.compensatingControl == "Manual daily review")
    #expect(migrated.answers["D1.GV.BO.E.1"] == nil)
    #expect(changes.contains(.replaced(old: "D1.GV.BO.E.1", new: "D1.GV.BO.E.2")))
  }

  @Test func aSplitStatementCopiesItsAnswerToEveryPart() throws {
    let (migrated, changes) = try Migration.migrate(try Self.responses(), from: Fixtures.mini, to: Self.v2, newPath: "v2.xml")
    #expect(migrated.answers["D1.GV.RM.Int.2"]?.value == .no)
    #expect(migrated.answers["D1.GV.RM.Int.3"]?.value == .no)
    #expect(changes.contains(.split(old: "D1.GV.RM.Int.1", into: ["D1.GV.RM.Int.2", "D1.GV.RM.Int.3"])))
  }

  @Test func aRetiredStatementsAnswerIsKeptNotLost() throws {
    let (migrated, changes) = try Migration.migrate(try Self.responses(), from: Fixtures.mini, to: Self.v2, newPath: "v2.xml")
    #expect(migrated.retiredAnswers.map(\.answer.statementID) == ["D2.PR.ZT.Inn.1"])
    #expect(migrated.retiredAnswers.first?.answer.justification == "No such service")
    #expect(migrated.retiredAnswers.first?.questionnaireVersion == "1")
    #expect(changes.contains(.retired("D2.PR.ZT.Inn.1")))
    // Written and read back, the retired answer survives and is not scored.
    let bytes = try ResponsesWriter(questionnaire: Self.v2, language: .english).xml(migrated)
    let reread = try Loader.responses(bytes, path: "migrated.xml", for: Self.v2)
    #expect(reread.retiredAnswers == migrated.retiredAnswers)
    // The writer lists every statement; the new one appears as an explicit `unanswered`.
    #expect(reread.answers.filter { $0.value.value != .unanswered } == migrated.answers)
    #expect(reread.answers["D2.PR.ZT.A.2"]?.value == .unanswered)
  }

  @Test func newStatementsStartUnanswered() throws {
    let (migrated, changes) = try Migration.migrate(try Self.responses(), from: Fixtures.mini, to: Self.v2, newPath: "v2.xml")
    #expect(migrated.answers["D2.PR.ZT.A.2"] == nil)
    #expect(changes.filter { if case .added = $0 { return true } else { return false } } == [.added("D2.PR.ZT.A.2")])
    let scored = Scorer.score(migrated, against: Self.v2)
    #expect(scored.unanswered.map(\.id) == ["D2.PR.ZT.A.2"])
  }

  @Test func everyOldAnswerEndsUpSomewhere() throws {
    let original = try Self.responses()
    let (migrated, _) = try Migration.migrate(original, from: Fixtures.mini, to: Self.v2, newPath: "v2.xml")
    let kept = Set(migrated.answers.values.map(\.value)).union(migrated.retiredAnswers.map(\.answer.value))
    #expect(Set(original.answers.values.map(\.value)).isSubset(of: kept))
    #expect(migrated.answers.count + migrated.retiredAnswers.count == original.answers.count + 1)  // + one split part
  }

  @Test func onlyTheVersionThatRevisesTheAnswersIsAccepted() throws {
    let error = #expect(throws: FinCyberError.self) {
      try Migration.migrate(try Self.responses(), from: Self.v2, to: Fixtures.mini, newPath: "v1.xml")
    }
    #expect(error?.diagnostics.first?.message.contains("does not revise") == true)
  }

  @Test func aVersionWithoutAMapIsRefusedAsAWholeFileWhenOnlyItsPathIsKnown() throws {
    let error = #expect(throws: FinCyberError.self) {
      try Migration.migrate(try Self.responses(), from: Self.v2, to: Fixtures.mini, newPath: "v1.xml")
    }
    #expect(error?.diagnostics.first?.position == nil, "no made-up line 1, column 1")
  }

  /// Given the new version's document, the refusal points at what in it is wrong: its
  /// `<revises version>`, or its version where it revises none.
  @Test func aRefusalPointsAtTheNewVersionsMap() throws {
    let v2Path = Fixtures.path("mini-questionnaire-v2.xml")
    let v2Document = try XMLDocumentLoader.load(try InputFile.read(v2Path), path: "v2.xml", expecting: [.questionnaire])
    let answersToV2 = try Migration.migrate(try Self.responses(), from: Fixtures.mini, to: Self.v2, newPath: "v2.xml").responses
    let again = #expect(throws: FinCyberError.self) {
      try Migration.migrate(answersToV2, from: Self.v2, to: Self.v2, newDocument: v2Document)
    }
    #expect(again?.diagnostics.first?.description.hasPrefix("v2.xml:34:12: questionnaire 'mini' version 2 does not revise 'mini' version 2") == true)

    let v1Text = try String(contentsOfFile: Fixtures.path("mini-questionnaire.xml"), encoding: .utf8)
    let v1Document = try XMLDocumentLoader.load(Array(v1Text.utf8), path: "v1.xml", expecting: [.questionnaire])
    let back = #expect(throws: FinCyberError.self) {
      try Migration.migrate(answersToV2, from: Self.v2, to: Fixtures.mini, newDocument: v1Document)
    }
    let rootLine = v1Text.split(separator: "\n")[2]
    let column = rootLine.distance(from: rootLine.startIndex, to: rootLine.range(of: " version=")!.lowerBound) + 2
    #expect((back?.diagnostics.first?.line, back?.diagnostics.first?.column) == (3, column))

    let otherText = try String(contentsOfFile: v2Path, encoding: .utf8).replacingOccurrences(of: "id=\"mini\" version=\"2\"", with: "id=\"other\" version=\"2\"")
    let otherDocument = try XMLDocumentLoader.load(Array(otherText.utf8), path: "other.xml", expecting: [.questionnaire])
    let other = #expect(throws: FinCyberError.self) {
      try Migration.migrate(try Self.responses(), from: Fixtures.mini, to: try Loader.questionnaire(otherDocument), newDocument: otherDocument)
    }
    #expect((other?.diagnostics.first?.line, other?.diagnostics.first?.column) == (3, column - 10), "at id=\"other\"")
  }

  @Test func aMapThatPointsNowhereIsRefused() throws {
    let text = try String(contentsOfFile: Fixtures.path("mini-questionnaire-v2.xml"), encoding: .utf8)
      .replacingOccurrences(of: "by=\"D1.GV.BO.E.2\"", with: "by=\"D1.GV.BO.E.9\"")
    let error = #expect(throws: FinCyberError.self) { try Loader.questionnaire(Array(text.utf8), path: "v2.xml") }
    #expect(error?.diagnostics.first?.message == "'D1.GV.BO.E.9' is not a statement of this version")
  }
}
