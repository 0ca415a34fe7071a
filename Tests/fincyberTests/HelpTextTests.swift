import Foundation
import Testing

/// The help speaks of any model: a domain, not a pillar; the Roadmap only as the bundled default.
@Suite struct HelpTextTests {
  static let subcommands = ["assess", "validate", "template", "trend", "migrate", "cohort", "anonymize", "sample-cohort", "serve", "workbook", "import-workbook"]

  @Test(arguments: subcommands)
  func aSubcommandsHelpNamesNoPillarAndTheRoadmapOnlyAsTheDefault(_ subcommand: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let help = try Binary.run([subcommand, "--help"], in: folder)
    #expect(help.status == 0)
    let text = help.output.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
    #expect(text.range(of: "pillar", options: .caseInsensitive) == nil && !text.contains("支柱"), "\(help.output)")
    #expect(text.replacingOccurrences(of: "the bundled Roadmap questionnaire", with: "").range(of: "Roadmap") == nil, "\(help.output)")
  }

  @Test func theTopHelpSaysWhatTheDefaultModelIs() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let help = try Binary.run(["--help"], in: folder).output.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    #expect(help.contains("by default Taiwan's Financial Cybersecurity Resilience Roadmap"), "\(help)")
    #expect(help.contains("summary per domain"))
  }

  /// `--out` is one option group, with each command's own default folder.
  @Test(arguments: [("assess", "fincyber-report"), ("cohort", "fincyber-cohort"), ("trend", "fincyber-trend")])
  func eachCommandKeepsItsDefaultFolder(_ subcommand: String, _ folderName: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let help = try Binary.run([subcommand, "--help"], in: folder).output
    #expect(help.contains("The folder to write into. (default: \(folderName))"), "\(help)")
  }

  /// `--questionnaire`, `--lang` and `--out` are declared once each, in the option groups of
  /// Sources/fincyber/Support, and no subcommand declares its own.
  @Test func sharedOptionsAreDeclaredOnlyInTheirGroups() throws {
    let subcommands = Binary.packageRoot.appendingPathComponent("Sources/fincyber/Subcommands")
    for file in try FileManager.default.contentsOfDirectory(atPath: subcommands.path) {
      let text = try String(contentsOf: subcommands.appendingPathComponent(file), encoding: .utf8)
      for option in ["questionnaire", "lang", "out", "force"] {
        #expect(text.range(of: #"(?s)@(Option|Flag)\([^)]*\)\s*var "# + option + #"\b"#, options: .regularExpression) == nil, "\(file) declares --\(option)")
      }
      #expect(!text.contains("line: 1, column: 1"), "\(file) makes up a position")
    }
  }
}
