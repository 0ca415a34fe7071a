import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// The CISO's quarter in the answering app, driven in process (``InProcessServer``): a new file
/// started from last quarter's, carried answers shown and confirmed, who answers recorded, the
/// review trail edited, and the counts in the header.
@Suite struct RoutesQuarterTests {
  /// A previous period's file for the mini questionnaire (2026Q3): B.1 and B.2 answered yes,
  /// E.1 no; the rest unanswered.
  static func previousQuarter(in folder: String) throws -> String {
    var responses = ServerFixtures.emptyResponses
    responses.period = "2026Q3"
    responses.date = "2026-09-30"
    for (id, value) in [("D1.GV.BO.B.1", AnswerValue.yes), ("D1.GV.BO.B.2", .yes), ("D1.GV.BO.E.1", .no)] {
      responses.answers[id] = Answer(statementID: id, value: value, comment: "as of " + responses.period)
    }
    let path = folder + "/2026Q3.xml"
    try AtomicFile.write(try ResponsesWriter(questionnaire: ServerFixtures.mini, language: .english).xml(responses), to: path)
    return path
  }

  /// A server whose response file is started from ``previousQuarter(in:)``.
  static func carried() throws -> (InProcessServer, String) {
    let folder = try ServerFixtures.temporaryFolder()
    let previous = try previousQuarter(in: folder)
    return (try InProcessServer(carryFrom: previous), folder)
  }

  /// Runs a test against a server started from last quarter's file, given the component
  /// D1.GV.BO's form as the page renders it.
  static func withCarriedComponent(_ test: @escaping @Sendable (InProcessServer, InProcessClient, [(String, String)]) async throws -> Void)
    async throws
  {
    let (server, folder) = try carried()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try await server.run { client in
      let page = try await client.get("/component/D1.GV.BO").body
      try await test(server, client, PageForm.fields(of: page, action: "/component/D1.GV.BO"))
    }
  }

  @Test func aNewFileStartsFromLastQuartersWithEveryAnswerCarried() async throws {
    let (server, folder) = try Self.carried()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let started = try server.responses()
    #expect(started.period == "2026Q4", "today's quarter")
    #expect(started.answers["D1.GV.BO.B.1"]?.value == .yes)
    #expect(started.answers["D1.GV.BO.B.1"]?.comment == "as of 2026Q3")
    #expect(started.answers.values.filter(\.trail.carried).count == started.answers.count)
    try await server.run { client in
      let page = try await client.get("/component/D1.GV.BO").body
      #expect(page.contains(#"class="statement gap carried" id="s-D1.GV.BO.E.1""#) || page.contains(#"carried" id="s-D1.GV.BO.E.1""#))
      #expect(page.contains(#"<span class="tag carried-mark" id="carried-D1.GV.BO.B.1">Carried</span>"#), "a mark with words, not colour alone")
      #expect(page.contains("Carried from the previous period, not yet confirmed"))
      #expect(page.contains(#"name="confirm" value="all""#), "confirm the whole component in one action")
      let statements = ServerFixtures.mini.statements.count
      let carried = started.answers.count
      let answered = started.answers.values.filter { ServerFixtures.mini.answerScale.isComplete($0) }.count
      #expect(page.contains("Answered \(answered) of \(statements), \(carried) carried"))
    }
  }

