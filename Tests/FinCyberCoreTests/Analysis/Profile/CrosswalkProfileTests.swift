import FinCyberCore
import FinCyberTestSupport
import Foundation
import Testing

/// The crosswalk profile's rule and its roll-ups, worked out by hand on the mini questionnaire with
/// its CSF references rewritten for the purpose.
@Suite struct CrosswalkProfileTests {
  @Test func theRuleByShareMet() {
    #expect(ImplementationStatus(citing: 0, applicable: 0, met: 0) == .notAssessed)
    #expect(ImplementationStatus(citing: 2, applicable: 0, met: 0) == .notApplicable)
    #expect(ImplementationStatus(citing: 4, applicable: 4, met: 4) == .fullyImplemented)
    #expect(ImplementationStatus(citing: 5, applicable: 4, met: 3) == .largelyImplemented, "3 of 4 is three quarters")
    #expect(ImplementationStatus(citing: 5, applicable: 5, met: 3) == .partiallyImplemented, "3 of 5 is below three quarters")
    #expect(ImplementationStatus(citing: 3, applicable: 3, met: 1) == .partiallyImplemented)
    #expect(ImplementationStatus(citing: 3, applicable: 3, met: 0) == .notImplemented)
  }

  /// The mini questionnaire with these CSF references instead of its own (one each: GV.RR-02 for
  /// D1.GV.BO.B.2, GV.RR-01 for every other statement).
  static let references: [String: [String]] = [
    "D1.GV.BO.B.1": ["GV.OC-01"], "D1.GV.BO.B.2": ["GV.OC-01", "GV.OC-02"], "D1.GV.BO.E.1": ["GV.OC-02"],
    "D1.GV.BO.Int.1": ["GV.OC-02"], "D1.GV.RM.B.1": ["GV.RM-01"], "D1.GV.RM.A.1": ["GV.RM-01"],
  ]

