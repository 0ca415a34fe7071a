import ArgumentParser
import FinCyberCore
import Foundation

/// `fincyber template`: write a response file with every statement present and unanswered.
struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a response file to fill in: every statement present, unanswered, with its text above it.")

  @Option(name: .long, help: "The questionnaire (default: the bundled Roadmap questionnaire).")
  var questionnaire: String?

  @Option(name: .long, help: "The file to write.")
  var out: String

  @Flag(name: .long, help: "Replace the file if it exists.")
  var force = false

  @Option(name: .long, help: "The institution's name.")
  var institution = "待填寫 To be completed"

  @Option(name: .long, help: "The sector id (default: the questionnaire's first sector).")
  var sector: String?

  @Option(name: .long, help: "The tier id (default: the sector's first tier).")
  var tier: String?

  @Option(name: .long, help: "Who answers.")
  var assessor = "待填寫 To be completed"

  @Option(name: .long, help: "The period, e.g. 2026Q1 (default: the quarter of the assessment date).")
  var period: String?

  @Option(name: .long, help: "The assessment date, YYYY-MM-DD (default: today).")
  var date: String?

  @Option(name: .long, help: "The language of the comments: zh-TW or en.")
  var lang: Language = .traditionalChinese

  func run() throws {
    let inputs = try Inputs(questionnairePath: questionnaire)
    let model = inputs.questionnaire
    let sectorID = sector ?? model.sectors.first!.id
    guard model.sectors.contains(where: { $0.id == sectorID }) else {
      throw ValidationError("unknown sector '\(sectorID)'; use one of: \(model.sectors.map(\.id).joined(separator: ", "))")
    }
    let tiers = model.tiers.filter { $0.sectorID == sectorID }
    let tierID = tier ?? tiers.first?.id ?? ""
    guard tiers.contains(where: { $0.id == tierID }) else {
      throw ValidationError("unknown tier '\(tierID)' for sector '\(sectorID)'; use one of: \(tiers.map(\.id).joined(separator: ", "))")
    }
    let today = Self.today()
    let template = ResponseTemplate(
      questionnaire: model, institution: Institution(id: nil, name: institution, sectorID: sectorID, tierID: tierID),
      date: date ?? today.date, period: period ?? date.flatMap(Quarter.period(containing:)) ?? today.period, assessor: assessor, language: lang)
    let bytes = try template.xml()
    // The template must load like any response file before it is written.
    _ = try Loader.responses(bytes, path: out, for: model)
    try AtomicFile.write(bytes, to: out, overwrite: force, permissions: .keepOrOwnerOnly)
    Terminal.print("wrote \(out): \(model.statements.count) statements to answer")
  }

  static func today() -> (date: String, period: String) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Taipei")!
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    let (year, month, day) = (parts.year!, parts.month!, parts.day!)
    let date = String(format: "%04d-%02d-%02d", year, month, day)
    return (date, "\(year)Q\((month - 1) / 3 + 1)")
  }
}
