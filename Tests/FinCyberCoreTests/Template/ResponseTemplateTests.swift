import Foundation
import FinCyberCore
import Testing
import FinCyberTestSupport

@Suite struct ResponseTemplateTests {
  func template(_ language: Language = .english) throws -> String {
    let template = ResponseTemplate(
      questionnaire: Fixtures.mini, institution: Institution(id: nil, name: "A & B <Bank>", sectorID: "bank", tierID: "bank-1"),
      date: "2026-03-31", period: "2026Q1", assessor: "CISO", language: language)
    return String(decoding: try template.xml(), as: UTF8.self)
  }

  @Test func everyStatementIsPresentAndUnanswered() throws {
    let xml = try template()
    let responses = try Loader.responses(Array(xml.utf8), path: "template.xml", for: Fixtures.mini)
    #expect(responses.answers.count == Fixtures.miniStatements.count)
    #expect(responses.answers.values.allSatisfy { $0.value == .unanswered })
    #expect(responses.institution.name == "A & B <Bank>")
    let scored = Scorer.score(responses, against: Fixtures.mini)
    #expect(scored.unanswered.count == Fixtures.miniStatements.count)
  }

  @Test func eachAnswerFollowsACommentWithItsText() throws {
    let lines = try template().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    for statement in Fixtures.mini.statements {
      let index = try #require(lines.firstIndex(of: "<answer statement=\"\(statement.id)\" value=\"unanswered\"/>"))
      #expect(lines[index - 1] == "<!-- \(statement.id) [\(statement.level.name.text(.english))] \(statement.text.text(.english)) -->")
    }
  }

  @Test func textIsEscaped() throws {
    #expect(try template().contains("<name>A &amp; B &lt;Bank&gt;</name>"))
  }
}
