import FinCyberCore
import FinCyberReports
import Foundation

/// A model with nothing but what every model must have, written for the tests: its own words for
/// its parts, three levels and five answers named unlike the Roadmap model's, no sources, no
/// crosswalk, no evidence guidance, no sectors or tiers, no risk profile and no outcome indicators;
/// any number of domains, with names as long as a report must still fit in its charts.
enum BareModel {
  /// The answer values of its scale, for writing answers.
  static let met = "met", metAnotherWay = "met-another-way", notMet = "not-met", doesNotApply = "does-not-apply"

  /// A domain's name: short ("Area 2"), or long enough to need wrapping in every chart.
  static func domainName(_ index: Int, _ language: String, long: Bool) -> String {
    switch (language, long) {
    case ("zh-TW", false): "第\(index)領域"
    case ("zh-TW", true): "第\(index)領域：治理監督問責與第三方供應鏈風險之策略一致性及持續改善機制"
    case (_, false): "Area \(index)"
    default: "Area \(index): governance, oversight and accountability for third-party and supply-chain risk, aligned with strategy"
    }
  }

  /// The questionnaire as XML.
  ///
  /// - Parameters:
  ///   - domains: How many domains it has.
  ///   - languages: The languages it is written in.
  ///   - longNames: Whether its domains, factors and levels have long names.
  static func questionnaire(domains: Int, languages: [String] = ["en"], longNames: Bool = false) -> String {
    func text(_ element: String, _ values: [String: String], indent: String) -> String {
      languages.map { "\(indent)<\(element) xml:lang=\"\($0)\">\(values[$0] ?? values["en"]!)</\(element)>" }.joined(separator: "\n")
    }
    func term(_ part: String, _ singular: [String: String], _ plural: [String: String]) -> String {
      "    <term of=\"\(part)\">\n\(text("singular", singular, indent: "      "))\n\(text("plural", plural, indent: "      "))\n    </term>"
    }
    let levels = [("starting", "S", "Starting", "起步"), ("practising", "P", "Practising", "實踐"), ("leading", "L", "Leading", "領先")]
    let answers = [
      (met, "counts-as=\"met\"", "Met", "達成"), (metAnotherWay, "counts-as=\"met\" requires=\"compensating-control\"", "Met another way", "以他法達成"),
      (notMet, "counts-as=\"not-met\"", "Not met", "未達成"), (doesNotApply, "counts-as=\"excluded\" requires=\"justification\"", "Does not apply", "不需評估"),
      ("open", "counts-as=\"not-met\" complete=\"false\"", "Not yet assessed", "尚待評估"),
    ]
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <questionnaire xmlns="urn:fincyber:questionnaire:1" id="bare-model" version="1" date="2026-01-15" languages="\(languages.joined(separator: " "))" time-zone="-05:00">
      \(text("title", ["en": "Bare Maturity Model", "zh-TW": "精簡成熟度模型"], indent: "  "))
      \(text("description", ["en": "A model with only the parts every model must have.", "zh-TW": "僅含必要部分之模型。"], indent: "  "))
        <vocabulary>
      \(term("domain", ["en": "area", "zh-TW": "領域"], ["en": "areas", "zh-TW": "領域"]))
      \(term("factor", ["en": "practice group", "zh-TW": "實務群組"], ["en": "practice groups", "zh-TW": "實務群組"]))
      \(term("component", ["en": "practice", "zh-TW": "實務"], ["en": "practices", "zh-TW": "實務"]))
      \(term("statement", ["en": "declarative statement", "zh-TW": "陳述句"], ["en": "declarative statements", "zh-TW": "陳述句"]))
        </vocabulary>
        <levels>

      """
    for (id, code, en, zh) in levels {
      let names = longNames ? ["en": "\(en) with sustained, measured results", "zh-TW": "\(zh)且成效持續可量測"] : ["en": en, "zh-TW": zh]
      xml += "    <level id=\"\(id)\" code=\"\(code)\">\n\(text("name", names, indent: "      "))\n    </level>\n"
    }
    xml += "  </levels>\n  <answer-scale>\n"
    for (value, attributes, en, zh) in answers {
      xml += "    <answer value=\"\(value)\" \(attributes)>\n\(text("name", ["en": en, "zh-TW": zh], indent: "      "))\n    </answer>\n"
    }
    xml += "  </answer-scale>\n"
    for index in 1...domains {
      let id = "A\(index)"
      xml += "  <domain id=\"\(id)\">\n"
      xml += text("name", ["en": domainName(index, "en", long: longNames), "zh-TW": domainName(index, "zh-TW", long: longNames)], indent: "    ") + "\n"
      xml += "    <factor id=\"\(id).F1\">\n"
      let factor = longNames ? ["en": "Practices for managing the risk of every supplier and service provider", "zh-TW": "管理所有供應商及服務提供者風險之實務"] : ["en": "Practice group", "zh-TW": "實務群組"]
      xml += text("name", factor, indent: "      ") + "\n"
      xml += "      <component id=\"\(id).F1.C1\">\n" + text("name", ["en": "Practice", "zh-TW": "實務"], indent: "        ") + "\n"
      for (level, code, _, _) in levels {
        xml += "        <statement id=\"\(id).F1.C1.\(code).1\" level=\"\(level)\">\n"
        xml += text("text", ["en": "Area \(index) does what the \(level) level asks.", "zh-TW": "第\(index)領域做到\(level)等級之要求。"], indent: "          ") + "\n"
        xml += "        </statement>\n"
      }
      xml += "      </component>\n    </factor>\n  </domain>\n"
    }
    return xml + "</questionnaire>\n"
  }

  /// A response file: each domain's statements answered in turn with every answer of the scale,
  /// so that every kind of answer and every achieved level occurs.
  ///
  /// - Parameters:
  ///   - domains: How many domains the questionnaire has.
  ///   - period: The period, `2026Q1`.
  ///   - date: The assessment date.
  ///   - institution: The institution's name.
  static func responses(domains: Int, period: String = "2026Q1", date: String = "2026-03-31", institution: String = "Bare Credit Union") -> String {
    let codes = ["S", "P", "L"]
    var answers = ""
    for index in 1...domains {
      for (rank, code) in codes.enumerated() {
        let id = "A\(index).F1.C1.\(code).1"
        switch (index + rank) % 5 {
        case 0: answers += "    <answer statement=\"\(id)\" value=\"\(met)\"/>\n"
        case 1: answers += "    <answer statement=\"\(id)\" value=\"\(metAnotherWay)\"><compensating-control>A weekly manual review.</compensating-control></answer>\n"
        case 2: answers += "    <answer statement=\"\(id)\" value=\"\(notMet)\"><comment>Planned for next year.</comment></answer>\n"
        case 3: answers += "    <answer statement=\"\(id)\" value=\"\(doesNotApply)\"><justification>No such service is offered.</justification></answer>\n"
        default: break
        }
      }
    }
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="bare-model" questionnaire-version="1">
        <institution id="bare-cu"><name>\(institution)</name></institution>
        <assessment date="\(date)" period="\(period)"><assessor>Chief information security officer</assessor></assessment>
        <answers>
      \(answers)  </answers>
      </responses>

      """
  }

  /// The questionnaire loaded.
  static func load(domains: Int, languages: [String] = ["en"], longNames: Bool = false) throws -> (model: Questionnaire, bytes: [UInt8]) {
    let bytes = Array(questionnaire(domains: domains, languages: languages, longNames: longNames).utf8)
    return (try Loader.questionnaire(bytes, path: "bare-model.xml"), bytes)
  }

  /// An assessment of the model, scored, with its input fingerprints.
  static func input(domains: Int, languages: [String] = ["en"], longNames: Bool = false, period: String = "2026Q1",
                    date: String = "2026-03-31", institution: String = "Bare Credit Union") throws -> ReportInput {
    let (model, questionnaireBytes) = try load(domains: domains, languages: languages, longNames: longNames)
    let bytes = Array(responses(domains: domains, period: period, date: date, institution: institution).utf8)
    let answers = try Loader.responses(bytes, path: "bare-\(period).xml", for: model)
    return ReportInput(
      assessment: Scorer.score(answers, against: model), questionnaireSHA256: SHA256.hex(questionnaireBytes), responsesSHA256: SHA256.hex(bytes))
  }
}
