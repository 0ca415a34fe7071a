import FinCyberCore
import Foundation
import Testing

/// The second model (Fixtures/cat-like-questionnaire.xml) loads as it is written and scores
/// exactly as the rules in `Scorer` say, with its own levels, answer values and words.
@Suite struct SecondModelScoringTests {
  static let model = Fixtures.catLike

  /// The lender's answers (Fixtures/cat-like-responses.xml), scored.
  static func scored() throws -> Assessment {
    let responses = try Loader.responses(at: Fixtures.path("cat-like-responses.xml"), for: model)
    return Scorer.score(responses, against: model)
  }

  @Test func loadsWithItsOwnLanguagesWordsAndLevels() throws {
    let model = Self.model
    #expect(model.languages == ["en"])
    #expect(model.speaks(.english) && !model.speaks(.traditionalChinese))
    #expect(model.defaultLanguage == .english)
    #expect(model.timeZone == "-05:00")
    #expect(model.domains.map(\.id) == ["GOV", "THR", "CTL", "EXT", "INC"])
    #expect(model.domains.map { $0.name.text(.english) } == [
      "Governance and Oversight", "Threat Awareness and Information Sharing", "Protective and Detective Controls",
      "Third-Party Dependencies", "Incident Handling and Recovery",
    ])
    #expect(model.levels.map(\.id) == ["foundational", "managed", "optimised"])
    #expect(model.levels.map(\.code) == ["F", "M", "O"])
    #expect(model.levels.map { $0.name.text(.english) } == ["Foundational", "Managed", "Optimised"])
    #expect(model.vocabulary.singular(.domain, .english) == "domain")
    #expect(model.vocabulary.plural(.factor, .english) == "assessment factors")
    #expect(model.vocabulary.singular(.component, .english) == "component")
    #expect(model.vocabulary.plural(.statement, .english) == "declarative statements")
    #expect(model.statements.count == 34)
    // Every text is in English and in no other language.
    for statement in model.statements {
      #expect(Array(statement.text.values.keys) == ["en"], "\(statement.id)")
      #expect(statement.evidence.isEmpty && statement.sources.isEmpty && statement.references.isEmpty, "\(statement.id)")
      #expect(!statement.isComplianceBaseline)
    }
  }

  @Test func declaresNoneOfTheOptionalParts() {
    let model = Self.model
    #expect(model.documents.isEmpty && model.complianceBaseline == nil && model.targetDocument == nil)
    #expect(model.crosswalks.isEmpty)
    #expect(model.sectors.isEmpty && model.tiers.isEmpty && !model.hasTiers)
    #expect(!model.hasRiskProfile && model.riskCategories.isEmpty && model.riskTargets.isEmpty)
    #expect(model.indicators.isEmpty)
    #expect(model.revision == nil)
  }

  // Component levels, by rules 1 and 2 (a component reaches L when every applicable statement at L
  // and below is met; an unmet lowest-level statement leaves it below the lowest level, nil):
  //   GOV.OV.BRD  F1 yes, F2 yes-alternative (met), M1 yes, O1 no                  → managed
  //   GOV.OV.POL  F1 yes, M1 partially (not met), O1 yes                           → foundational
  //   GOV.RK.ASM  F1 yes, M1 yes, O1 no answer (pending)                          → managed
  //   THR.IN.SRC  F1 yes, M1 no, O1 yes                                           → foundational
  //   THR.IN.SHR  F1 partially, M1 yes, O1 no                                     → below (nil)
  //   CTL.PV.ACC  F1 yes, F2 yes, M1 yes, O1 yes                                  → optimised
  //   CTL.DT.MON  F1 yes, M1 yes, O1 out-of-scope (excluded: nothing applies at O) → optimised
  //   EXT.TP.DUE  F1 yes, M1 pending, O1 pending                                  → foundational
  //   EXT.TP.EXI  F1 yes, M1 yes, and no statement at O (the climb goes on)        → optimised
  //   INC.RS.PLN  F1 no, M1 yes, O1 yes                                           → below (nil)
  //   INC.RC.BKP  F1 yes, M1 partially, O1 out-of-scope                           → foundational
  @Test func componentsClimbByTheRules() throws {
    let result = try Self.scored()
    let expected: [String: String?] = [
      "GOV.OV.BRD": "managed", "GOV.OV.POL": "foundational", "GOV.RK.ASM": "managed",
      "THR.IN.SRC": "foundational", "THR.IN.SHR": nil,
      "CTL.PV.ACC": "optimised", "CTL.DT.MON": "optimised",
      "EXT.TP.DUE": "foundational", "EXT.TP.EXI": "optimised",
      "INC.RS.PLN": nil, "INC.RC.BKP": "foundational",
    ]
    for (id, level) in expected {
      #expect(result.component(id).achieved?.id == level, "\(id)")
    }
    // CTL.DT.MON: the out-of-scope statement is excluded, not counted as applicable.
    let optimised = result.component("CTL.DT.MON").tallies[2]
    #expect((optimised.met, optimised.applicable, optimised.excluded) == (0, 0, 1))
    // EXT.TP.EXI has no statement at the highest level at all.
    #expect(result.component("EXT.TP.EXI").tallies[2].applicable == 0 && result.component("EXT.TP.EXI").tallies[2].excluded == 0)
  }

  // Rule 3, a parent takes its weakest child:
  //   GOV.OV = min(managed, foundational) = foundational; GOV.RK = managed; GOV = foundational.
  //   THR.IN = min(foundational, nil) = nil; THR = nil.
  //   CTL.PV = optimised; CTL.DT = optimised; CTL = optimised.
  //   EXT.TP = min(foundational, optimised) = foundational; EXT = foundational.
  //   INC.RS = nil; INC.RC = foundational; INC = nil.
  @Test func factorsAndDomainsTakeTheirWeakestChild() throws {
    let result = try Self.scored()
    let factors: [String: String?] = [
      "GOV.OV": "foundational", "GOV.RK": "managed", "THR.IN": nil, "CTL.PV": "optimised", "CTL.DT": "optimised",
      "EXT.TP": "foundational", "INC.RS": nil, "INC.RC": "foundational",
    ]
    for (id, level) in factors {
      #expect(result.factor(id).achieved?.id == level, "\(id)")
    }
    #expect(result.domains.map { $0.score.achieved?.id } == ["foundational", nil, "optimised", "foundational", nil])
  }

  // Rule 5, with no risk profile and no tiers: a domain's target is the institution's override
  // where it gave one (GOV managed, CTL optimised), else the lowest level (foundational).
  // Rule 7, percent to target = met ÷ applicable over the levels up to the target:
  //   GOV (to managed):   F: BRD.F1, BRD.F2, POL.F1, ASM.F1 met, 4 of 4; M: BRD.M1, ASM.M1 met,
  //                       POL.M1 not, 2 of 3. 6 ÷ 7 = 85.714…%.
  //   THR (to foundational): SRC.F1 met, SHR.F1 not: 1 ÷ 2 = 50%.
  //   CTL (to optimised): F 3 of 3, M 2 of 2, O: ACC.O1 met and MON.O1 excluded, 1 of 1: 6 ÷ 6 = 100%.
  //   EXT (to foundational): DUE.F1 and EXI.F1 met: 2 ÷ 2 = 100%.
  //   INC (to foundational): PLN.F1 not, BKP.F1 met: 1 ÷ 2 = 50%.
  @Test func targetsAndPercentToTarget() throws {
    let result = try Self.scored()
    #expect(result.domains.map(\.target.level.id) == ["managed", "foundational", "optimised", "foundational", "foundational"])
    #expect(result.domain("GOV").target.sources == [.override])
    #expect(result.domain("GOV").target.overrideReason == "The board wants measured oversight before the core system is replaced next year.")
    #expect(result.domain("THR").target.sources == [.lowestLevel])
    #expect(result.domain("THR").target.fromRisk == nil && result.domain("THR").target.fromTier == nil)
    let percents = result.domains.map(\.percentToTarget)
    #expect(percents.count == 5)
    #expect(abs((percents[0] ?? 0) - 600.0 / 7.0) < 1e-9, "\(percents)")
    #expect(Array(percents.dropFirst()) == [50, 100, 100, 50])
    // GOV's tallies, summed over its components, level by level.
    let tallies = result.domain("GOV").score.tallies.map { ($0.met, $0.applicable, $0.unanswered) }
    #expect(tallies.map(\.0) == [4, 2, 1] && tallies.map(\.1) == [4, 3, 3] && tallies.map(\.2) == [0, 0, 1])
  }

  // Rule 6: target gaps are the applicable unmet statements at or below the target, lowest level
  // first, then in model order: THR.IN.SHR.F1 (position 13) and INC.RS.PLN.F1 (28) at foundational,
  // then GOV.OV.POL.M1 at managed. GOV.OV.BRD.O1 (no) and GOV.RK.ASM.O1 (pending) are above GOV's
  // target, EXT.TP.DUE.M1 above EXT's. With no compliance-baseline document there are no baseline gaps.
  @Test func gapsCompletenessAndTheAnswersSetAside() throws {
    let result = try Self.scored()
    #expect(result.targetGaps.map(\.statement.id) == ["THR.IN.SHR.F1", "INC.RS.PLN.F1", "GOV.OV.POL.M1"])
    #expect(result.targetGaps.map(\.answer.value.rawValue) == ["partially", "no", "partially"])
    #expect(result.domain("GOV").targetGaps.map(\.statement.id) == ["GOV.OV.POL.M1"])
    #expect(result.domain("CTL").targetGaps.isEmpty && result.domain("EXT").targetGaps.isEmpty)
    #expect(result.baselineGaps.isEmpty)
    // The statement with no answer element counts as the scale's incomplete value, pending.
    #expect(result.unanswered.map(\.id) == ["GOV.RK.ASM.O1", "EXT.TP.DUE.M1", "EXT.TP.DUE.O1"])
    #expect(!result.isComplete)
    #expect(result.notApplicable.map(\.statement.id) == ["CTL.DT.MON.O1", "INC.RC.BKP.O1"])
    #expect(result.compensating.map(\.statement.id) == ["GOV.OV.BRD.F2"])
    #expect(result.domains.allSatisfy { $0.outcomes.isEmpty && !$0.claimsExceedOutcomes })
    #expect(result.inherentRisk.overall == nil)
  }
}
