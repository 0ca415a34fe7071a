/// Builds a `Questionnaire` from a schema-valid document and checks what the schema cannot:
/// unique ids, references that resolve, every text in each declared language and no other, a
/// complete vocabulary and answer scale, crosswalk ids that exist, and parts that come together
/// (a risk profile with its levels and targets, tiers with their sectors).
struct QuestionnaireReader {
  private var list: DiagnosticList
  private var levels: [MaturityLevel] = []
  private var riskLevels: [RiskLevel] = []
  private var measureIDs = Set<String>()
  private var domainIDs = Set<String>()
  /// Each crosswalk framework's ids, by the framework's id.
  private var crosswalkIDs: [String: Set<String>] = [:]
  /// Whether the model has a compliance-baseline document, without which no statement is one.
  private var hasComplianceBaseline = false
  /// Each measure's force, where the model gives it.
  private var measureForces: [String: SourceMeasure.Force] = [:]
  /// The compliance-baseline document's measures.
  private var baselineMeasureIDs = Set<String>()
  /// The named rules, by id.
  private var namedRules: [String: NamedRule] = [:]
  /// Whether the model says what its measures oblige or names its rules: then a statement is
  /// compliance baseline only when it rests on one that binds.
  private var classifiesForce: Bool { !measureForces.isEmpty || !namedRules.isEmpty }

  init(source: SourceText) { list = DiagnosticList(source: source) }

  mutating func read(_ root: XMLElementNode) throws -> Questionnaire {
    let languages = readLanguages(root)
    list.languages = languages
    let title = list.localized(root, "title")
    let description = list.localized(root, "description")
    let vocabulary = readVocabulary(root.child(named: "vocabulary")!)
    readLevels(root.child(named: "levels")!)
    let answerScale = readAnswerScale(root.child(named: "answer-scale")!)
    checkRiskParts(root)
    if let element = root.child(named: "risk-levels") { readRiskLevels(element) }
    let documents = root.child(named: "sources").map { readSources($0) } ?? []
    let rules = root.child(named: "rules").map { readRules($0) } ?? []
    let glossary = root.child(named: "glossary").map { readGlossary($0) } ?? []
    let crosswalks = root.child(named: "crosswalks").map { readCrosswalks($0) } ?? []
    let sectors = root.child(named: "sectors").map { readSectors($0) } ?? []
    var domainScope = UniqueIDs("domain")
    for domain in root.children(named: "domain") where domainScope.claim(domain["id"]!, at: domain, into: &list) {
      domainIDs.insert(domain["id"]!)
    }
    let tiers = readTiers(root.child(named: "tiers"), sectors: sectors)
    let (riskTargets, ceilings) = root.child(named: "risk-targets").map { readRiskTargets($0) } ?? ([:], [:])
    let categories = root.child(named: "inherent-risk-profile").map { readProfile($0) } ?? []
    let domains = readDomains(root.children(named: "domain"))
    let indicators = readIndicators(root.child(named: "outcome-indicators"))
    let revision = readRevision(root.child(named: "revises"), statements: Set(domains.flatMap { $0.factors.flatMap { $0.components.flatMap { $0.statements.map(\.id) } } }))
    let initiatives = root.child(named: "initiatives").map { readInitiatives($0, domains: domains) }
    try list.throwIfAny()
    var questionnaire = Questionnaire(
      id: root["id"]!, version: root["version"]!, date: root["date"]!, languages: languages,
      timeZone: root["time-zone"] ?? "Z", title: title, description: description, vocabulary: vocabulary,
      levels: levels, answerScale: answerScale!, riskLevels: riskLevels, documents: documents, crosswalks: crosswalks,
      sectors: sectors, tiers: tiers, riskTargets: riskTargets, riskCategories: categories, domains: domains,
      indicators: indicators, revision: revision)
    if let initiatives {
      (questionnaire.initiatives, questionnaire.effortBands, questionnaire.costBands) = initiatives
    }
    (questionnaire.rules, questionnaire.glossary, questionnaire.riskTargetCeilings) = (rules, glossary, ceilings)
    return questionnaire
  }

