import FinCyberCore
import FinCyberTestSupport

@testable import FinCyberWorkbook

/// The bundled questionnaire and sample bank, and workbooks written from them.
enum Bank {
  static let questionnaire = try! Loader.questionnaire(BundledFiles.defaultQuestionnaire, path: "roadmap.xml")
  static let responses = try! Loader.responses(BundledFiles.defaultResponses, path: "bank.xml", for: questionnaire)
  static let writtenAt = "2027-01-20T09:00:00+08:00"

  /// A workbook of the sample bank's answers.
  static func workbook(
    _ responses: Responses = responses, components: [String]? = nil, owner: String? = "IT operations", language: Language = .traditionalChinese
  ) throws -> [UInt8] {
    try WorkbookWriter(questionnaire: questionnaire, language: language).xlsx(responses, components: components, owner: owner, writtenAt: writtenAt)
  }

  /// A workbook read back.
  static func read(_ bytes: [UInt8]) throws -> ReturnedWorkbook {
    try WorkbookReader.read(bytes, path: "back.xlsx", questionnaire: questionnaire)
  }

  /// The messages of the error a read throws, or none.
  static func refusal(_ bytes: [UInt8]) -> [String] {
    do {
      _ = try read(bytes)
      return []
    } catch let error as FinCyberError {
      return error.diagnostics.map(\.message)
    } catch {
      return ["\(error)"]
    }
  }

  /// The answers sheet's columns, by key: A statement … N fingerprint.
  static func column(_ key: String) -> String {
    let keys = WorkbookLayout.Column.all(for: questionnaire).map(\.key)
    return CellReference.letters(keys.firstIndex(of: key)! + 1)
  }
}