  @Test func confirmingAComponentSettlesEveryCarriedAnswerInItWithWhoAndWhen() async throws {
    let (server, folder) = try Self.carried()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try await server.run { client in
      #expect(try await client.post("/answerer", [("name", "Mei-Ling Chen"), ("back", "/component/D1.GV.BO")]).status == 303)
      #expect(try await client.get("/").body.contains("Answering as Mei-Ling Chen"))
      // The plain form's Save of the whole page with the confirm button: no JavaScript needed.
      let page = try await client.get("/component/D1.GV.BO").body
      let saved = try await client.post("/component/D1.GV.BO", PageForm.fields(of: page, action: "/component/D1.GV.BO") + [("confirm", "all")])
      #expect(saved.status == 303)
      let answers = try server.responses().answers
      let component = ServerFixtures.mini.statements.filter { $0.componentID == "D1.GV.BO" }.map(\.id)
      for id in component {
        #expect(answers[id]?.trail.carried == false, "\(id) confirmed")
        #expect(answers[id]?.trail.answeredBy == "Mei-Ling Chen")
        #expect(answers[id]?.trail.answeredAt == InProcessServer.now)
      }
      let elsewhere = answers.filter { !component.contains($0.key) }
      #expect(!elsewhere.isEmpty && elsewhere.values.allSatisfy(\.trail.carried), "other components stay carried")
      #expect(try await client.get("/component/D1.GV.BO").body.contains(#"<p class="confirm-all" id="confirm-all-row" hidden>"#), "nothing left to confirm")
    }
  }

  @Test func aPageSavedUnchangedKeepsTheCarriedMarkAndOneStatementCanBeConfirmed() async throws {
    try await Self.withCarriedComponent { server, client, fields in
      #expect(try await client.post("/component/D1.GV.BO", fields).status == 303)
      #expect(try server.responses().answers["D1.GV.BO.B.1"]?.trail.carried == true, "a Save is not a confirmation")
      #expect(try await client.post("/component/D1.GV.BO", fields + [("confirm", "D1.GV.BO.B.1")]).status == 303)
      let answers = try server.responses().answers
      #expect(answers["D1.GV.BO.B.1"]?.trail.carried == false)
      #expect(answers["D1.GV.BO.B.2"]?.trail.carried == true)
    }
  }

  @Test func aChangedCarriedAnswerShowsThePreviousValueBesideIt() async throws {
    try await Self.withCarriedComponent { server, client, rendered in
      let fields = rendered.map { $0.0 == "value:D1.GV.BO.B.2" ? ($0.0, "no") : $0 }
      #expect(try await client.post("/component/D1.GV.BO", fields).status == 303)
      let answer = try server.responses().answers["D1.GV.BO.B.2"]
      #expect(answer?.trail.carried == false)
      #expect(answer?.trail.previous?.period == "2026Q3")
      #expect(answer?.trail.previous?.value == .yes)
      let after = try await client.get("/component/D1.GV.BO").body
      #expect(after.contains(#"<span class="previous" id="previous-D1.GV.BO.B.2">Previous period (2026Q3): Yes</span>"#))
      #expect(after.contains("Answered by \(InProcessServer.now)") == false, "no name given: none recorded")
    }
  }

  @Test func theReviewAndTheCoachsRemarkAreSavedPerStatement() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      #expect(try await client.post("/answerer", [("name", "Audit lead"), ("back", "/")]).status == 303)
      let page = try await client.get("/component/D1.GV.BO").body
      #expect(page.contains(#"<details class="review"><summary>Review and coach’s remark</summary>"#) || page.contains(#"<details class="review">"#), "folded by default")
      var fields = PageForm.fields(of: page, action: "/component/D1.GV.BO")
      fields = fields.map { field in
        switch field.0 {
        case "review:D1.GV.BO.B.1": return (field.0, "challenged")
        case "reviewRemark:D1.GV.BO.B.1": return (field.0, "Minutes do not show the vote")
        case "coach:D1.GV.BO.B.2": return (field.0, "Compare with peers' board reports")
        case "coachBy:D1.GV.BO.B.2": return (field.0, "F-ISAC coach Lin")
        default: return field
        }
      }
      #expect(try await client.post("/component/D1.GV.BO", fields).status == 303)
      let answers = try server.responses().answers
      #expect(answers["D1.GV.BO.B.1"]?.trail.review == AnswerTrail.Review(
        status: .challenged, by: "Audit lead", date: "2026-12-01", remark: "Minutes do not show the vote"))
      #expect(answers["D1.GV.BO.B.2"]?.trail.coachRemark == AnswerTrail.Remark(
        text: "Compare with peers' board reports", by: "F-ISAC coach Lin", date: "2026-12-01"))
      let shown = try await client.get("/component/D1.GV.BO").body
      #expect(shown.contains(#"<option value="challenged" selected>Challenged</option>"#))
      // A status that is none of the three is refused at its field.
      let refused = try await client.post("/component/D1.GV.BO", fields.map { $0.0 == "review:D1.GV.BO.B.1" ? ($0.0, "approved") : $0 })
      #expect(refused.status == 422)
      #expect(refused.body.contains("D1.GV.BO.B.1: &#39;approved&#39; is not a review status."))
    }
  }

  @Test func theAnswererIsKeptInTheServerNotInACookie() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let set = try await client.post("/answerer", [("name", "Mei-Ling Chen"), ("back", "/")])
      #expect(set.status == 303)
      #expect(set.header("Set-Cookie") == nil)
      #expect(server.prepared.state.answerer == "Mei-Ling Chen")
      let long = try await client.post("/answerer", [("name", "a\u{1}b"), ("back", "/")])
      #expect(long.status == 422)
      #expect(server.prepared.state.answerer == "Mei-Ling Chen")
    }
  }
}