  /// The named rules, each once.
  private mutating func readRules(_ element: XMLElementNode) -> [NamedRule] {
    var ids = UniqueIDs("rule")
    return element.children(named: "rule").compactMap { rule in
      guard ids.claim(rule["id"]!, at: rule, into: &list) else { return nil }
      let named = NamedRule(
        id: rule["id"]!, kind: NamedRule.Kind(rawValue: rule["kind"]!)!, title: list.localized(rule, "title"),
        issuer: list.localized(rule, "issuer", required: false))
      namedRules[named.id] = named
      return named
    }
  }

  /// The glossary's terms, each once.
  private mutating func readGlossary(_ element: XMLElementNode) -> [GlossaryTerm] {
    var ids = UniqueIDs("glossary term")
    return element.children(named: "term").compactMap { term in
      guard ids.claim(term["id"]!, at: term, into: &list) else { return nil }
      return GlossaryTerm(id: term["id"]!, name: list.localized(term, "name"), definition: list.localized(term, "definition"))
    }
  }

  /// A compliance-baseline statement must rest on what binds: a measure of the compliance-baseline
  /// document that was required or made a self-regulatory rule, or a named regulation or
  /// self-regulatory rule. Checked where the model says what its measures oblige.
  private mutating func checkBaselineGrounds(_ statement: XMLElementNode, sources: [String], rules: [String]) {
    guard classifiesForce else { return }
    let bindingMeasures = sources.filter { baselineMeasureIDs.contains($0) && measureForces[$0]?.binds == true }
    let bindingRules = rules.filter { namedRules[$0]?.kind.binds == true }
    guard bindingMeasures.isEmpty && bindingRules.isEmpty else { return }
    let cited = sources.filter { baselineMeasureIDs.contains($0) }.map { "\($0) (\(measureForces[$0]?.rawValue ?? "force not given"))" }
    list.add(
      statement, attribute: "baseline",
      "the statement is marked as compliance baseline, but cites no requirement or binding rule"
        + (cited.isEmpty ? "" : ": \(cited.joined(separator: ", ")) cannot make a baseline finding"),
      fix: "cite the required measure or the regulation or self-regulatory rule it restates (<source>, <rule>), or remove baseline=\"true\" and place it at the level its uptake shows")
  }

