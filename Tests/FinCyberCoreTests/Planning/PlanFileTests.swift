import FinCyberCore
import Foundation
import Testing

/// The plan file: written, validated by xmllint, read back the same, and refused when broken.
@Suite struct PlanFileTests {
  static func plan() throws -> ImprovementPlan {
    var plan = PlanBuilder.plan(for: try PlanFixtures.assessment())
    plan.items[0].owner = "Chief information security officer"
    plan.items[0].budget = .init(amount: 250_000.5, currency: "TWD")
    plan.items[0].decision = .init(kind: .deferred, date: "2026-07-15", by: "Board of directors", note: "Until the Q3 results <pending> & more")
    plan.items[1].overrides = ["quarters"]
    plan.items[1].quarters = 3
    plan.items[1].start = "2026Q4"
    plan.items[1].due = "2027Q2"
    plan.items[2].note = "Vendor shortlist: A, B"
    return plan
  }

  @Test func aPlanRoundTripsAndValidates() throws {
    let plan = try Self.plan()
    let bytes = try PlanWriter.xml(plan)
    #expect(try PlanReader.read(bytes, path: "plan.xml") == plan)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).xml")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(bytes).write(to: file)
    let result = try Xmllint.validate(file.path, schema: Fixtures.packageRoot.appendingPathComponent("Reports/schema/plan.xsd").path)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func aBrokenPlanIsRefusedWithItsPlace() throws {
    let text = String(decoding: try PlanWriter.xml(try Self.plan()), as: UTF8.self)
    let cases: [(String, String, String)] = [
      ("id=\"INI.ZT\"", "id=\"INI.BOARD\"", "initiative 'INI.BOARD' is in the plan twice"),
      ("start=\"2026Q4\" due=\"2027Q2\"", "start=\"2027Q4\" due=\"2027Q2\"", "is due in 2027Q2, before it starts in 2027Q4"),
      ("date=\"2026-07-15\"", "date=\"2026-02-30\"", "'2026-02-30' is not a valid value"),
      ("status=\"planned\"", "status=\"maybe\"", "The value 'maybe' is not an element of the set"),
    ]
    for (from, to, message) in cases {
      let broken = text.replacingOccurrences(of: from, with: to)
      #expect(broken != text, "the case \(from) found nothing to break")
      let error = #expect(throws: FinCyberError.self) { try PlanReader.read(Array(broken.utf8), path: "plan.xml") }
      let first = error?.diagnostics.first
      #expect(first?.message.contains(message) == true, "\(String(describing: first))")
      #expect((first?.line ?? 0) > 1, "located: \(String(describing: first))")
    }
  }
}
