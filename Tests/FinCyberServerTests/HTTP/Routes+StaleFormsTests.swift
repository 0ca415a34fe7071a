import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// Two tabs (or a page left open) do not silently undo each other (F4), driven in process: every
/// unit of a form carries the version it was rendered from, a unit the stale tab did not touch
/// keeps what the other tab saved, and a unit both changed is refused with 409.
@Suite struct RoutesStaleFormsTests {
  /// The component form as the browser would send it from a page: every statement with the
  /// answer it shows, empty texts (the mini file has none), and the version it was rendered from;
  /// `changes` replaces fields by name.
  static func wholeForm(_ page: String, changes: [String: String]) -> [(String, String)] {
    var fields: [(String, String)] = []
    for match in page.matches(of: /name="version:([^"]+)" value="([0-9a-f]+)"/) {
      let id = String(match.output.1)
      guard id.hasPrefix("D1.GV.BO.") else { continue }
      let checked = page.firstMatch(of: try! Regex("name=\"value:\(id)\" value=\"([a-z-]+)\" checked"))
      let value = checked.flatMap { $0.output[1].substring.map(String.init) } ?? "unanswered"
      fields += [("statement", id), ("version:" + id, String(match.output.2)), ("value:" + id, value)]
      fields += ["comment", "evidence", "control", "justification"].map { ($0 + ":" + id, "") }
    }
    return fields.map { name, value in (name, changes[name] ?? value) }
  }

  /// The version field of a unit in a page.
  static func version(_ key: String, in page: String) -> String? {
    page.firstMatch(of: try! Regex("name=\"version:\(NSRegularExpression.escapedPattern(for: key))\" value=\"([0-9a-f]+)\""))
      .flatMap { $0.output[1].substring.map(String.init) }
  }

  @Test func aStaleTabKeepsWhatAnotherTabSavedAndRefusesAChangeToIt() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let tabA = try await client.get("/component/D1.GV.BO").body
      let tabB = try await client.get("/component/D1.GV.BO").body

      let savedA = try await client.post("/component/D1.GV.BO", Self.wholeForm(tabA, changes: ["value:D1.GV.BO.B.1": "no", "comment:D1.GV.BO.B.1": "typed in tab A"]))
      #expect(savedA.status == 303)
      // Tab B, opened before A saved, answers another statement: its stale copy of B.1 is not saved over A's.
      let savedB = try await client.post("/component/D1.GV.BO", Self.wholeForm(tabB, changes: ["value:D1.GV.BO.B.2": "yes", "comment:D1.GV.BO.B.2": "typed in tab B"]))
      #expect(savedB.status == 303)
      var onDisk = try server.responses().answers
      #expect(onDisk["D1.GV.BO.B.1"] == Answer(statementID: "D1.GV.BO.B.1", value: .no, comment: "typed in tab A").savedNow)
      #expect(onDisk["D1.GV.BO.B.2"] == Answer(statementID: "D1.GV.BO.B.2", value: .yes, comment: "typed in tab B").savedNow)

      // Tab B now changes B.1 itself, differently: refused, nothing written, both shown.
      let before = try server.bytes()
      let refused = try await client.post("/component/D1.GV.BO", Self.wholeForm(tabB, changes: ["value:D1.GV.BO.B.1": "yes", "comment:D1.GV.BO.B.1": "typed in tab B too"]))
      #expect(refused.status == 409)
      #expect(try server.bytes() == before)
      #expect(refused.body.contains("Not saved: what you changed was saved differently from another tab or window"))
      #expect(refused.body.contains("Saved meanwhile: No; Comment: typed in tab A"), "the saved answer is shown")
      #expect(refused.body.contains(">typed in tab B too</textarea>"), "what was typed stays on the page")
      #expect(refused.body.contains("Reload this page</a>"))
      // Under the "unanswered" filter the statement, answered meanwhile, is still shown with its conflict.
      let filtered = try await client.post(
        "/component/D1.GV.BO", Self.wholeForm(tabB, changes: ["value:D1.GV.BO.B.1": "yes"]) + [("show", "unanswered")])
      #expect(filtered.status == 409)
      #expect(filtered.body.contains("id=\"s-D1.GV.BO.B.1\""), "the conflicting statement is shown whatever the filter")
      // Saving the refused page again does not overwrite A's answer either: it keeps its old version.
      #expect(Self.version("D1.GV.BO.B.1", in: refused.body) == Self.version("D1.GV.BO.B.1", in: tabB))
      onDisk = try server.responses().answers
      #expect(onDisk["D1.GV.BO.B.1"]?.comment == "typed in tab A")

      // After a reload the page shows A's answer with its version, and B's change goes through.
      let reloaded = try await client.get("/component/D1.GV.BO").body
      #expect(reloaded.contains(">typed in tab A</textarea>"))
      let saved = try await client.post(
        "/component/D1.GV.BO", Self.wholeForm(reloaded, changes: ["value:D1.GV.BO.B.1": "yes", "comment:D1.GV.BO.B.1": "typed in tab A"]))
      #expect(saved.status == 303)
      #expect(try server.responses().answers["D1.GV.BO.B.1"] == Answer(statementID: "D1.GV.BO.B.1", value: .yes, comment: "typed in tab A").savedNow)
    }
  }

  @Test func theScriptLearnsTheNewVersionsAndIsToldOfAConflict() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let json = ["Accept": "application/json"]
      let tabA = try await client.get("/component/D1.GV.BO").body
      let tabB = try await client.get("/component/D1.GV.BO").body
      let savedA = try await client.post("/component/D1.GV.BO", Self.wholeForm(tabA, changes: ["value:D1.GV.BO.B.1": "no"]), headers: json)
      #expect(savedA.status == 200)
      let newVersion = try #require(Self.version("D1.GV.BO.B.1", in: try await client.get("/component/D1.GV.BO").body))
      #expect(savedA.body.contains("\"D1.GV.BO.B.1\":\"\(newVersion)\""), "the page takes the saved answer's version: \(savedA.body)")

      // Tab B saves B.2 by script: B.1 stays stale on its page, so its version is not handed out.
      let savedB = try await client.post("/component/D1.GV.BO", Self.wholeForm(tabB, changes: ["value:D1.GV.BO.B.2": "yes"]), headers: json)
      #expect(savedB.status == 200)
      #expect(savedB.body.contains("\"D1.GV.BO.B.2\":"))
      #expect(!savedB.body.contains("\"D1.GV.BO.B.1\":"), "\(savedB.body)")

      let conflict = try await client.post("/component/D1.GV.BO", Self.wholeForm(tabB, changes: ["value:D1.GV.BO.B.1": "yes"]), headers: json)
      #expect(conflict.status == 409)
      #expect(conflict.body.contains("\"status\":\"stale\""))
      #expect(conflict.body.contains("\"conflicts\":[\"D1.GV.BO.B.1\"]"), "\(conflict.body)")
    }
  }

  @Test func theOutcomeRiskAndProfileFormsAreProtectedToo() async throws {
    let server = try InProcessServer()
    try await server.run { client in

      // Outcomes, per indicator.
      let outcomesB = try await client.get("/outcomes").body
      let boardB = try #require(Self.version("OI.D1.BOARD", in: outcomesB))
      let patchB = try #require(Self.version("OI.D2.PATCH", in: outcomesB))
      #expect(try await client.post("/outcomes", [("value:OI.D1.BOARD", "4"), ("value:OI.D2.PATCH", "")]).status == 303)
      let outcomes = try await client.post("/outcomes", [
        ("value:OI.D1.BOARD", ""), ("version:OI.D1.BOARD", boardB), ("value:OI.D2.PATCH", "12"), ("version:OI.D2.PATCH", patchB),
      ])
      #expect(outcomes.status == 303)
      let measured = try server.responses().outcomes
      #expect(measured["OI.D1.BOARD"]?.value == 4 && measured["OI.D2.PATCH"]?.value == 12)
      let outcomeConflict = try await client.post("/outcomes", [("value:OI.D1.BOARD", "5"), ("version:OI.D1.BOARD", boardB)])
      #expect(outcomeConflict.status == 409)
      #expect(outcomeConflict.body.contains("Saved meanwhile: 4"))

      // Risk, per rating.
      let riskB = try #require(Self.version("risk:TC.01", in: try await client.get("/risk").body))
      #expect(try await client.post("/risk", [("risk:TC.01", "most")]).status == 303)
      let riskConflict = try await client.post("/risk", [("risk:TC.01", "least"), ("version:risk:TC.01", riskB)])
      #expect(riskConflict.status == 409)

      // The profile, as one.
      let profileB = try #require(Self.version("profile", in: try await client.get("/").body))
      let profile = [("sector", "bank"), ("tier", "bank-1"), ("period", "2026Q4"), ("date", "2026-12-01"), ("assessor", "CISO")]
      #expect(try await client.post("/profile", [("name", "Bank A")] + profile).status == 303)
      let profileConflict = try await client.post("/profile", [("name", "Bank B"), ("version:profile", profileB)] + profile)
      #expect(profileConflict.status == 409)
      #expect(profileConflict.body.contains("Saved meanwhile: Bank A"))
      #expect(try server.responses().institution.name == "Bank A")
    }
  }
}