  /// The remediation initiatives and their bands: bands and initiatives named once, references
  /// that resolve, no initiative needing itself (directly or through others), a statement in one
  /// initiative at most.
  private mutating func readInitiatives(
    _ element: XMLElementNode, domains: [Domain]
  ) -> (initiatives: [Initiative], effort: [Band], cost: [Band]) {
    func bands(_ name: String, _ what: String) -> [Band] {
      var ids = UniqueIDs(what)
      return element.children(named: name).enumerated().compactMap { rank, band in
        guard ids.claim(band["id"]!, at: band, into: &list) else { return nil }
        return Band(id: band["id"]!, name: list.localized(band, "name"), description: list.localized(band, "description"), rank: rank)
      }
    }
    let effort = bands("effort-band", "effort band")
    let cost = bands("cost-band", "cost band")
    let components = Dictionary(
      domains.flatMap { $0.factors.flatMap(\.components) }.map { ($0.id, $0.statements.map(\.id)) }, uniquingKeysWith: { first, _ in first })
    let statementIDs = Set(components.values.joined())
    let position = Dictionary(uniqueKeysWithValues: domains.flatMap { $0.factors.flatMap { $0.components.flatMap(\.statements) } }.map { ($0.id, $0.position) })
    var ids = UniqueIDs("initiative")
    var owner: [String: (initiative: String, line: Int)] = [:]
    let elements = element.children(named: "initiative").filter { ids.claim($0["id"]!, at: $0, into: &list) }
    let known = Set(elements.map { $0["id"]! })
    var initiatives: [Initiative] = []
    for initiative in elements {
      let id = initiative["id"]!
      for (attribute, list_, what) in [("effort", effort, "effort band"), ("cost", cost, "cost band")] where !list_.contains(where: { $0.id == initiative[attribute]! }) {
        list.add(initiative, attribute: attribute, "unknown \(what) '\(initiative[attribute]!)'", fix: "use one of: \(list_.map(\.id).joined(separator: ", "))")
      }
      var requires: [String] = []
      for needed in initiative.children(named: "requires") {
        let other = needed["initiative"]!
        if !known.contains(other) {
          list.add(needed, attribute: "initiative", "unknown initiative '\(other)'", fix: "name an initiative this model defines")
        } else if other == id {
          list.add(needed, attribute: "initiative", "the initiative '\(id)' requires itself", fix: "remove this <requires>")
        } else {
          requires.append(other)
        }
      }
      var covered: [String] = []
      for cover in initiative.children(named: "covers") {
        var found: [String] = []
        switch (cover["statement"], cover["component"]) {
        case (let statement?, nil):
          if statementIDs.contains(statement) { found = [statement] } else {
            list.add(cover, attribute: "statement", "unknown statement '\(statement)'", fix: "name a statement of this version")
          }
        case (nil, let component?):
          if let statements = components[component] { found = statements } else {
            list.add(cover, attribute: "component", "unknown component '\(component)'", fix: "name a component of this version")
          }
        default:
          list.add(cover, "<covers> names a statement or a component, one of them", fix: "write <covers statement=\"…\"/> or <covers component=\"…\"/>")
        }
        for statement in found {
          if let first = owner[statement], first.initiative != id {
            list.add(cover, "the statement '\(statement)' is in the initiatives '\(first.initiative)' (line \(first.line)) and '\(id)'",
                     fix: "put each statement in one initiative")
          } else if owner[statement] == nil {
            owner[statement] = (id, cover.line)
            covered.append(statement)
          }
        }
      }
      initiatives.append(
        Initiative(
          id: id, name: list.localized(initiative, "name"), delivers: list.localized(initiative, "delivers"),
          effort: initiative["effort"]!, cost: initiative["cost"]!, quarters: Int(initiative["quarters"]!) ?? 1, requires: requires,
          statements: covered.sorted { position[$0]! < position[$1]! }))
    }
    // Prerequisites must not go round in a circle.
    let requiring = Dictionary(uniqueKeysWithValues: initiatives.map { ($0.id, $0.requires) })
    for (index, initiative) in initiatives.enumerated() {
      var seen: Set<String> = []
      var frontier = initiative.requires
      while let next = frontier.popLast() {
        if next == initiative.id {
          list.add(elements[index], "the initiative '\(initiative.id)' requires itself through others", fix: "break the circle of <requires>")
          break
        }
        if seen.insert(next).inserted { frontier += requiring[next] ?? [] }
      }
    }
    return (initiatives, effort, cost)
  }

  /// The declared languages, each once.
  private mutating func readLanguages(_ root: XMLElementNode) -> [String] {
    let tags = root["languages"]!.split(separator: " ").map(String.init)
    var seen = Set<String>()
    for tag in tags where !seen.insert(tag).inserted {
      list.add(root, attribute: "languages", "the language '\(tag)' is declared twice", fix: "declare each language once")
    }
    if !tags.contains(where: { Language(rawValue: $0) != nil }) {
      list.add(
        root, attribute: "languages", "fincyber writes its reports in \(Language.allCases.map(\.rawValue).joined(separator: " and ")), and the model declares neither",
        fix: "give the model's texts in zh-TW or en as well, and declare it")
    }
    return tags.filter { seen.remove($0) != nil }
  }

