import FinCyberCore
import Foundation
import Testing

/// `fincyber migrate` carries the bank's 1.1.0 quarters to 2.0.0, as the samples were carried.
@Suite struct MigrateCommandTests {
  static let root = Binary.packageRoot.path
  static let v11 = root + "/Questionnaires/fsc-resilience-roadmap-1.1.xml"
  static let v20 = root + "/Questionnaires/fsc-resilience-roadmap-2.0.xml"

  /// Every entry of 2.0.0's revision map is printed once, every statement new in 2.0.0 is named as
  /// new, and the file written validates and answers 2.0.0.
  @Test(arguments: ["formosa-bank-2026Q3-v1.1.xml", "formosa-bank-2026Q4-v1.1.xml"])
  func everyChangeIsPrinted(_ sample: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(
      ["migrate", Self.root + "/Questionnaires/samples/" + sample, "--from", Self.v11, "--to", Self.v20, "--out", "migrated.xml"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    let earlier = try Loader.questionnaire(at: Self.v11)
    let current = try Loader.questionnaire(at: Self.v20)
    let revision = try #require(current.revision)
    #expect(revision.replaced.count == 48 && revision.retired.count == 25)
    for (old, new) in revision.replaced {
      #expect(lines.filter { $0.hasPrefix("\(old) → \(new):") }.count == 1, "\(old)")
    }
    for old in revision.retired {
      #expect(lines.filter { $0.hasPrefix("\(old): retired") }.count == 1, "\(old)")
    }
    let known = Set(earlier.statements.map(\.id)).union(revision.replaced.values)
    let added = current.statements.map(\.id).filter { !known.contains($0) }
    #expect(added.count == 74)
    #expect(lines.filter { $0.hasSuffix(": new statement, unanswered") }.map { String($0.prefix { $0 != ":" }) } == added)
    let written = try Loader.responses(at: folder + "/migrated.xml", for: current)
    #expect(written.questionnaireVersion == "2.0.0")
    #expect(try Binary.run(["validate", "--questionnaire", Self.v20, "migrated.xml"], in: folder).status == 0)
  }

  /// The 2.0.0 bank sample is its 1.1.0 quarter migrated: every answer migrate carries is the
  /// sample's answer, apart from the statements new in 2.0.0, which the sample answers.
  @Test func theBanksLastQuarterIsItsMigratedAnswers() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(
      ["migrate", Self.root + "/Questionnaires/samples/formosa-bank-2026Q4-v1.1.xml", "--from", Self.v11, "--to", Self.v20, "--out", "m.xml"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let current = try Loader.questionnaire(at: Self.v20)
    let migrated = try Loader.responses(at: folder + "/m.xml", for: current)
    let sample = try Loader.responses(at: Self.root + "/Questionnaires/samples/formosa-bank-2026Q4.xml", for: current)
    let scale = current.answerScale
    var compared = 0
    for (id, answer) in migrated.answers where answer.value != scale.unansweredValue {
      #expect(sample.answers[id]?.value == answer.value, "\(id)")
      compared += 1
    }
    #expect(compared == 424)
  }
}
