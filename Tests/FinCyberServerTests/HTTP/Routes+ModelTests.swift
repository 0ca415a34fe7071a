import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// The pages follow the model answered: a part it lacks gets no page, tab or field; its answer
/// scale, words and languages are the only ones the pages use. The second model (English only, no
/// sectors, tiers, risk profile, outcome indicators, evidence guidance or sources, an answer scale
/// with values the Roadmap lacks) against the mini questionnaire, which has every part.
@Suite struct RoutesModelTests {
  static let catLike = (ServerFixtures.catLike, ServerFixtures.catLikeBytes)

  /// A page's text without its markup.
  static func text(_ html: String) -> String {
    html.replacingOccurrences(of: #"(?s)<script\b.*?</script>"#, with: " ", options: .regularExpression)
      .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
  }

  @Test func aModelWithoutAPartGetsNoPageTabOrFieldForIt() async throws {
    try await InProcessServer(Self.catLike, copying: ServerFixtures.catLikeResponsesPath).run { client in
      let overview = try await client.get("/")
      #expect(overview.status == 200)
      #expect(!overview.body.contains("name=\"sector\"") && !overview.body.contains("name=\"tier\""), "no sector or tier field")
      #expect(!overview.body.contains("href=\"/risk\"") && !overview.body.contains("href=\"/outcomes\""), "no inherent-risk or outcomes tab")
      #expect(overview.body.contains("<a href=\"/targets\">Targets</a>"), "the targets the institution may set have a page of their own")
      #expect(!overview.body.contains("action=\"/language\""), "an English-only model offers no other language")
      #expect(!overview.body.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) }, "no Chinese at all")
      #expect(overview.body.contains("<h2 id=\"domains-heading\">The five domains</h2>"))
      #expect(overview.body.contains("<title>Overview — Cyber Maturity Self-Review for Small Lenders</title>"))
      #expect(overview.body.contains("Below Foundational"), "a level below the lowest is named after the model's lowest")
      for path in ["/risk", "/outcomes"] {
        #expect(try await client.get(path).status == 404, "\(path)")
        #expect(try await client.post(path, []).status == 404, "\(path)")
      }
      let targets = try await client.get("/targets").body
      #expect(targets.contains("<h1>Targets</h1>") && targets.contains("name=\"target:GOV\""))
      let words = Self.text(targets)
      for absent in ["inherent risk", "Inherent risk", "tier", "Tier", "Overall"] { #expect(!words.contains(absent), "the targets page says \(absent)") }
      let component = try await client.get("/component/GOV.OV.POL").body
      #expect(!component.contains("class=\"guidance\""), "no evidence guidance to show")
      #expect(!component.contains("tag baseline"), "no compliance baseline to mark")
      #expect(component.contains("Next unanswered declarative statement"))
    }
  }

  @Test func theScriptLearnsWhatEachAnswerRequiresFromThePage() async throws {
    try await InProcessServer(Self.catLike, copying: ServerFixtures.catLikeResponsesPath).run { client in
      let page = try await client.get("/component/GOV.OV.POL").body
      for value in ["yes", "yes-alternative", "partially", "no", "out-of-scope", "pending"] {
        #expect(page.contains("name=\"value:GOV.OV.POL.F1\" value=\"\(value)\""), "the page offers \(value)")
      }
      #expect(page.contains(#"value="yes-alternative" data-requires="compensating-control""#))
      #expect(page.contains(#"value="out-of-scope" data-requires="justification""#))
      #expect(!page.contains(#"value="partially" data-requires"#))
      #expect(page.contains(#"name="control:GOV.OV.POL.F1" rows="2" maxlength="8000" data-text-for="compensating-control""#))
      #expect(page.contains("Compensating control (required for “Yes, through an alternative control”)"))
      #expect(page.contains("Justification (required for “Out of scope”)"))
    }
  }

  @Test func anAnswerWithTheModelsOwnValueIsSavedOrRefusedAsItsScaleSays() async throws {
    let server = try InProcessServer(Self.catLike, copying: ServerFixtures.catLikeResponsesPath)
    try await server.run { client in
      let saved = try await client.post("/component/GOV.OV.POL", [("statement", "GOV.OV.POL.F1"), ("value:GOV.OV.POL.F1", "partially")])
      #expect(saved.status == 303)
      #expect(try server.responses(ServerFixtures.catLike).answers["GOV.OV.POL.F1"]?.value.rawValue == "partially")
      let refused = try await client.post("/component/GOV.OV.POL", [("statement", "GOV.OV.POL.F1"), ("value:GOV.OV.POL.F1", "yes-alternative")])
      #expect(refused.status == 422)
      #expect(refused.body.contains("GOV.OV.POL.F1: the answer &#39;Yes, through an alternative control&#39; needs the control described."))
      let roadmapValue = try await client.post("/component/GOV.OV.POL", [("statement", "GOV.OV.POL.F1"), ("value:GOV.OV.POL.F1", "not-applicable")])
      #expect(roadmapValue.status == 422, "a value of another model's scale is not an answer here")
    }
  }

  @Test func aModelWithEveryPartGetsEveryPageAndField() async throws {
    try await InProcessServer().run { client in
      let overview = try await client.get("/").body
      #expect(overview.contains("name=\"sector\"") && overview.contains("name=\"tier\""))
      #expect(overview.contains("href=\"/risk\"") && overview.contains("href=\"/outcomes\""))
      #expect(!overview.contains("href=\"/targets\""))
      let risk = try await client.get("/risk").body
      #expect(risk.contains("<th scope=\"col\">From inherent risk</th>") && risk.contains("<th scope=\"col\">From the tier</th>"))
      let component = try await client.get("/component/D1.GV.BO").body
      #expect(component.contains("class=\"guidance\"") && component.contains("What an examiner asks to see"))
      #expect(component.contains("<span class=\"tag baseline\">Compliance baseline</span>"))
    }
  }
}