  /// What the model calls each of its parts; every part needs its words.
  private mutating func readVocabulary(_ element: XMLElementNode) -> Vocabulary {
    var terms: [Vocabulary.Part: Vocabulary.Term] = [:]
    for term in element.children(named: "term") {
      let part = Vocabulary.Part(rawValue: term["of"]!)!
      if terms[part] != nil {
        list.add(term, attribute: "of", "the vocabulary names the \(part.rawValue) twice", fix: "keep one <term of=\"\(part.rawValue)\">")
      }
      terms[part] = Vocabulary.Term(singular: list.localized(term, "singular"), plural: list.localized(term, "plural"))
    }
    for part in Vocabulary.Part.allCases where terms[part] == nil {
      list.add(element, "the vocabulary has no word for a \(part.rawValue)", fix: "add <term of=\"\(part.rawValue)\"> with its singular and plural")
    }
    return Vocabulary(terms: terms)
  }

  /// A risk profile comes whole: its levels, the target each calls for, and the activities rated.
  private mutating func checkRiskParts(_ root: XMLElementNode) {
    let parts = ["risk-levels", "risk-targets", "inherent-risk-profile"]
    let present = parts.filter { root.child(named: $0) != nil }
    guard !present.isEmpty && present.count < parts.count else { return }
    let missing = parts.filter { !present.contains($0) }
    list.add(
      root.child(named: present[0])!, "the model has <\(present.joined(separator: ">, <"))> but no <\(missing.joined(separator: ">, <"))>",
      fix: "an inherent risk profile needs its risk levels, the target each calls for, and the activities rated: give all three or none")
  }

  private mutating func readRevision(_ element: XMLElementNode?, statements: Set<String>) -> Revision? {
    guard let element else { return nil }
    var revision = Revision(previousVersion: element["version"]!, retired: [], replaced: [:], split: [:])
    var mapped = UniqueIDs("statement", repeated: "is mapped twice")
    for entry in element.children {
      let old = entry["statement"]!
      guard mapped.claim(old, at: entry, attribute: "statement", into: &list) else { continue }
      if statements.contains(old) {
        list.add(entry, attribute: "statement", "'\(old)' is still in this version, so it cannot be \(entry.name)",
                 fix: "a statement whose meaning changed gets a new id; map the old id to it")
      }
      let successors = entry.name == "replaced" ? [entry["by"]!] : entry.name == "split" ? entry["into"]!.split(separator: " ").map(String.init) : []
      for successor in successors where !statements.contains(successor) {
        list.add(entry, attribute: entry.name == "replaced" ? "by" : "into", "'\(successor)' is not a statement of this version",
                 fix: "name a statement this version defines")
      }
      switch entry.name {
      case "retired": revision.retired.append(old)
      case "replaced": revision.replaced[old] = successors[0]
      default: revision.split[old] = successors
      }
    }
    return revision
  }

  private mutating func readLevels(_ element: XMLElementNode) {
    var ids = UniqueIDs("level")
    var codes = UniqueIDs("level code")
    for (rank, level) in element.children(named: "level").enumerated() {
      _ = ids.claim(level["id"]!, at: level, into: &list)
      _ = codes.claim(level["code"]!, at: level, attribute: "code", into: &list)
      var made = MaturityLevel(
        id: level["id"]!, code: level["code"]!, rank: rank, name: list.localized(level, "name"),
        description: list.localized(level, "description", required: false))
      made.computedTarget = level["computed-target"].map { $0 == "true" || $0 == "1" } ?? true
      levels.append(made)
    }
  }

  /// The answer scale: values the model's own, each once, exactly one of them incomplete.
  private mutating func readAnswerScale(_ element: XMLElementNode) -> AnswerScale? {
    var values = UniqueIDs("answer value", repeated: "is defined twice")
    var meanings: [AnswerMeaning] = []
    for answer in element.children(named: "answer") where values.claim(answer["value"]!, at: answer, attribute: "value", into: &list) {
      meanings.append(
        AnswerMeaning(
          value: AnswerValue(answer["value"]!), counting: AnswerMeaning.Counting(rawValue: answer["counts-as"]!)!,
          isComplete: (answer["complete"] ?? "true") == "true" || answer["complete"] == "1",
          requirement: AnswerMeaning.Requirement(rawValue: answer["requires"] ?? "none")!,
          name: list.localized(answer, "name")))
    }
    let incomplete = meanings.filter { !$0.isComplete }.map(\.value.rawValue)
    if incomplete.count != 1 {
      list.add(
        element, incomplete.isEmpty ? "no answer value leaves a statement unanswered" : "\(incomplete.count) answer values leave a statement unanswered (\(incomplete.joined(separator: ", ")))",
        fix: "mark exactly one value complete=\"false\": it is what a statement with no answer has")
    }
    if !meanings.contains(where: { $0.counting == .met }) {
      list.add(element, "no answer value counts as met", fix: "give at least one value counts-as=\"met\"")
    }
    return AnswerScale(meanings)
  }