/// A save or a refusal answers the page's script with what the file now holds (``LiveState``),
/// computed by the server.
@Suite struct RoutesLiveStateTests {
  @Test func aSaveAnswersWithTheMarksLevelsProgressAndCountsTheFileNowHolds() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let page = try await client.get("/component/D1.GV.BO").body
      let fields = PageForm.fields(of: page, action: "/component/D1.GV.BO").map { $0.0 == "value:D1.GV.BO.B.1" ? ($0.0, "yes") : $0 }
      let saved = try await client.post("/component/D1.GV.BO", fields, headers: ["Accept": "application/json"])
      #expect(saved.status == 200)
      let live = try #require(try JSONSerialization.jsonObject(with: Data(saved.body.utf8)) as? [String: Any])["live"] as? [String: Any]
      let texts = try #require(live?["texts"] as? [String: String])
      let marks = try #require(live?["marks"] as? [String: [String: Bool]])
      #expect(marks["s-D1.GV.BO.B.1"] == ["incomplete": false, "gap": false, "carried": false], "its gap bar goes at once")
      #expect(marks["s-D1.GV.BO.B.2"]?["gap"] == true)
      #expect(texts["component-progress"] == "1 / 6")
      #expect(texts["domain-progress"]?.hasPrefix("1 / ") == true)
      #expect(texts["answered-of-total"] == "Answered 1 of 16, 0 carried")
      #expect(texts["target-D1"] != nil && texts["computed-risk"] != nil && texts["reached-OI.D1.BOARD"] == "Not measured")
    }
  }

  @Test func aRefusalAnswersWithEachFieldsMessageAndTheAnswerTheFileHolds() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let page = try await client.get("/component/D1.GV.BO").body
      let fields = PageForm.fields(of: page, action: "/component/D1.GV.BO").map { $0.0 == "value:D1.GV.BO.B.1" ? ($0.0, "not-applicable") : $0 }
      let refused = try await client.post("/component/D1.GV.BO", fields, headers: ["Accept": "application/json"])
      #expect(refused.status == 422)
      let result = try #require(try JSONSerialization.jsonObject(with: Data(refused.body.utf8)) as? [String: Any])
      let problems = try #require(result["problems"] as? [[String: String]])
      #expect(problems.first?["field"] == "justification:D1.GV.BO.B.1")
      #expect(problems.first?["message"] == "D1.GV.BO.B.1: the answer 'Not applicable' needs a justification.")
      let held = (result["live"] as? [String: Any])?["held"] as? [String: String]
      #expect(held?["value:D1.GV.BO.B.1"] == "unanswered", "the radio goes back to what the file holds")
    }
  }

  @Test func theRiskPageShowsTheComputedRiskAndTargetsWhereTheScriptUpdatesThem() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let page = try await client.get("/risk").body
      for id in [#"id="computed-risk""#, #"id="overall-risk""#, #"id="target-D1""#] { #expect(page.contains(id), "\(id)") }
      #expect(try await client.get("/outcomes").body.contains(#"id="reached-OI.D1.BOARD""#))
    }
  }
}
