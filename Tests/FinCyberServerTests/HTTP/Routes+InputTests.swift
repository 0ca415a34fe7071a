import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer
import FinCyberTestSupport

/// What the answering app makes of typed input and where it helps find things, driven in
/// process (``InProcessServer``): the one number rule, the placeholders of a new file, the
/// search, the downloads' names and the report's way back.
@Suite struct RoutesInputTests {
  @Test func aCommaThatIsNotAThousandsSeparatorIsRefusedAtItsField() async throws {
    let server = try InProcessServer()
    let before = try server.bytes()
    try await server.run { client in
      for typed in ["1,5", "12,5"] {
        let refused = try await client.post("/outcomes", [("value:OI.D2.PATCH", typed)], headers: ["Accept": "application/json"])
        #expect(refused.status == 422)
        #expect(refused.body.contains("has a comma out of place"), "\(typed)")
        #expect(refused.body.contains(#""fields":["value:OI.D2.PATCH"]"#))
      }
      #expect(try server.bytes() == before, "nothing written")
      #expect(try await client.post("/outcomes", [("value:OI.D2.PATCH", "1,500")]).status == 303)
      #expect(try server.responses().outcomes["OI.D2.PATCH"]?.value == 1500)
    }
  }

  @Test func aNewFilesPlaceholdersAreFlaggedUntilReplaced() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let page = try await client.get("/risk").body
      #expect(page.contains("“Institution’s name” still holds the placeholder text; replace it.") || page.contains("still holds the placeholder text"))
      #expect(page.contains(#"href="/#field-name""#))
      #expect(page.contains(#"href="/#field-assessor""#))
      let overview = try await client.get("/").body
      let profile = PageForm.fields(of: overview, action: "/profile").map { field in
        field.0 == "name" ? (field.0, "First Bank") : field.0 == "assessor" ? (field.0, "CISO Wang") : field
      }
      #expect(try await client.post("/profile", profile).status == 303)
      #expect(!(try await client.get("/risk").body.contains("still holds the placeholder text")))
    }
  }

  @Test func theSearchFindsStatementsByIdTextInEitherLanguageEvidenceAndCSFId() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      for query in ["d1.gv.bo.b.2", "第一項baseline", "practice one at baseline", "Proof that D1.GV.BO practice one", "GV.RR-02"] {
        let page = try await client.get("/search?q=" + query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(page.status == 200)
        #expect(page.body.contains(#"<a href="/component/D1.GV.BO#s-D1.GV.BO.B."#), "\(query)")
      }
      let csf = try await client.get("/search?q=GV.RR-02").body
      #expect(csf.contains("s-D1.GV.BO.B.2"))
      #expect(!csf.contains("s-D1.GV.BO.B.1\""), "B.1 cites GV.RR-01 only")
      #expect(try await client.get("/").body.contains(#"<form method="get" action="/search" role="search""#), "a search box on every page")
    }
  }

  @Test func downloadsAreNamedByInstitutionAndPeriodInASCIIAndUTF8() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let overview = try await client.get("/").body
      let profile = PageForm.fields(of: overview, action: "/profile").map { field in
        field.0 == "name" ? (field.0, "第一銀行 Taipei") : field.0 == "assessor" ? (field.0, "CISO") : field
      }
      #expect(try await client.post("/profile", profile).status == 303)
      let download = try await client.get("/download/gap-actions.csv")
      #expect(download.header("Content-Disposition")
        == "attachment; filename=\"Taipei-2026Q4-gap-actions.csv\"; filename*=UTF-8''%E7%AC%AC%E4%B8%80%E9%8A%80%E8%A1%8C-Taipei-2026Q4-gap-actions.csv")
      #expect(DownloadName.ascii("第一銀行-2026Q4-responses.xml") == "2026Q4-responses.xml")
    }
  }

  @Test func theGapReportHasTheAppsNavigationAndADraftMark() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let report = try await client.get("/report").body
      #expect(report.contains(#"<nav class="app-nav""#))
      #expect(report.contains(#"<a href="/">Overview</a>"#))
      #expect(report.contains("Draft: made from the response file as it stands; not final."))
    }
  }

  @Test func theTierFieldOffersTheChosenSectorsTiersAndAMismatchIsRefused() async throws {
    let server = try InProcessServer()
    try await server.run { client in
      let overview = try await client.get("/").body
      #expect(overview.contains(#"<option value="bank-1" selected>"#))
      #expect(!overview.contains(#"<option value="insurance-1""#), "an insurer's tier is not offered to a bank")
      let profile = PageForm.fields(of: overview, action: "/profile").map { $0.0 == "sector" ? ($0.0, "insurance") : $0 }
      let refused = try await client.post("/profile", profile, headers: ["Accept": "application/json"])
      #expect(refused.status == 422)
      #expect(refused.body.contains(#""field":"tier""#))
      #expect(refused.body.contains(#""id":"insurance-1""#), "the script is given the insurer's tiers")
      #expect(!refused.body.contains(#""id":"bank-1""#))
      let plain = try await client.post("/profile", profile)
      #expect(plain.status == 422)
      #expect(plain.body.contains(#"<option value="insurance-1">"#) && !plain.body.contains(#"value="bank-3""#), "the page again, offering the insurer's tiers")
    }
  }
}