  private mutating func readRiskLevels(_ element: XMLElementNode) {
    var ids = UniqueIDs("risk level")
    for (rank, risk) in element.children(named: "risk-level").enumerated() {
      _ = ids.claim(risk["id"]!, at: risk, into: &list)
      riskLevels.append(RiskLevel(id: risk["id"]!, rank: rank, name: list.localized(risk, "name")))
    }
  }

  private mutating func readSources(_ element: XMLElementNode) -> [SourceDocument] {
    var documentIDs = UniqueIDs("source document")
    var measures = UniqueIDs("measure")
    var roles: [String: String] = [:]
    return element.children(named: "document").map { document in
      _ = documentIDs.claim(document["id"]!, at: document, into: &list)
      let role = document["role"]!
      if role != SourceDocument.Role.reference.rawValue {
        if let first = roles[role] {
          list.add(document, attribute: "role", "'\(first)' is the \(role) document already", fix: "give one document each role; mark the others role=\"reference\"")
        } else {
          roles[role] = document["id"]!
        }
      }
      hasComplianceBaseline = hasComplianceBaseline || role == SourceDocument.Role.complianceBaseline.rawValue
      let found = document.children(named: "measure").map { measure in
        _ = measures.claim(measure["id"]!, at: measure, into: &list)
        measureIDs.insert(measure["id"]!)
        if role == SourceDocument.Role.complianceBaseline.rawValue { baselineMeasureIDs.insert(measure["id"]!) }
        if let force = measure["force"].flatMap(SourceMeasure.Force.init(rawValue:)) { measureForces[measure["id"]!] = force }
        var made = SourceMeasure(id: measure["id"]!, documentID: document["id"]!, title: list.localized(measure, "title"))
        made.force = measure["force"].flatMap(SourceMeasure.Force.init(rawValue:))
        return made
      }
      return SourceDocument(
        id: document["id"]!, date: document["date"]!, role: SourceDocument.Role(rawValue: role)!,
        title: list.localized(document, "title"), shortTitle: list.localized(document, "short-title"), measures: found)
    }
  }

  /// The crosswalk frameworks: each lists its ids, or names a catalogue fincyber knows and lists none.
  private mutating func readCrosswalks(_ element: XMLElementNode) -> [Crosswalk] {
    var frameworkIDs = UniqueIDs("crosswalk framework")
    return element.children(named: "framework").compactMap { framework in
      guard frameworkIDs.claim(framework["id"]!, at: framework, into: &list) else { return nil }
      let items = framework.children(named: "item")
      var ids: [String]
      if let catalogue = framework["catalogue"] {
        ids = Crosswalk.catalogues[catalogue] ?? []
        if let item = items.first {
          list.add(item, "the framework '\(framework["id"]!)' takes its ids from the catalogue \(catalogue); it lists none of its own",
                   fix: "remove the <item> elements, or the catalogue attribute")
        }
      } else {
        var itemIDs = UniqueIDs("item of '\(framework["id"]!)'")
        ids = items.compactMap { itemIDs.claim($0["id"]!, at: $0, into: &list) ? $0["id"]! : nil }
        if ids.isEmpty {
          list.add(framework, "the framework '\(framework["id"]!)' has no ids to cite", fix: "list its ids with <item id=\"…\"/>, or name its catalogue")
        }
      }
      crosswalkIDs[framework["id"]!] = Set(ids)
      return Crosswalk(id: framework["id"]!, name: list.localized(framework, "name"), catalogue: framework["catalogue"], ids: ids)
    }
  }

