import FinCyberCore
@testable import FinCyberReports
import Testing

/// The terms filled with a model's own words, and left out where the model lacks the part they name.
@Suite struct LocalizerTests {
  static let roadmapLike = Localizer(language: .english, questionnaire: ReportFixtures.mini)
  static let bare = Localizer(language: .english, questionnaire: try! BareModel.load(domains: 3).model)

  @Test func partsAreCalledWhatTheModelCallsThem() {
    #expect(Self.roadmapLike.text("radarTitle") == "Achieved and target level by pillar")
    #expect(Self.bare.text("radarTitle") == "Achieved and target level by area")
    #expect(Self.bare.text("heatTitle") == "Percent of declarative statements met, by area and level")
    #expect(Self.bare.labels["domain"] == "Area" && Self.bare.labels["factor"] == "Practice group")
    #expect(Localizer(language: .traditionalChinese, questionnaire: ReportFixtures.mini).text("domain") == "支柱")
  }

  @Test func levelsAreNamedAndCountedFromTheModel() {
    #expect(Self.bare.text("radarDesc").hasPrefix("Radar chart: one axis per area, levels Starting to Leading from the centre outwards"))
    #expect(Localizer(language: .traditionalChinese, questionnaire: ReportFixtures.mini).text("radarDesc").contains("由中心向外依序為基準至創新五個等級"))
    #expect(Self.bare.levelName(nil) == "Below Starting")
  }

  @Test func aTermNeedingAPartTheModelLacksIsNeverShown() {
    #expect(Self.roadmapLike.has("complianceBaseline") && Self.roadmapLike.has("gapToTarget"))
    #expect(!Self.bare.has("complianceBaseline") && !Self.bare.has("gapToTarget") && !Self.bare.has("assessedAgainst"))
    #expect(Self.bare.labels["complianceBaseline"] == nil && Self.bare.labels["baselineMet"] == nil)
    #expect(Self.bare.first(["gapToTarget", "gapToTargetPlain"]) == "Gap to target")
    #expect(Self.roadmapLike.first(["gapToTarget", "gapToTargetPlain"]) == "Gap to target (2025 Roadmap)")
    #expect(Self.bare.first(["assessedAgainst", "assessedAgainstModel"]) == "Assessed against the Bare Maturity Model")
    #expect(Self.bare.labels.values.allSatisfy { !$0.contains("{") })
  }

  @Test func withoutAQuestionnaireThePartsHaveGenericNames() {
    let words = Localizer(language: .english, questionnaire: nil)
    #expect(words.text("domainsOverTime") == "Domains over time")
    #expect(!words.has("radarDesc") && !words.has("assessedAgainstModel"))
  }

  @Test func chineseSpacesAValueOfLatinLettersOrDigitsFromHanCharacters() {
    let words = Localizer(language: .traditionalChinese, questionnaire: ReportFixtures.mini)
    #expect(words.text("positionBaseline", count: 2) == "其中 2 項屬 2020 年行動方案已要求之合規基準，應優先改善。")
    #expect(words.text("baselineMet") == "2020 年行動方案要求之合規基準全數符合。")
    #expect(words.text("oscalDescription", ["institution": "寶島 Bank", "date": "2026-06-30"]).hasPrefix("寶島 Bank 依「測試用小型問卷」"))
  }

  @Test func aValueHoldingBracesIsNotFilledAgain() {
    #expect(Self.bare.text("oscalResponses", ["name": "{model} {n}"]) == "Responses: {model} {n}")
  }

  @Test func countsChooseTheirFormAndSmallNumbersAreSpelled() {
    #expect(Self.bare.text("positionBelow", count: 1, ["name": "A1", "achieved": "x", "target": "y", "percent": "1%", "gaps": "1"]).hasSuffix("with 1 gap left."))
    #expect(Self.bare.text("positionBelow", count: 2, ["name": "A1", "achieved": "x", "target": "y", "percent": "1%", "gaps": "2"]).hasSuffix("with 2 gaps left."))
    #expect(Self.bare.number(5) == "five" && Self.bare.number(13) == "13")
    #expect(Localizer(language: .traditionalChinese, questionnaire: nil).number(2) == "兩")
  }

  @Test func listsAndNamesInsideASentence() {
    #expect(Self.bare.list(["a", "b", "c"]) == "a, b and c")
    #expect(Self.bare.alternatives(["a", "b"]) == "a or b")
    #expect(Localizer(language: .traditionalChinese, questionnaire: nil).list(["甲", "乙", "丙"]) == "甲、乙與丙")
    #expect(Self.bare.inSentence("Not applicable") == "not applicable")
    #expect(Self.bare.inSentence("N/A") == "N/A" && Self.bare.inSentence("NIST") == "NIST")
    #expect(Self.bare.word("Not yet assessed", as: "unanswered") == ["unanswered": "not yet assessed", "Unanswered": "Not yet assessed"])
  }
}
