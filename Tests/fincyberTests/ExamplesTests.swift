import Foundation
import Testing

/// Reports/examples/ holds what `bash Scripts/make-examples.sh` writes: the outputs of the bundled
/// sample in both languages. A change to a report shows up here until the examples are regenerated.
@Suite struct ExamplesTests {
  static let examples = Binary.packageRoot.appendingPathComponent("Reports/examples").path

  @Test(arguments: ["zh-TW", "en"])
  func examplesMatchTheCommandsOutput(_ language: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let previous = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q3.xml").path
    let plan = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/plans/formosa-bank-2026Q4.xml").path
    let result = try Binary.run(["assess", "--oscal", "--lang", language, "--previous", previous, "--plan", plan, "--out", "out"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    for name in ["gap-report.html", "gap-report.xml", "gap-actions.csv", "assessment-results.oscal.xml", "plan-of-action.oscal.xml"] {
      let produced = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/" + name))
      let kept = try Data(contentsOf: URL(fileURLWithPath: Self.examples + "/\(language)/" + name))
      #expect(produced == kept, "Reports/examples/\(language)/\(name) is out of date: bash Scripts/make-examples.sh")
    }
  }

  @Test(arguments: ["zh-TW", "en"])
  func theExecutiveSummaryScreenshotIsThere(_ language: String) throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.examples + "/executive-summary.\(language).png"))
    #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
  }

  @Test func theServeComponentPageScreenshotIsThere() throws {
    // Taken by Scripts/serve-browser-check.py after three answers given through the page.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.examples + "/serve-component.en.png"))
    #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(bytes.count > 50_000)
  }
}
