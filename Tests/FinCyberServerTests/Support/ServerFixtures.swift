import FinCyberCore
import FinCyberReports
import Foundation

@testable import FinCyberServer

/// Paths and builders shared by the server tests.
enum ServerFixtures {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The core tests' hand-made questionnaire: D1.GV.BO (B.1 flagged, B.2, E.1, Int.1, A.1, Inn.1), …
  static let miniPath = packageRoot.appendingPathComponent("Tests/FinCyberCoreTests/Fixtures/mini-questionnaire.xml").path
  static let miniBytes = try! InputFile.read(miniPath)
  static let mini = try! Loader.questionnaire(miniBytes, path: miniPath)

  /// The second model: English only, five domains, three levels of its own, an answer scale with
  /// values the Roadmap lacks (`yes-alternative` requires a compensating control, `out-of-scope`
  /// a justification, `pending` is its unanswered), no evidence guidance, sources, sectors,
  /// tiers, risk profile or outcome indicators.
  static let catLikePath = packageRoot.appendingPathComponent("Tests/FinCyberCoreTests/Fixtures/cat-like-questionnaire.xml").path
  static let catLikeBytes = try! InputFile.read(catLikePath)
  static let catLike = try! Loader.questionnaire(catLikeBytes, path: catLikePath)
  /// A lender's answers to the second model.
  static let catLikeResponsesPath = packageRoot.appendingPathComponent("Tests/FinCyberCoreTests/Fixtures/cat-like-responses.xml").path

  /// The pages' words in a language, filled with a model's.
  ///
  /// - Parameters:
  ///   - language: The language.
  ///   - questionnaire: The model; the mini questionnaire by default.
  static func words(_ language: Language = .english, _ questionnaire: Questionnaire = mini) -> Localizer {
    Localizer(language: language, questionnaire: questionnaire)
  }

  /// The mini questionnaire's template, loaded: every statement unanswered, bank tier 1.
  static let emptyResponses: Responses = {
    let template = ResponseTemplate(
      questionnaire: mini, institution: Institution(id: nil, name: "Bank", sectorID: "bank", tierID: "bank-1"), date: "2026-12-01",
      period: "2026Q4", assessor: "CISO", language: .english)
    return try! Loader.responses(try! template.xml(), path: "template.xml", for: mini)
  }()

  /// Who answers in the edit tests, and when.
  static let session = AnswerEdit.Session(answerer: "Mei-Ling Chen", now: "2026-12-01T09:30:00+08:00", today: "2026-12-01")

  /// A new empty folder outside the source tree.
  static func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-server-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
}
