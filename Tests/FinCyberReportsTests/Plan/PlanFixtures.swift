import FinCyberCore
import FinCyberReports
import FinCyberTestSupport
import Foundation

/// The three samples assessed against the Roadmap questionnaire with the test initiatives
/// (``MiniInitiatives/roadmapXML``), and the plans `fincyber plan` would make from them.
enum PlanFixtures {
  /// The Roadmap questionnaire with initiatives, and its bytes.
  static let questionnaire: (questionnaire: Questionnaire, bytes: [UInt8]) = {
    let bytes = Array(try! MiniInitiatives.roadmapQuestionnaire().utf8)
    return (try! Loader.questionnaire(bytes, path: "roadmap-with-initiatives.xml"), bytes)
  }()

  /// A sample's assessment as a report input.
  static func input(_ sample: String) throws -> ReportInput {
    let path = MiniInitiatives.root.appendingPathComponent(sample).path
    let bytes = try InputFile.read(path)
    let responses = try Loader.responses(bytes, path: path, for: questionnaire.questionnaire)
    return ReportInput(
      assessment: Scorer.score(responses, against: questionnaire.questionnaire), questionnaireSHA256: SHA256.hex(questionnaire.bytes),
      responsesSHA256: SHA256.hex(bytes))
  }

  /// A sample's input and the plan made from it, written and read back as `fincyber plan` would.
  static func planned(_ sample: String) throws -> (input: ReportInput, plan: ImprovementPlan, sha256: String) {
    let input = try input(sample)
    let bytes = try PlanWriter.xml(PlanBuilder.plan(for: input.assessment))
    return (input, try PlanReader.read(bytes, path: "plan.xml"), SHA256.hex(bytes))
  }

  /// The bank's plan as its CISO edits it (the same edit the command's tests make in the file):
  /// the board metrics initiative (1 quarter) approved on 2026-12-15, in progress, owned by the
  /// CISO with TWD 800,000; the risk register (2 quarters, after the board metrics) with TWD
  /// 1,200,000 and no decision; zero trust (3 quarters) as made, with no budget and no decision.
  static func editedBankPlan() throws -> (input: ReportInput, plan: ImprovementPlan, sha256: String) {
    var (input, plan, sha256) = try planned("Questionnaires/samples/formosa-bank-2026Q4.xml")
    for index in plan.items.indices {
      switch plan.items[index].initiative {
      case "INI.BOARD":
        plan.items[index].owner = "資安長 CISO"
        plan.items[index].budget = ImprovementPlan.Budget(amount: 800_000, currency: "TWD")
        plan.items[index].decision = ImprovementPlan.Decision(kind: .approved, date: "2026-12-15", by: "董事會 Board")
        plan.items[index].status = .inProgress
      case "INI.RISK":
        plan.items[index].budget = ImprovementPlan.Budget(amount: 1_200_000, currency: "TWD")
      default: break
      }
    }
    sha256 = SHA256.hex(try PlanWriter.xml(plan))
    return (input, plan, sha256)
  }
}
