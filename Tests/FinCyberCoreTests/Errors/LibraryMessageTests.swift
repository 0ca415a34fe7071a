import FinCyberCore
import Foundation
import Testing

/// Library errors describe the problem and its remedy and name no command-line option: the
/// command line adds its own advice, told by the diagnostic's kind which advice fits.
@Suite struct LibraryMessageTests {
  @Test func anOutputThatExistsNamesNoOption() {
    #expect(FinCyberError.fileExists(path: "out.xml").errorDescription == "out.xml: exists already — choose another path")
  }

  @Test func aPortInUseNamesNoOption() throws {
    let text = try #require(FinCyberError.cannotListen(address: "127.0.0.1:8765", reason: "Address already in use").errorDescription)
    #expect(text.hasPrefix("127.0.0.1:8765: cannot listen: Address already in use — another program"))
    #expect(text.hasSuffix("listen on any free port, or on another one"))
    #expect(!text.contains("--"))
  }

  /// The first problem of the mini questionnaire's responses with one attribute changed.
  static func problem(replacing attribute: String, with changed: String) throws -> Diagnostic {
    let xml = Fixtures.responsesXML(answers: [:]).replacingOccurrences(of: attribute, with: changed)
    let error = #expect(throws: FinCyberError.self) { try Loader.responses(Array(xml.utf8), path: "a.xml", for: Fixtures.mini) }
    return try #require(error?.diagnostics.first)
  }

  @Test func answersForAnotherQuestionnaireAreOfThatKind() throws {
    let first = try Self.problem(replacing: "questionnaire=\"mini\"", with: "questionnaire=\"other\"")
    #expect(first.kind == .answersAnotherQuestionnaire)
    #expect(first.description == "a.xml:2:45: these answers are for questionnaire 'other', not 'mini' — check them against the questionnaire they were written for")
  }

  @Test func answersForAnotherVersionAreOfThatKind() throws {
    let first = try Self.problem(replacing: "questionnaire-version=\"1\"", with: "questionnaire-version=\"7\"")
    #expect(first.kind == .answersAnotherQuestionnaire)
    #expect(first.fix == "check them against version 7 of the questionnaire")
  }

  /// Every message the core writes is in its sources: none names an option such as `--force`.
  @Test func noCoreSourceNamesACommandLineOption() throws {
    let sources = Fixtures.packageRoot.appendingPathComponent("Sources/FinCyberCore")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Resources/") }
    #expect(files.count > 40)
    var found: [String] = []
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
        if line.contains(#/--[a-z]/#) { found.append("\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))") }
      }
    }
    #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
  }

  /// No core diagnostic is given a made-up position: one without a place in its file has none.
  @Test func noCoreSourceMakesUpAPosition() throws {
    let sources = Fixtures.packageRoot.appendingPathComponent("Sources/FinCyberCore")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    let found = try files.filter { try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8).contains("line: 1, column: 1") }
    #expect(found.isEmpty, "\(found)")
  }
}