  static func questionnaire() throws -> Questionnaire {
    var text = try String(contentsOfFile: Fixtures.path("mini-questionnaire.xml"), encoding: .utf8)
    for (statement, ids) in references {
      let pattern = #"<statement id=""# + NSRegularExpression.escapedPattern(for: statement) + #""[\s\S]*?<ref framework="csf" id="[^"]*"/>"#
      let range = try #require(text.range(of: pattern, options: .regularExpression))
      let replaced = String(text[range]).replacingOccurrences(
        of: #"<ref framework="csf" id="[^"]*"/>"#,
        with: ids.map { #"<ref framework="csf" id=""# + $0 + #""/>"# }.joined(separator: "\n          "), options: .regularExpression)
      text.replaceSubrange(range, with: replaced)
    }
    return try Loader.questionnaire(Array(text.utf8), path: "mini-profile.xml")
  }

  /// Bank tier 1 and no risk ratings: targets D1 intermediate, D2 evolving.
  static func assessment() throws -> Assessment {
    let questionnaire = try questionnaire()
    let values: [String: String] = [
      "D1.GV.BO.B.1": "yes", "D1.GV.BO.B.2": "yes", "D1.GV.BO.E.1": "no", "D1.GV.BO.Int.1": "yes", "D1.GV.BO.A.1": "no",
      "D1.GV.RM.B.1": "no", "D1.GV.RM.E.1": "yes", "D1.GV.RM.Int.1": "yes", "D1.GV.RM.Inn.1": "no",
      "D2.PR.ZT.B.1": "yes", "D2.PR.ZT.E.1": "yes", "D2.PR.ZT.Int.1": "yes", "D2.PR.ZT.A.1": "yes", "D2.PR.ZT.Inn.1": "no",
    ]
    var responses = try Loader.responses(Array(Fixtures.responsesXML(answers: values).utf8), path: "r.xml", for: questionnaire)
    responses.answers["D1.GV.BO.B.2"]?.value = .yesCompensating
    responses.answers["D1.GV.BO.B.2"]?.compensatingControl = "Quarterly review by the audit committee"
    responses.answers["D1.GV.RM.A.1"] = Answer(statementID: "D1.GV.RM.A.1", value: .notApplicable, justification: "No such business")
    return Scorer.score(responses, against: questionnaire)
  }

  @Test func theCurrentProfileByHand() throws {
    let assessment = try Self.assessment()
    let profile = try #require(CrosswalkProfile.all(assessment, scope: .current).first)
    #expect(profile.items.count == 106, "every subcategory is listed, cited or not")
    let item = { (id: String) in profile.items.first { $0.id == id }! }
    // GV.OC-01: B.1 yes, B.2 yes with a compensating control: 2 of 2.
    #expect(item("GV.OC-01").status == .fullyImplemented)
    // GV.OC-02: B.2 met, E.1 no, Int.1 yes: 2 of 3, below three quarters; E.1 would raise it.
    #expect((item("GV.OC-02").met, item("GV.OC-02").applicable, item("GV.OC-02").status) == (2, 3, .partiallyImplemented))
    #expect(item("GV.OC-02").raisers == ["D1.GV.BO.E.1"])
    // GV.RM-01: RM.A.1 not applicable, RM.B.1 no: 0 of 1.
    #expect((item("GV.RM-01").met, item("GV.RM-01").applicable, item("GV.RM-01").status) == (0, 1, .notImplemented))
    // GV.RR-01: the other ten: BO.A.1 no, BO.Inn.1 unanswered, RM.E.1, RM.Int.1 yes, RM.Inn.1 no,
    // ZT.B.1 to ZT.A.1 yes, ZT.Inn.1 no: 6 of 10, the lowest levels first among what would raise it.
    #expect((item("GV.RR-01").met, item("GV.RR-01").applicable, item("GV.RR-01").status) == (6, 10, .partiallyImplemented))
    #expect(item("GV.RR-01").raisers == ["D1.GV.BO.A.1", "D1.GV.BO.Inn.1", "D1.GV.RM.Inn.1", "D2.PR.ZT.Inn.1"])
    #expect(item("GV.OV-01").status == .notAssessed)
    #expect(item("GV.OV-01").statements.isEmpty)
    // Categories count each statement once: GV.OC has B.1, B.2, E.1, Int.1, 3 of 4 met.
    let category = { (id: String) in profile.categories.first { $0.id == id }! }
    #expect((category("GV.OC").met, category("GV.OC").applicable, category("GV.OC").status) == (3, 4, .largelyImplemented))
    #expect(category("GV.RM").status == .notImplemented)
    #expect(category("GV.OV").status == .notAssessed)
    #expect(profile.categories.count == 22)
    // The GV function holds all 16 statements: 15 applicable, 9 met.
    let govern = try #require(profile.functions.first { $0.id == "GV" })
    #expect((govern.statements.count, govern.applicable, govern.met, govern.status) == (16, 15, 9, .partiallyImplemented))
    #expect(profile.functions.map(\.id) == ["GV", "ID", "PR", "DE", "RS", "RC"])
    #expect(profile.functions.dropFirst().allSatisfy { $0.status == .notAssessed })
  }

  @Test func theTargetProfileCountsOnlyStatementsUpToEachTarget() throws {
    let assessment = try Self.assessment()
    #expect(assessment.domains.map(\.target.level.id) == ["intermediate", "evolving"])
    let profile = try #require(CrosswalkProfile.all(assessment, scope: .target).first)
    let item = { (id: String) in profile.items.first { $0.id == id }! }
    #expect((item("GV.OC-02").met, item("GV.OC-02").applicable) == (2, 3))
    // Only RM.B.1 is at or below D1's target.
    #expect((item("GV.RM-01").met, item("GV.RM-01").applicable, item("GV.RM-01").statements) == (0, 1, ["D1.GV.RM.B.1"]))
    // RM.E.1, RM.Int.1, ZT.B.1, ZT.E.1: all met.
    #expect((item("GV.RR-01").met, item("GV.RR-01").applicable, item("GV.RR-01").status) == (4, 4, .fullyImplemented))
  }

  @Test func aModelWithoutACrosswalkHasNoProfile() throws {
    var assessment = try Self.assessment()
    assessment.questionnaire.crosswalks = []
    #expect(CrosswalkProfile.all(assessment, scope: .current).isEmpty)
  }
}
