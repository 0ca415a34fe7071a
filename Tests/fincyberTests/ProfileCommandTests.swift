import Foundation
import Testing

/// `fincyber assess` writes each sample's crosswalk profile (issue 17) next to the other outputs,
/// and none for a model that declares no crosswalk.
@Suite struct ProfileCommandTests {
  @Test(arguments: ["formosa-bank-2026Q4.xml", "cuifeng-securities-2026Q4.xml", "anping-insurance-2026Q4.xml"])
  func assessWritesTheProfileOfEachSample(_ sample: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let responses = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/" + sample).path
    let result = try Binary.run(["assess", "--lang", "en", "--responses", responses, "--out", "out"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("wrote out/profile-csf.csv") && result.output.contains("wrote out/profile-csf.xml"), "\(result.output)")
    #expect(try Binary.xmllint(folder + "/out/profile-csf.xml", schema: "Reports/schema/profile.xsd") == 0)
    let csv = try String(contentsOfFile: folder + "/out/profile-csf.csv", encoding: .utf8)
    #expect(csv.contains("GV Govern,GV.OC Organizational Context,GV.OC-01,"))
    let html = try String(contentsOfFile: folder + "/out/gap-report.html", encoding: .utf8)
    #expect(html.contains("<section id=\"profile-csf\""))
  }

  @Test func aModelWithoutCrosswalksGetsNoProfile() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(
      ["assess", "--questionnaire", Binary.fixture("cat-like-questionnaire.xml"), "--responses", Binary.fixture("cat-like-responses.xml"), "--out", "out"],
      in: folder)
    #expect(result.status == 0, "\(result.error)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/out")
    #expect(names.contains("gap-report.html") && !names.contains { $0.hasPrefix("profile") }, "\(names)")
  }
}