  private mutating func readSectors(_ element: XMLElementNode) -> [Sector] {
    var ids = UniqueIDs("sector")
    return element.children(named: "sector").map { sector in
      _ = ids.claim(sector["id"]!, at: sector, into: &list)
      return Sector(id: sector["id"]!, name: list.localized(sector, "name"))
    }
  }

  private mutating func level(_ id: String, at element: XMLElementNode, attribute: String = "level") -> MaturityLevel? {
    if let found = levels.first(where: { $0.id == id }) { return found }
    list.add(element, attribute: attribute, "unknown maturity level '\(id)'", fix: "use one of: \(levels.map(\.id).joined(separator: ", "))")
    return nil
  }

  private mutating func checkRisk(_ id: String, at element: XMLElementNode, attribute: String = "risk") -> Bool {
    if riskLevels.contains(where: { $0.id == id }) { return true }
    list.add(element, attribute: attribute, "unknown risk level '\(id)'", fix: "use one of: \(riskLevels.map(\.id).joined(separator: ", "))")
    return false
  }

  private mutating func checkDomain(_ id: String, at element: XMLElementNode) -> Bool {
    if domainIDs.contains(id) { return true }
    list.add(element, attribute: "domain", "unknown domain '\(id)'", fix: "use one of: \(domainIDs.sorted().joined(separator: ", "))")
    return false
  }

  private mutating func readTiers(_ element: XMLElementNode?, sectors sectorList: [Sector]) -> [Tier] {
    let sectors = Set(sectorList.map(\.id))
    guard let element else { return [] }
    if sectors.isEmpty {
      list.add(element, "the model has tiers but no sectors", fix: "add <sectors>: each tier belongs to a sector")
    }
    var ids = UniqueIDs("tier")
    return element.children(named: "tier").map { tier in
      _ = ids.claim(tier["id"]!, at: tier, into: &list)
      if !sectors.contains(tier["sector"]!) {
        list.add(tier, attribute: "sector", "unknown sector '\(tier["sector"]!)'", fix: "use one of: \(sectors.sorted().joined(separator: ", "))")
      }
      var minimums: [String: MaturityLevel] = [:]
      for minimum in tier.children(named: "minimum-target") {
        let domain = minimum["domain"]!
        guard checkDomain(domain, at: minimum), let level = level(minimum["level"]!, at: minimum) else { continue }
        checkComputable(level, at: minimum)
        if minimums[domain] != nil {
          list.add(minimum, attribute: "domain", "tier '\(tier["id"]!)' sets domain '\(domain)' twice", fix: "keep one <minimum-target domain=\"\(domain)\">")
        }
        minimums[domain] = level
      }
      return Tier(
        id: tier["id"]!, sectorID: tier["sector"]!, name: list.localized(tier, "name"),
        criteria: list.localized(tier, "criteria"), minimumTargets: minimums)
    }
  }

  private mutating func readRiskTargets(_ element: XMLElementNode) -> (targets: [String: MaturityLevel], ceilings: [String: MaturityLevel]) {
    var targets: [String: MaturityLevel] = [:]
    var ceilings: [String: MaturityLevel] = [:]
    for target in element.children(named: "risk-target") {
      let risk = target["risk"]!
      guard checkRisk(risk, at: target), let level = level(target["level"]!, at: target) else { continue }
      if targets[risk] != nil {
        list.add(target, attribute: "risk", "the risk level '\(risk)' has two targets", fix: "keep one <risk-target risk=\"\(risk)\">")
      }
      checkComputable(level, at: target)
      targets[risk] = level
      if let top = target["up-to"], let ceiling = self.level(top, at: target, attribute: "up-to") {
        if ceiling < level {
          list.add(target, attribute: "up-to", "the range of '\(risk)' ends at \(ceiling.id), below its target \(level.id)", fix: "give a level at or above the target")
        }
        ceilings[risk] = ceiling
      }
    }
    for risk in riskLevels where targets[risk.id] == nil {
      list.add(element, "the risk level '\(risk.id)' has no target", fix: "add <risk-target risk=\"\(risk.id)\" level=\"…\"/>")
    }
    return (targets, ceilings)
  }

