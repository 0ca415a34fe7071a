/// Builds a `Questionnaire` from a schema-valid document and checks what the schema cannot:
/// unique ids, references that resolve, both languages present, a complete answer scale.
struct QuestionnaireReader {
  private var list: DiagnosticList
  private var levels: [MaturityLevel] = []
  private var riskLevels: [RiskLevel] = []
  private var measureIDs = Set<String>()
  private var domainIDs = Set<String>()

  init(source: SourceText) { list = DiagnosticList(source: source) }

  /// Whether an id has the shape of a NIST CSF 2.0 subcategory, e.g. `GV.OC-01`.
  static func isCSFSubcategoryID(_ id: String) -> Bool {
    let characters = Array(id)
    guard characters.count == 8, characters[2] == ".", characters[5] == "-" else { return false }
    return characters[0...1].allSatisfy(\.isUppercase) && characters[3...4].allSatisfy(\.isUppercase)
      && characters[6...7].allSatisfy { $0.isASCII && $0.isNumber }
  }

  mutating func read(_ root: XMLElementNode) throws -> Questionnaire {
    let title = list.localized(root, "title")
    let description = list.localized(root, "description")
    readLevels(root.child(named: "levels")!)
    let answerScale = readAnswerScale(root.child(named: "answer-scale")!)
    readRiskLevels(root.child(named: "risk-levels")!)
    let documents = readSources(root.child(named: "sources")!)
    let sectors = readSectors(root.child(named: "sectors")!)
    var domainScope = UniqueIDs("domain")
    for domain in root.children(named: "domain") where domainScope.claim(domain["id"]!, at: domain, into: &list) {
      domainIDs.insert(domain["id"]!)
    }
    let tiers = readTiers(root.child(named: "tiers")!, sectors: Set(sectors.map(\.id)))
    let riskTargets = readRiskTargets(root.child(named: "risk-targets")!)
    let categories = readProfile(root.child(named: "inherent-risk-profile")!)
    let domains = readDomains(root.children(named: "domain"))
    let indicators = readIndicators(root.child(named: "outcome-indicators"))
    let revision = readRevision(root.child(named: "revises"), statements: Set(domains.flatMap { $0.factors.flatMap { $0.components.flatMap { $0.statements.map(\.id) } } }))
    try list.throwIfAny()
    return Questionnaire(
      id: root["id"]!, version: root["version"]!, date: root["date"]!, title: title, description: description,
      levels: levels, answerScale: answerScale, riskLevels: riskLevels, documents: documents, sectors: sectors,
      tiers: tiers, riskTargets: riskTargets, riskCategories: categories, domains: domains, indicators: indicators,
      revision: revision)
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
      levels.append(
        MaturityLevel(
          id: level["id"]!, code: level["code"]!, rank: rank, name: list.localized(level, "name"),
          description: list.localized(level, "description", required: false)))
    }
  }

  private mutating func readAnswerScale(_ element: XMLElementNode) -> [AnswerValue: AnswerMeaning] {
    var scale: [AnswerValue: AnswerMeaning] = [:]
    for answer in element.children(named: "answer") {
      let value = AnswerValue(rawValue: answer["value"]!)!
      if scale[value] != nil {
        list.add(answer, attribute: "value", "the answer value '\(value.rawValue)' is defined twice", fix: "keep one <answer value=\"\(value.rawValue)\">")
      }
      scale[value] = AnswerMeaning(
        value: value, counting: AnswerMeaning.Counting(rawValue: answer["counts-as"]!)!,
        isComplete: (answer["complete"] ?? "true") == "true" || answer["complete"] == "1",
        requirement: AnswerMeaning.Requirement(rawValue: answer["requires"] ?? "none")!,
        name: list.localized(answer, "name"))
    }
    for value in AnswerValue.allCases where scale[value] == nil {
      list.add(element, "the answer scale does not define '\(value.rawValue)'", fix: "add <answer value=\"\(value.rawValue)\" counts-as=\"…\">")
    }
    return scale
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
    return element.children(named: "document").map { document in
      _ = documentIDs.claim(document["id"]!, at: document, into: &list)
      let found = document.children(named: "measure").map { measure in
        _ = measures.claim(measure["id"]!, at: measure, into: &list)
        measureIDs.insert(measure["id"]!)
        return SourceMeasure(id: measure["id"]!, documentID: document["id"]!, title: list.localized(measure, "title"))
      }
      return SourceDocument(
        id: document["id"]!, date: document["date"]!, role: SourceDocument.Role(rawValue: document["role"]!)!,
        title: list.localized(document, "title"), measures: found)
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

  private mutating func readTiers(_ element: XMLElementNode, sectors: Set<String>) -> [Tier] {
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

  private mutating func readRiskTargets(_ element: XMLElementNode) -> [String: MaturityLevel] {
    var targets: [String: MaturityLevel] = [:]
    for target in element.children(named: "risk-target") {
      let risk = target["risk"]!
      guard checkRisk(risk, at: target), let level = level(target["level"]!, at: target) else { continue }
      if targets[risk] != nil {
        list.add(target, attribute: "risk", "the risk level '\(risk)' has two targets", fix: "keep one <risk-target risk=\"\(risk)\">")
      }
      targets[risk] = level
    }
    for risk in riskLevels where targets[risk.id] == nil {
      list.add(element, "the risk level '\(risk.id)' has no target", fix: "add <risk-target risk=\"\(risk.id)\" level=\"…\"/>")
    }
    return targets
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

  private mutating func references(_ element: XMLElementNode) -> (sources: [String], csf: [String]) {
    var sources: [String] = []
    for source in element.children(named: "source") {
      let id = source["ref"]!
      if !measureIDs.contains(id) {
        list.add(source, attribute: "ref", "unknown source measure '\(id)'", fix: "cite a measure listed under <sources>")
      }
      sources.append(id)
    }
    var csf: [String] = []
    for reference in element.children(named: "csf") {
      let id = reference["ref"]!
      if !Self.isCSFSubcategoryID(id) {
        list.add(reference, attribute: "ref", "'\(id)' is not a NIST CSF 2.0 subcategory id", fix: "write it as GV.OC-01")
      }
      csf.append(id)
    }
    return (sources, csf)
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
            let evidence = list.localized(statement, "evidence")
            let refs = references(statement)
            guard let level = level(statement["level"]!, at: statement) else { return nil }
            defer { position += 1 }
            return Statement(
              id: statement["id"]!, level: level,
              isComplianceBaseline: statement["baseline"] == "true" || statement["baseline"] == "1",
              text: text, evidence: evidence, sources: refs.sources, csf: refs.csf, position: position,
              domainID: domain["id"]!, factorID: factor["id"]!, componentID: component["id"]!)
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
        better: OutcomeIndicator.Direction(rawValue: indicator["better"]!)!, sources: refs.sources, csf: refs.csf,
        thresholds: thresholds, minimum: minimum, maximum: maximum)
    }
  }
}
