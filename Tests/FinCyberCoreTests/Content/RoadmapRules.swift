@testable import FinCyberCore
import Foundation

/// The Roadmap model's content rules from 2.0.0 on (issue 15), each a function from a questionnaire
/// to the problems it finds, so that a test can require none for 2.0.0 and show that 1.1.0 broke them.
///
/// Where the format carries a marker (`baseline`, `kind="sharing"`, `depends-on-others`, `<condition>`,
/// the glossary) the rules read it; where a rule must find what a statement says, it reads the
/// statement's text with the word lists below, in both languages, and asks for the marker.
enum RoadmapRules {
  // MARK: - Word lists

  /// Words that make a statement's claim depend on an event the period may not have had.
  /// Statements about a written procedure, a contract, an exercise or an automatic capability name
  /// the event only as what the document or system covers, so they are left out.
  static let eventWords = (
    english: [
      #"(?i)\bwhenever\b"#, #"(?i)\bwhen (the institution|a|an|any)\b"#,
      #"(?i)\bafter (every|each|a|an|any)\b(?! (approved|change request|second))"#,
      #"(?i)\b(for|after) (every|each|any) [^.;]{0,40}\b(incidents?|alerts?|interruptions?|warnings?)\b"#,
    ],
    chinese: [#"每當"#, #"發生[^，。；]{0,25}(後|時)"#, #"(確認|發現)[^，。；]{0,25}時"#, #"每(一|次)[^，。；]{0,15}(事件|警訊|預警)"#]
  )
  /// Statements that describe a document, a contract, an exercise or an automatic capability.
  static let standingWords = #"(?i)\b(written|contracts?|contractual|automatically|exercise)\b"#

  /// Variants of the glossary's names that statements and indicators must not use, in both languages
  /// (the step-1 table of issue 15). A spelled-out form is allowed when its abbreviation follows.
  static let variants = (
    chinese: [
      "核心系統", "關鍵系統", "關鍵業務", "關鍵金融服務", "高風險等級供應商", "重要委外廠商", "重大事故", "重大事件",
      "平均恢復時間(?!（MTTR）)", "平均偵測時間(?!（MTTD）)", "復原時間目標(?!（RTO）)", "復原點目標(?!（RPO）)",
      "(?<!最大)可容忍中斷時間", "補償控制", "軟體物料清單(?!（SBOM）)", "聯防 ?SOC", "聯防監控(?!中心)", "平台",
      "對外網路服務系統", "對外系統", "資訊安全長(?!（)",
    ],
    english: [
      #"(?i)\bcritical systems?\b"#, #"(?i)\bcritical business\b"#, #"(?i)\bhigh-tier suppliers?"#,
      #"(?i)\bsignificant outsourcing providers?"#, #"(?i)\bmajor (cyber )?incidents?"#,
      #"(?i)\bmean time to recover(?! \(MTTR\))"#, #"(?i)\bmean time to detect(?! \(MTTD\))"#,
      #"(?i)\brecovery time objectives?(?! \(RTO\))"#, #"(?i)\brecovery point objectives?(?! \(RPO\))"#,
      #"(?i)(?<!maximum )tolerable downtime"#, #"(?i)\bsoftware bills? of materials?(?! \(SBOM\))"#,
      #"(?i)\bjoint monitoring cent(re|er)"#, #"(?i)\bthe regulator\b"#,
      #"(?i)\bchief information security officer(?! \(CISO\))"#, #"(?i)\bcritical financial services?"#,
    ]
  )

  /// Acts of sharing, presenting or hosting for others.
  static let sharingWords =
    #"(?i)\b(shares?|shared|contributes?|presents?|hosts?|co-hosts?|gives?)\b[^.;]*\b(F-ISAC|peers?|sector|industry association|FS-ISAC|community|members|cross-institution)\b"#

  /// Claims that only another party's decision can make true: an invitation, adoption or acceptance
  /// by another body, or helping another body write its rules.
  static let dependenceWords = (
    english:
      #"(?i)\b(adopted by|accepted by (F-ISAC|peers|an? organiser)|(that|which) (peers|members|F-ISAC) adopt|invited|invitation|helps? (the competent authority|F-ISAC|an industry association|develop|design|draft|build)|co-writes? with|pilots? with)\b"#,
    chinese: #"(受邀|獲邀|邀請參與|經[^，。]{0,10}採納|獲[^，。]{0,10}採用|協助主管機關|協助[^，。]{0,6}公會|共同撰寫)"#
  )

  /// A certification the institution or its staff must hold, or taking part in sector-wide activity:
  /// what tier-3 institutions are not asked for at their target, so never at Baseline or Evolving.
  static let certificationOrParticipationWords = [
    #"(?i)\bcertified\b|\b(hold|holds|obtain|obtains|maintain|maintains|keeps?)\b[^.;]*\bcertifica"#,
    #"(?i)(?<!whether to )(?<!whether )\b(attend|attends|take part in|takes part in|participates? in|joins?|is connected to)\b[^.;]*\b(cross-institution|sector-wide|joint SOC|working group)"#,
  ]

  // MARK: - Rules

  /// The compliance-baseline flag only on Baseline statements that cite a measure of binding force
  /// (required or self-regulatory rule) and name a binding rule (a regulation or self-regulatory rule).
  static func flagProblems(_ questionnaire: Questionnaire) -> [String] {
    questionnaire.statements.filter(\.isComplianceBaseline).compactMap { statement in
      var wrong: [String] = []
      if statement.level != questionnaire.levels[0] { wrong.append("is at \(statement.level.id)") }
      if !statement.sources.contains(where: { questionnaire.measure($0)?.force?.binds ?? false }) {
        wrong.append("cites no required or self-regulatory measure (\(statement.sources.joined(separator: ", ")))")
      }
      if !statement.rules.contains(where: { questionnaire.rule($0)?.kind.binds ?? false }) { wrong.append("names no binding rule") }
      return wrong.isEmpty ? nil : "\(statement.id) \(wrong.joined(separator: "; "))"
    }
  }

  /// Every target computed for a sector, tier and risk level (no override) by the core's own rule:
  /// none may be a level the model keeps for the institution's own choice, nor the top level.
  static func computedTargetProblems(_ questionnaire: Questionnaire) -> [String] {
    var problems: [String] = []
    let risks: [RiskLevel?] = [nil] + questionnaire.riskLevels.map { $0 }
    let tiers: [Tier?] = [nil] + questionnaire.tiers.map { $0 }
    for tier in tiers {
      let institution = Institution(id: nil, name: "test", sectorID: tier?.sectorID, tierID: tier?.id)
      let responses = Responses(
        questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version, institution: institution, date: questionnaire.date,
        period: "2026Q4", assessor: "test", riskRatings: [], riskOverride: nil, targetOverrides: [:], answers: [:], outcomes: [:])
      for risk in risks {
        for domain in questionnaire.domains {
          let target = Scorer.targetLevel(domain.id, risk: risk, tier: tier, responses: responses, questionnaire).level
          if !target.computedTarget || target == questionnaire.levels.last {
            problems.append("\(domain.id) for tier \(tier?.id ?? "none") at risk \(risk?.id ?? "none") computes \(target.id)")
          }
        }
      }
    }
    return problems
  }

  /// Every statement whose text makes it depend on an event carries a condition in both languages.
  static func conditionProblems(_ questionnaire: Questionnaire) -> [String] {
    questionnaire.statements.compactMap { statement in
      let english = statement.text.values["en"] ?? "", chinese = statement.text.values["zh-TW"] ?? ""
      let conditional =
        (eventWords.english.contains { matches($0, english) } || eventWords.chinese.contains { matches($0, chinese) })
        && !matches(standingWords, english)
      guard conditional else { return nil }
      let complete = !(statement.condition.values["en"] ?? "").isEmpty && !(statement.condition.values["zh-TW"] ?? "").isEmpty
      return complete ? nil : "\(statement.id) depends on an event but says not how to answer when it did not happen"
    }
  }

  /// A glossary whose terms each have a name and a definition in both languages, a name used once,
  /// and a name that the statements or indicators use; and no statement text, evidence, condition or
  /// indicator that writes a known variant instead (a note may quote the name an earlier version used).
  static func glossaryProblems(_ questionnaire: Questionnaire) -> [String] {
    var problems: [String] = []
    if questionnaire.glossary.isEmpty { problems.append("the model has no glossary") }
    var used: [String: String] = ["en": "", "zh-TW": ""]
    var texts: [(owner: String, language: String, text: String)] = []
    var notes: [(owner: String, language: String, text: String)] = []
    for statement in questionnaire.statements {
      for text in [statement.text, statement.evidence, statement.condition] {
        for (language, value) in text.values { texts.append((statement.id, language, value)) }
      }
      for (language, value) in statement.note.values { notes.append((statement.id, language, value)) }
    }
    for indicator in questionnaire.indicators {
      for text in [indicator.name, indicator.description] {
        for (language, value) in text.values { texts.append((indicator.id, language, value)) }
      }
    }
    for entry in texts + notes { used[entry.language, default: ""] += entry.text.lowercased() + "\n" }
    for language in ["en", "zh-TW"] {
      let names = questionnaire.glossary.compactMap { $0.name.values[language] }
      if Set(names).count != names.count { problems.append("two glossary terms share a name in \(language)") }
    }
    for term in questionnaire.glossary {
      for language in ["en", "zh-TW"] {
        let name = term.name.values[language] ?? ""
        if name.isEmpty || (term.definition.values[language] ?? "").isEmpty {
          problems.append("\(term.id) lacks its name or definition in \(language)")
        } else if !(used[language] ?? "").contains(name.lowercased()) {
          problems.append("\(term.id): no statement or indicator uses \(name)")
        }
      }
    }
    for entry in texts {
      let patterns = entry.language == "en" ? variants.english : variants.chinese
      for pattern in patterns where matches(pattern, entry.text) {
        problems.append("\(entry.owner) (\(entry.language)) writes a variant of a glossary name: /\(pattern)/")
      }
    }
    return problems
  }

  /// At least 102 of the 106 active CSF 2.0 subcategories cited, and every one left out named, with
  /// its reason, in Questionnaires/README.md.
  static func csfProblems(_ questionnaire: Questionnaire, active: Set<String>, readme: String) -> [String] {
    let cited = Set(questionnaire.statements.flatMap { $0.references.ids(in: "csf") })
    let uncited = active.subtracting(cited).sorted()
    var problems: [String] = []
    if active.count - uncited.count < 102 { problems.append("cites \(active.count - uncited.count) of \(active.count); uncited: \(uncited)") }
    for id in uncited where !readme.contains(id) { problems.append("\(id) is uncited and Questionnaires/README.md does not say why") }
    return problems
  }

  /// Statements marked as depending on another party only at levels that are never a computed
  /// target; no unmarked statement whose text needs another party's decision.
  static func dependenceProblems(_ questionnaire: Questionnaire) -> [String] {
    questionnaire.statements.compactMap { statement in
      if statement.dependsOnOthers {
        return statement.level.computedTarget ? "\(statement.id) depends on others at \(statement.level.id)" : nil
      }
      let depends =
        matches(dependenceWords.english, statement.text.values["en"] ?? "")
        || matches(dependenceWords.chinese, statement.text.values["zh-TW"] ?? "")
      return depends ? "\(statement.id) needs another party's decision and is not marked depends-on-others" : nil
    }
  }

  /// Every Innovative act of sharing marked `kind="sharing"`, and at most a third of each domain's
  /// Innovative statements of that kind.
  static func sharingProblems(_ questionnaire: Questionnaire) -> [String] {
    guard let top = questionnaire.levels.last else { return [] }
    var problems: [String] = []
    for domain in questionnaire.domains {
      let innovative = questionnaire.statements.filter { $0.domainID == domain.id && $0.level == top }
      for statement in innovative where !statement.isSharing && matches(sharingWords, statement.text.values["en"] ?? "") {
        problems.append("\(statement.id) is an act of sharing not marked kind=\"sharing\"")
      }
      let sharing = innovative.filter { $0.isSharing || matches(sharingWords, $0.text.values["en"] ?? "") }.count
      if sharing * 3 > innovative.count { problems.append("\(domain.id): \(sharing) of \(innovative.count) Innovative statements are acts of sharing") }
    }
    return problems
  }

  /// The smallest tier of each sector (its last) sets no minimum above the second level, and no
  /// statement at the two lowest levels asks for a certification or sector-wide participation.
  static func smallestTierProblems(_ questionnaire: Questionnaire) -> [String] {
    var problems: [String] = []
    let ceiling = questionnaire.levels[min(1, questionnaire.levels.count - 1)]
    for sector in questionnaire.sectors {
      guard let smallest = questionnaire.tiers.last(where: { $0.sectorID == sector.id }) else { continue }
      for (domain, level) in smallest.minimumTargets where level > ceiling {
        problems.append("\(smallest.id) sets \(domain) at \(level.id)")
      }
    }
    for statement in questionnaire.statements where statement.level <= ceiling {
      if certificationOrParticipationWords.contains(where: { matches($0, statement.text.values["en"] ?? "") }) {
        problems.append("\(statement.id) asks a certification or sector-wide participation at \(statement.level.id)")
      }
    }
    return problems
  }

  /// Replaces "every component at all five levels" and "10 to 14 components": statement counts follow
  /// risk, not a grid. Each pillar has 10 to 20 components, each with a statement at the lowest level
  /// and at two levels or more; no count pattern (statements per level) is shared by more than half
  /// of a pillar's components.
  static func componentProblems(_ questionnaire: Questionnaire) -> [String] {
    var problems: [String] = []
    for domain in questionnaire.domains {
      let components = domain.factors.flatMap(\.components)
      if !(10...20).contains(components.count) { problems.append("\(domain.id): \(components.count) components") }
      var patterns: [[Int]: Int] = [:]
      for component in components {
        let levels = component.statements.map(\.level)
        if !levels.contains(questionnaire.levels[0]) { problems.append("\(component.id) has no \(questionnaire.levels[0].id) statement") }
        if Set(levels).count < 2 { problems.append("\(component.id) has statements at one level only") }
        patterns[questionnaire.levels.map { level in levels.filter { $0 == level }.count }, default: 0] += 1
      }
      if let (pattern, count) = patterns.max(by: { $0.value < $1.value }), count * 2 > components.count {
        problems.append("\(domain.id): \(count) of \(components.count) components have the grid \(pattern)")
      }
    }
    return problems
  }

  /// Replaces "at least one source measure": a statement that cites none says why in a note, in both
  /// languages.
  static func sourceProblems(_ questionnaire: Questionnaire) -> [String] {
    questionnaire.statements.compactMap { statement in
      guard statement.sources.isEmpty else { return nil }
      let noted = !(statement.note.values["en"] ?? "").isEmpty && !(statement.note.values["zh-TW"] ?? "").isEmpty
      return noted ? nil : "\(statement.id) cites no source measure and has no note saying why"
    }
  }

  /// Replaces "every measure at two levels": every measure of the model's documents (RP.1–RP.6
  /// included) is cited by a statement, and every catalogue measure (R and A) at two levels or more.
  static func measureProblems(_ questionnaire: Questionnaire, catalogue: [String]) -> [String] {
    var levels: [String: Set<String>] = [:]
    for statement in questionnaire.statements {
      for source in statement.sources { levels[source, default: []].insert(statement.level.id) }
    }
    var problems: [String] = []
    for measure in questionnaire.documents.flatMap(\.measures) where levels[measure.id] == nil {
      problems.append("\(measure.id) is cited by no statement")
    }
    for measure in catalogue where (levels[measure]?.count ?? 0) < 2 {
      problems.append("\(measure) is served at \(levels[measure]?.sorted() ?? [])")
    }
    return problems
  }

  // MARK: - Helpers

  /// Whether an ICU regular expression (look-behind allowed) matches anywhere in a text.
  static func matches(_ pattern: String, _ text: String) -> Bool {
    guard let expression = try? NSRegularExpression(pattern: pattern) else {
      preconditionFailure("bad pattern \(pattern)")
    }
    return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }
}