  /// A level that is only ever an institution's own choice cannot be set by a table.
  private mutating func checkComputable(_ level: MaturityLevel, at element: XMLElementNode) {
    guard !level.computedTarget else { return }
    list.add(element, attribute: "level", "the level '\(level.id)' is only ever an institution's own choice (computed-target=\"false\"); a table cannot set it",
             fix: "set a lower level here; an institution that wants \(level.id) sets its own target")
  }

  private mutating func readProfile(_ element: XMLElementNode) -> [RiskCategory] {
    var categoryIDs = UniqueIDs("risk category")
    var activityIDs = UniqueIDs("risk activity")
    return element.children(named: "category").map { category in
      _ = categoryIDs.claim(category["id"]!, at: category, into: &list)
      let activities = category.children(named: "activity").map { activity in
        _ = activityIDs.claim(activity["id"]!, at: activity, into: &list)
        var ratings: [String: LocalizedText] = [:]
        for rating in activity.children(named: "rating") where checkRisk(rating["risk"]!, at: rating) {
          if ratings[rating["risk"]!] != nil {
            list.add(rating, attribute: "risk", "activity '\(activity["id"]!)' describes risk '\(rating["risk"]!)' twice", fix: "keep one")
          }
          ratings[rating["risk"]!] = list.localized(rating, "text")
        }
        return RiskActivity(id: activity["id"]!, name: list.localized(activity, "name"), ratings: ratings)
      }
      return RiskCategory(id: category["id"]!, name: list.localized(category, "name"), activities: activities)
    }
  }

  private mutating func references(_ element: XMLElementNode) -> (sources: [String], crosswalk: [CrosswalkReference]) {
    var sources: [String] = []
    for source in element.children(named: "source") {
      let id = source["ref"]!
      if !measureIDs.contains(id) {
        list.add(source, attribute: "ref", "unknown source measure '\(id)'", fix: "cite a measure listed under <sources>")
      }
      sources.append(id)
    }
    var crosswalk: [CrosswalkReference] = []
    for reference in element.children(named: "ref") {
      let framework = reference["framework"]!
      let id = reference["id"]!
      guard let ids = crosswalkIDs[framework] else {
        list.add(reference, attribute: "framework", "unknown crosswalk framework '\(framework)'",
                 fix: crosswalkIDs.isEmpty ? "declare it under <crosswalks>" : "use one of: \(crosswalkIDs.keys.sorted().joined(separator: ", "))")
        continue
      }
      if !ids.contains(id) {
        list.add(reference, attribute: "id", "'\(id)' is not an id of the framework '\(framework)'", fix: "cite an id the framework has, e.g. \(ids.sorted().first ?? "")")
      }
      crosswalk.append(CrosswalkReference(framework: framework, id: id))
    }
    return (sources, crosswalk)
  }

