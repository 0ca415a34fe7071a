import FinCyberCore
import Foundation

/// Paths and small builders shared by the core tests.
enum Fixtures {
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
  static let folder = testsFolder.appendingPathComponent("Fixtures")

  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The hand-made questionnaire the scoring tests reason about (see Fixtures/mini-questionnaire.xml):
  /// D1 (factor D1.GV: components D1.GV.BO with B.1 flagged, B.2, E.1, Int.1, A.1, Inn.1;
  /// and D1.GV.RM with B.1 flagged, E.1, Int.1, A.1, Inn.1) and D2 (factor D2.PR: component
  /// D2.PR.ZT with B.1 flagged, E.1, Int.1, A.1, Inn.1).
  static let mini: Questionnaire = {
    try! Loader.questionnaire(at: path("mini-questionnaire.xml"))
  }()

  /// The second model (see Fixtures/cat-like-questionnaire.xml): English only, five domains, three
  /// levels (foundational F, managed M, optimised O), its own answer scale and vocabulary, and no
  /// sources, crosswalk, sectors, tiers, risk profile or outcome indicators.
  static let catLike: Questionnaire = {
    try! Loader.questionnaire(at: path("cat-like-questionnaire.xml"))
  }()

  /// The text of a fixture file, to build variants of it.
  ///
  /// - Parameter name: The file's name under Fixtures/.
  static func text(_ name: String) -> String {
    try! String(contentsOfFile: path(name), encoding: .utf8)
  }

  /// Every statement id of the mini questionnaire, in model order.
  static let miniStatements = mini.statements.map(\.id)

  /// A response file for the mini questionnaire, as XML text.
  static func responsesXML(
    tier: String = "bank-1", sector: String = "bank", answers: [String: String], ratings: [(String, String)] = [],
    riskOverride: String? = nil, targetOverrides: [(String, String)] = [], outcomes: [(String, String)] = []
  ) -> String {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <responses xmlns="urn:fincyber:responses:1" questionnaire="mini" questionnaire-version="1">
        <institution sector="\(sector)" tier="\(tier)"><name>Test Bank</name></institution>
        <assessment date="2026-03-31" period="2026Q1"><assessor>Tester</assessor></assessment>

      """
    if !ratings.isEmpty || riskOverride != nil {
      xml += "  <inherent-risk>\n"
      for (activity, risk) in ratings { xml += "    <rating activity=\"\(activity)\" risk=\"\(risk)\"/>\n" }
      if let riskOverride { xml += "    <override risk=\"\(riskOverride)\"><reason>Board decision</reason></override>\n" }
      xml += "  </inherent-risk>\n"
    }
    if !targetOverrides.isEmpty {
      xml += "  <target-overrides>\n"
      for (domain, level) in targetOverrides {
        xml += "    <target-override domain=\"\(domain)\" level=\"\(level)\"><reason>Strategy</reason></target-override>\n"
      }
      xml += "  </target-overrides>\n"
    }
    xml += "  <answers>\n"
    for id in miniStatements {
      guard let value = answers[id] else { continue }
      var inner = ""
      if value == "yes-compensating" { inner = "<compensating-control>Manual daily review</compensating-control>" }
      if value == "not-applicable" { inner = "<justification>No such service</justification>" }
      xml += "    <answer statement=\"\(id)\" value=\"\(value)\">\(inner)</answer>\n"
    }
    xml += "  </answers>\n"
    if !outcomes.isEmpty {
      xml += "  <outcomes>\n"
      for (indicator, value) in outcomes { xml += "    <outcome indicator=\"\(indicator)\" value=\"\(value)\"/>\n" }
      xml += "  </outcomes>\n"
    }
    return xml + "</responses>\n"
  }

  /// Answers `yes` to every statement, then applies the changes given.
  static func allYes(except changes: [String: String?] = [:]) -> [String: String] {
    var answers = Dictionary(uniqueKeysWithValues: miniStatements.map { ($0, "yes") })
    for (id, value) in changes { answers[id] = value }
    return answers
  }

  /// Loads and scores responses against the mini questionnaire.
  static func score(_ xml: String) throws -> Assessment {
    let responses = try Loader.responses(Array(xml.utf8), path: "test.xml", for: mini)
    return Scorer.score(responses, against: mini)
  }
}

extension Assessment {
  func domain(_ id: String) -> DomainResult { domains.first { $0.domain.id == id }! }

  func component(_ id: String) -> NodeScore {
    domains.flatMap { $0.score.children.flatMap(\.children) }.first { $0.id == id }!
  }

  func factor(_ id: String) -> NodeScore {
    domains.flatMap(\.score.children).first { $0.id == id }!
  }
}
