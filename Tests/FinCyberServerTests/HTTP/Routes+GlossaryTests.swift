import FinCyberCore
import Foundation
import Testing

@testable import FinCyberServer

/// A component page of the bundled model shows, at each statement, how to answer it when the
/// event it depends on did not happen, and the definitions of the model's terms it uses.
@Suite struct RoutesGlossaryTests {
  static let roadmap = (try! Loader.questionnaire(BundledFiles.defaultQuestionnaire, path: "roadmap.xml"), BundledFiles.defaultQuestionnaire)
  static let bank = ServerFixtures.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path

  /// The part of a page that shows one statement.
  static func fieldset(_ page: String, _ id: String) throws -> String {
    let start = try #require(page.range(of: "id=\"s-\(id)\""))
    let end = try #require(page.range(of: "</fieldset>", range: start.upperBound..<page.endIndex))
    return String(page[start.lowerBound..<end.upperBound])
  }

  @Test func aStatementShowsItsConditionAndTheTermsItUses() async throws {
    try await InProcessServer(Self.roadmap, copying: Self.bank).run { client in
      let page = try await client.get("/component/P1.BO.OV?show=all").body
      let conditional = try Self.fieldset(page, "P1.BO.OV.E.2")
      #expect(conditional.contains("<p class=\"condition\"><strong>If the event did not happen:</strong> If the board made no instruction or resolution"))
      #expect(!conditional.contains("class=\"terms\""), "P1.BO.OV.E.2 uses no defined term")
      let termed = try Self.fieldset(page, "P1.BO.OV.A.1")
      #expect(!termed.contains("class=\"condition\""), "P1.BO.OV.A.1 depends on no event")
      #expect(termed.contains("<details class=\"terms\"><summary>Defined terms</summary>"))
      #expect(termed.contains("<dt>critical service</dt>") && termed.contains("<dt>major security incident</dt>"))
      #expect(!termed.contains("<dt>core system</dt>"))
    }
  }

  @Test func inChineseTheConditionAndTermsAreChinese() async throws {
    try await InProcessServer(Self.roadmap, copying: Self.bank, language: .traditionalChinese).run { client in
      let page = try await client.get("/component/P1.BO.OV?show=all").body
      let conditional = try Self.fieldset(page, "P1.BO.OV.E.2")
      #expect(conditional.contains("<strong>事件未發生時：</strong> 期間內董事會未就資安議案作成指示或決議者"))
      let termed = try Self.fieldset(page, "P1.BO.OV.A.1")
      #expect(termed.contains("<summary>名詞定義</summary>") && termed.contains("<dt>關鍵服務</dt>") && termed.contains("<dt>重大資安事件</dt>"))
    }
  }
}