  private mutating func readDomains(_ elements: [XMLElementNode]) -> [Domain] {
    var factorIDs = UniqueIDs("assessment factor")
    var componentIDs = UniqueIDs("component")
    var statementIDs = UniqueIDs("statement")
    var position = 0
    return elements.map { domain in
      let factors = domain.children(named: "factor").map { factor in
        _ = factorIDs.claim(factor["id"]!, at: factor, into: &list)
        let components = factor.children(named: "component").map { component in
          _ = componentIDs.claim(component["id"]!, at: component, into: &list)
          let statements = component.children(named: "statement").compactMap { statement -> Statement? in
            _ = statementIDs.claim(statement["id"]!, at: statement, into: &list)
            let text = list.localized(statement, "text")
            let evidence = list.localized(statement, "evidence", required: false)
            let refs = references(statement)
            let isBaseline = statement["baseline"] == "true" || statement["baseline"] == "1"
            var rules: [String] = []
            for rule in statement.children(named: "rule") {
              if namedRules[rule["ref"]!] == nil {
                list.add(rule, attribute: "ref", "unknown rule '\(rule["ref"]!)'", fix: "cite a rule listed under <rules>")
              } else {
                rules.append(rule["ref"]!)
              }
            }
            if isBaseline && !hasComplianceBaseline {
              list.add(statement, attribute: "baseline", "the statement is marked as compliance baseline, but the model has no compliance-baseline document",
                       fix: "declare under <sources> the document whose requirements it restates (role=\"compliance-baseline\"), or remove baseline=\"true\"")
            } else if isBaseline {
              checkBaselineGrounds(statement, sources: refs.sources, rules: rules)
            }
            let condition = list.localized(statement, "condition", required: false)
            let note = list.localized(statement, "note", required: false)
            guard let level = level(statement["level"]!, at: statement) else { return nil }
            defer { position += 1 }
            var made = Statement(
              id: statement["id"]!, level: level, isComplianceBaseline: isBaseline,
              text: text, evidence: evidence, sources: refs.sources, references: refs.crosswalk, position: position,
              domainID: domain["id"]!, factorID: factor["id"]!, componentID: component["id"]!)
            (made.rules, made.condition, made.note) = (rules, condition, note)
            made.isSharing = statement["kind"] == "sharing"
            made.dependsOnOthers = statement["depends-on-others"] == "true" || statement["depends-on-others"] == "1"
            return made
          }
          return Component(
            id: component["id"]!, name: list.localized(component, "name"),
            description: list.localized(component, "description", required: false), statements: statements)
        }
        return AssessmentFactor(
          id: factor["id"]!, name: list.localized(factor, "name"),
          description: list.localized(factor, "description", required: false), components: components)
      }
      return Domain(
        id: domain["id"]!, name: list.localized(domain, "name"),
        description: list.localized(domain, "description", required: false), factors: factors)
    }
  }

  private mutating func readIndicators(_ element: XMLElementNode?) -> [OutcomeIndicator] {
    guard let element else { return [] }
    var ids = UniqueIDs("outcome indicator")
    return element.children(named: "indicator").map { indicator in
      _ = ids.claim(indicator["id"]!, at: indicator, into: &list)
      _ = checkDomain(indicator["domain"]!, at: indicator)
      var thresholds: [(level: MaturityLevel, value: Double)] = []
      for threshold in indicator.children(named: "threshold") {
        guard let level = level(threshold["level"]!, at: threshold) else { continue }
        guard let value = Double(threshold["value"]!), value.isFinite else {
          list.add(threshold, attribute: "value", "the threshold must be a finite number", fix: "write a number such as 24 or 99.5")
          continue
        }
        if thresholds.contains(where: { $0.level == level }) {
          list.add(threshold, attribute: "level", "indicator '\(indicator["id"]!)' has two thresholds for '\(level.id)'", fix: "keep one")
        }
        thresholds.append((level, value))
      }
      thresholds.sort { $0.level < $1.level }
      let refs = references(indicator)
      let minimum = indicator["minimum"].flatMap(Double.init)
      let maximum = indicator["maximum"].flatMap(Double.init)
      if let minimum, let maximum, minimum > maximum {
        list.add(indicator, attribute: "minimum", "the minimum is above the maximum", fix: "swap them")
      }
      return OutcomeIndicator(
        id: indicator["id"]!, domainID: indicator["domain"]!, name: list.localized(indicator, "name"),
        description: list.localized(indicator, "description"), unit: list.localized(indicator, "unit"),
        better: OutcomeIndicator.Direction(rawValue: indicator["better"]!)!, sources: refs.sources, references: refs.crosswalk,
        thresholds: thresholds, minimum: minimum, maximum: maximum)
    }
  }
}
