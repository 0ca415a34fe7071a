import Foundation
import Testing

/// The second model (Tests/FinCyberCoreTests/Fixtures/cat-like-questionnaire.xml): English only,
/// five domains, three levels of its own (Foundational, Managed, Optimised), its own answer scale
/// and words, and no sources, crosswalk, sectors, tiers, risk profile or outcome indicators.
enum SecondModel {
  static let questionnaire = Binary.fixture("cat-like-questionnaire.xml")
  static let responses = Binary.fixture("cat-like-responses.xml")
  static let domainIDs = ["GOV", "THR", "CTL", "EXT", "INC"]
  static let domainNames = [
    "Governance and Oversight", "Threat Awareness and Information Sharing", "Protective and Detective Controls",
    "Third-Party Dependencies", "Incident Handling and Recovery",
  ]
  static let levelIDs = ["foundational", "managed", "optimised"]
  static let levelNames = ["Foundational", "Managed", "Optimised"]
  static let oscalSchema = Binary.packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/reference/oscal-1.0.6/oscal_assessment-results_schema.xsd").path

  /// The lender's answers a quarter earlier: dated 2026Q2, with the policy exceptions then met (a
  /// regression since) and the backups then not (a gap closed since).
  static func earlierResponses() throws -> String {
    var text = try String(contentsOfFile: responses, encoding: .utf8)
    for (old, new) in [
      ("<assessment date=\"2026-09-30\" period=\"2026Q3\">", "<assessment date=\"2026-06-30\" period=\"2026Q2\">"),
      ("<answer statement=\"GOV.OV.POL.M1\" value=\"partially\">", "<answer statement=\"GOV.OV.POL.M1\" value=\"yes\">"),
      ("<answer statement=\"INC.RC.BKP.F1\" value=\"yes\"/>", "<answer statement=\"INC.RC.BKP.F1\" value=\"no\"/>"),
    ] {
      precondition(text.contains(old), "the responses fixture changed: \(old)")
      text = text.replacingOccurrences(of: old, with: new)
    }
    return text
  }

  /// One file a command wrote, or what it printed.
  struct Output: Sendable, CustomStringConvertible {
    enum Kind: Sendable { case html, xml, csv, terminal }
    var name: String
    var kind: Kind
    var text: String
    var description: String { name }

    /// What a reader of the output sees: an HTML page's text and the titles and labels of its
    /// elements (not its markup, styles or script); an XML file's text, attribute values and
    /// comments (not its element and attribute names, which are the format's); anything else whole.
    var readable: String {
      switch kind {
      case .html: return SecondModel.visibleText(self.text)
      case .xml: return SecondModel.xmlContent(self.text)
      case .csv, .terminal: return self.text
      }
    }
  }

  /// A command run and what came of it.
  struct Run: Sendable {
    var arguments: [String]
    var status: Int32
    var error: String
    var outputs: [Output]
    /// Each XML file written, the check it must pass (xmllint against its schema, or fincyber
    /// validate), and the check's exit code.
    var validations: [(file: String, check: String, status: Int32)] = []
  }

  /// The words and phrases of the bundled Roadmap model (its name, its documents, its domain word,
  /// its level names and count, its answer values, its crosswalk), as regular expressions.
  /// Case is ignored except for "FSC", a word only in capitals.
  static let roadmapWords: [(word: String, pattern: String)] = [
    ("pillar", #"\bpillars?\b"#),
    ("Roadmap", #"roadmap"#),
    ("Action Plan", #"action plan"#),
    ("cybersecurity resilience", #"cybersecurity resilience"#),
    ("2020", #"\b2020\b"#),
    ("2025", #"\b2025\b"#),
    ("CSF", #"\bcsf\b"#),
    ("NIST", #"\bnist\b"#),
    ("five levels", #"\b(five|5)\s+(cumulative\s+|maturity\s+)*levels\b"#),
    ("Baseline", #"\bbaseline\b"#),
    ("Evolving", #"\bevolving\b"#),
    ("Intermediate", #"\bintermediate\b"#),
    ("Advanced", #"\badvanced\b"#),
    ("Innovative", #"\binnovative\b"#),
    ("yes-compensating", #"yes-compensating"#),
    ("not-applicable", #"not-applicable"#),
    ("differentiated management", #"differentiated management"#),
    ("Taiwan", #"taiwan"#),
    ("Financial Supervisory Commission", #"financial supervisory commission"#),
    ("支柱", "支柱"),
    ("藍圖", "藍圖"),
    ("行動方案", "行動方案"),
    ("金融資安", "金融資安"),
    ("五個等級", "五個"),
  ]

  /// Words that speak of a part the second model does not have.
  static let absentParts: [(word: String, pattern: String)] = [
    ("sector", #"\bsectors?\b"#),
    ("tier", #"\btiers?\b"#),
    ("inherent risk", #"inherent[ -]risk"#),
    ("outcome indicator", #"outcome indicators?"#),
    ("measured outcome", #"measured outcomes?"#),
    ("compliance baseline", #"compliance baseline"#),
    ("source measure", #"source measures?"#),
    ("crosswalk", #"crosswalks?"#),
  ]

  /// The words of a list found in a text, each with a little of the text around its first place.
  static func found(_ words: [(word: String, pattern: String)], in text: String) -> [String] {
    var found: [String] = []
    for (word, pattern) in words {
      let regex = try! NSRegularExpression(pattern: pattern, options: word == "FSC" ? [] : [.caseInsensitive])
      let range = NSRange(text.startIndex..., in: text)
      guard let match = regex.firstMatch(in: text, range: range), let place = Range(match.range, in: text) else { continue }
      let before = text[..<place.lowerBound].suffix(40)
      let after = text[place.upperBound...].prefix(40)
      found.append("\(word): …\(before)[\(text[place])]\(after)…".replacingOccurrences(of: "\n", with: " "))
    }
    return found
  }

  /// The Chinese characters (CJK ideographs and CJK punctuation) in a text, by scalar.
  static func chinese(in text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
      let value = scalar.value
      return (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0x3000...0x303F).contains(value)
    }))
  }

  /// An HTML page's text and the `title`, `aria-label`, `alt` and `placeholder` of its elements.
  static func visibleText(_ html: String) -> String {
    var text = html
    for pattern in [#"(?s)<style\b.*?</style>"#, #"(?s)<script\b.*?</script>"#, #"(?s)<!--.*?-->"#] {
      text = text.replacingOccurrences(of: pattern, with: " ", options: [.regularExpression, .caseInsensitive])
    }
    let labels = captures(#"\b(?:title|aria-label|alt|placeholder)="([^"]*)""#, in: text)
    text = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
    return decode(([text] + labels).joined(separator: "\n"))
  }

  /// The values the data formats define for themselves (their schemas document them), which are
  /// the format's words, not a model's: `below-baseline` is a level value of the gap-analysis,
  /// trend and cohort records meaning that no level is reached.
  static let formatValues: Set<String> = ["below-baseline"]

  /// An XML document's text, attribute values and comments; namespace names (OSCAL's is NIST's
  /// address) and the formats' own values are left out.
  static func xmlContent(_ xml: String) -> String {
    let xml = xml.replacingOccurrences(of: #"\sxmlns(:[\w.-]+)?\s*=\s*"[^"]*""#, with: " ", options: .regularExpression)
    let values = captures(#"=\s*"([^"]*)""#, in: xml).filter { !formatValues.contains($0) }
    let parts = captures(#"<!--(.*?)-->"#, in: xml) + values + captures(#">([^<]+)<"#, in: xml)
    return decode(parts.joined(separator: "\n"))
  }

  /// The first group of every match of a pattern, across lines.
  static func captures(_ pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  /// The text with XML's five entities read.
  static func decode(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// Every file under a folder with what it holds, read as a kind by its extension.
  static func outputs(in folder: String, prefix: String) throws -> [Output] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    return try names.map { name in
      let kind: Output.Kind = name.hasSuffix(".html") ? .html : name.hasSuffix(".csv") ? .csv : .xml
      return Output(name: prefix + name, kind: kind, text: try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
    }
  }

  /// Runs a command in a folder, keeping what it printed and every file it wrote into `out`.
  static func run(_ arguments: [String], in folder: String, out: String? = nil, schema: String? = nil) throws -> Run {
    let result = try Binary.run(arguments, in: folder)
    var run = Run(
      arguments: arguments, status: result.status, error: result.error,
      outputs: [Output(name: "\(arguments[0]) (terminal)", kind: .terminal, text: result.output)])
    if let out, FileManager.default.fileExists(atPath: folder + "/" + out) {
      run.outputs += try outputs(in: folder + "/" + out, prefix: out + "/")
      for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/" + out).sorted() where name.hasSuffix(".xml") {
        let file = folder + "/" + out + "/" + name
        let schema = schema ?? self.schema(for: name)
        run.validations.append((out + "/" + name, "xmllint --schema \(schema)", try xmllint(file, schema: schema)))
      }
    }
    return run
  }

  /// The schema an output file must satisfy.
  static func schema(for name: String) -> String {
    switch name {
    case "gap-report.xml": return Binary.packageRoot.appendingPathComponent("Reports/schema/gap-analysis.xsd").path
    case "trend.xml": return Binary.packageRoot.appendingPathComponent("Reports/schema/trend.xsd").path
    case "cohort.xml": return Binary.packageRoot.appendingPathComponent("Reports/schema/cohort.xsd").path
    case "assessment-results.oscal.xml": return oscalSchema
    default: return Binary.packageRoot.appendingPathComponent("Questionnaires/schema/responses.xsd").path
    }
  }

  /// xmllint's exit code for a file against a schema.
  static func xmllint(_ file: String, schema: String) throws -> Int32 {
    let result = try Tools.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", schema, file])
    return result.status
  }

  /// Every command that takes a questionnaire, run once on the second model in a folder of its
  /// own, by name; what they wrote is kept in memory and the folder removed.
  static let runs: [String: Run] = {
    do {
      let folder = try Binary.temporaryFolder()
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let model = questionnaire
      try earlierResponses().write(toFile: folder + "/earlier.xml", atomically: true, encoding: .utf8)
      var runs: [String: Run] = [:]
      runs["validate"] = try run(["validate", model, responses, "earlier.xml"], in: folder)
      try FileManager.default.createDirectory(atPath: folder + "/template", withIntermediateDirectories: true)
      var template = try run(["template", "--questionnaire", model, "--out", "template/answers.xml", "--lang", "en", "--date", "2026-12-01"], in: folder, out: "template")
      let check = try Binary.run(["validate", "--questionnaire", model, "template/answers.xml"], in: folder)
      template.validations.append(("template/answers.xml", "fincyber validate: \(check.error)", check.status))
      runs["template"] = template
      runs["assess"] = try run(
        ["assess", "--questionnaire", model, "--responses", responses, "--previous", "earlier.xml", "--lang", "en", "--oscal", "--out", "report"],
        in: folder, out: "report")
      let earlier = try Binary.run(["assess", "--questionnaire", model, "--responses", "earlier.xml", "--lang", "en", "--out", "q2"], in: folder)
      var trend = try run(["trend", "--questionnaire", model, "q2/gap-report.xml", responses, "--lang", "en", "--out", "trend"], in: folder, out: "trend")
      if earlier.status != 0 { trend.error = "assess of the earlier quarter failed: \(earlier.error)\n" + trend.error }
      runs["trend"] = trend
      var cohort = try run(["sample-cohort", "--count", "6", "--seed", "7", "--questionnaire", model, "--out", "cohort-in"], in: folder, out: "cohort-in")
      let report = try run(["cohort", "cohort-in", "--questionnaire", model, "--lang", "en", "--today", "2026-12-03", "--out", "cohort"], in: folder, out: "cohort")
      cohort.status = cohort.status == 0 ? report.status : cohort.status
      cohort.error += report.error
      cohort.outputs += report.outputs
      cohort.validations += report.validations
      runs["cohort"] = cohort
      try "a-key-the-lender-keeps-to-itself-2026".write(toFile: folder + "/key", atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/key")
      var anonymize = try run(["anonymize", "--questionnaire", model, "--key-file", "key", "--out", "shared", responses], in: folder, out: "shared")
      for output in anonymize.outputs where output.kind == .xml {
        let check = try Binary.run(["validate", "--questionnaire", model, output.name], in: folder)
        anonymize.validations.append((output.name, "fincyber validate: \(check.error)", check.status))
      }
      runs["anonymize"] = anonymize
      return runs
    } catch {
      return ["setup": Run(arguments: [], status: -1, error: "\(error)", outputs: [])]
    }
  }()

  /// The commands run, by name.
  static let commands = ["validate", "template", "assess", "trend", "cohort", "anonymize"]

  /// A command's run; a failed setup is reported as the run of every command.
  static func result(of command: String) -> Run {
    runs[command] ?? runs["setup"] ?? Run(arguments: [command], status: -1, error: "not run", outputs: [])
  }
}

/// The second model, answered and reported by every command that takes a questionnaire.
///
/// What must hold for any model: every command succeeds, every XML output is valid against its
/// schema, the outputs name the model's own domains and levels, and none carries a word of the
/// bundled Roadmap model or speaks of a part this model does not have.
@Suite struct SecondModelTests {
  @Test(arguments: SecondModel.commands)
  func everyCommandSucceedsAndEveryXMLOutputIsValid(_ command: String) throws {
    let run = SecondModel.result(of: command)
    #expect(run.status == 0, "\(command): \(run.arguments.joined(separator: " ")) exited \(run.status): \(run.error)")
    #expect(command == "validate" || run.outputs.count > 1, "\(command) wrote nothing")
    for validation in run.validations {
      #expect(validation.status == 0, "\(validation.file) fails \(validation.check)")
    }
  }

  @Test(arguments: SecondModel.commands)
  func noOutputCarriesARoadmapWord(_ command: String) throws {
    for output in SecondModel.result(of: command).outputs {
      let words = SecondModel.found(SecondModel.roadmapWords, in: output.readable)
      #expect(words.isEmpty, "\(output.name) says \(words.joined(separator: "; "))")
    }
  }

  @Test(arguments: SecondModel.commands)
  func noOutputSpeaksOfAPartTheModelLacks(_ command: String) throws {
    for output in SecondModel.result(of: command).outputs {
      let words = SecondModel.found(SecondModel.absentParts, in: output.readable)
      #expect(words.isEmpty, "\(output.name) says \(words.joined(separator: "; "))")
    }
  }

  @Test(arguments: SecondModel.commands)
  func anEnglishOnlyModelsOutputsHoldNoChinese(_ command: String) throws {
    for output in SecondModel.result(of: command).outputs {
      let chinese = SecondModel.chinese(in: output.text)
      #expect(chinese.isEmpty, "\(output.name) holds \(chinese.prefix(60))")
    }
  }

  @Test func validateTellsTheModelAndItsAnswersApart() throws {
    let output = try #require(SecondModel.result(of: "validate").outputs.first).text
    #expect(output.contains("\(SecondModel.questionnaire): ok: questionnaire 'cat-like' version 0.3, 34 statements"), "\(output)")
    #expect(output.contains("\(SecondModel.responses): ok: responses"), "\(output)")
    #expect(output.contains("earlier.xml: ok: responses"), "\(output)")
  }

  @Test func theTemplateOffersEveryStatementWithTheModelsOwnIncompleteValue() throws {
    let file = try #require(SecondModel.result(of: "template").outputs.first { $0.name == "template/answers.xml" }).text
    #expect(file.components(separatedBy: "value=\"pending\"").count - 1 == 34)
    #expect(!file.contains("value=\"unanswered\""))
    for name in SecondModel.domainNames { #expect(file.contains(name), "\(name)") }
    // The instructions name this model's values.
    for value in ["yes-alternative", "partially", "out-of-scope", "pending"] { #expect(file.contains(value), "\(value)") }
    #expect(!file.contains("sector=") && !file.contains("tier="))
  }

  @Test func theReportsNameTheModelsOwnDomainsAndLevels() throws {
    let outputs = SecondModel.result(of: "assess").outputs
    let html = try #require(outputs.first { $0.name == "report/gap-report.html" }).readable
    for name in SecondModel.domainNames + SecondModel.levelNames { #expect(html.contains(name), "the HTML report lacks \(name)") }
    #expect(html.contains("declarative statement"), "the HTML report does not use the model's word for a statement")
    let summary = try #require(outputs.first { $0.kind == .terminal }).text
    for name in SecondModel.domainNames + ["Foundational", "Optimised"] { #expect(summary.contains(name), "the summary lacks \(name)") }
    let xml = try #require(outputs.first { $0.name == "report/gap-report.xml" }).text
    for id in SecondModel.domainIDs { #expect(xml.contains("id=\"\(id)\""), "the gap XML lacks \(id)") }
    for id in SecondModel.levelIDs { #expect(xml.contains("\"\(id)\""), "the gap XML lacks \(id)") }
    #expect(xml.contains("counts-as=\"not-met\"") && xml.contains("\"partially\""))
    let csv = try #require(outputs.first { $0.name == "report/gap-actions.csv" }).text
    for id in ["THR.IN.SHR.F1", "INC.RS.PLN.F1", "GOV.OV.POL.M1"] { #expect(csv.contains(id), "the action list lacks \(id)") }
    #expect(csv.contains("Threat Awareness and Information Sharing") && csv.contains("Foundational"))
    let oscal = try #require(outputs.first { $0.name == "report/assessment-results.oscal.xml" }).text
    #expect(oscal.contains("Cyber Maturity Self-Review for Small Lenders"))
    #expect(oscal.contains("GOV.OV.POL.M1"))
  }

  @Test func oscalTimesAreInTheModelsTimeZone() throws {
    let oscal = try #require(SecondModel.result(of: "assess").outputs.first { $0.name == "report/assessment-results.oscal.xml" }).text
    #expect(oscal.contains("2026-09-30T00:00:00-05:00"), "the assessment's start is not in the model's time zone (-05:00)")
    #expect(!oscal.contains("+08:00"))
  }

  @Test func theTrendAndTheCohortNameTheModelsOwnDomainsAndLevels() throws {
    let trend = SecondModel.result(of: "trend").outputs
    let trendHTML = try #require(trend.first { $0.name == "trend/trend.html" }).readable
    for name in SecondModel.domainNames { #expect(trendHTML.contains(name), "the trend lacks \(name)") }
    // GOV.OV.POL.M1 regressed from yes to partially; INC.RC.BKP.F1 was closed.
    #expect(trendHTML.contains("GOV.OV.POL.M1") && trendHTML.contains("INC.RC.BKP.F1"))
    let trendXML = try #require(trend.first { $0.name == "trend/trend.xml" }).text
    #expect(trendXML.contains("period=\"2026Q2\"") && trendXML.contains("period=\"2026Q3\""))
    let cohort = SecondModel.result(of: "cohort").outputs
    let cohortHTML = try #require(cohort.first { $0.name == "cohort/cohort.html" }).readable
    for name in SecondModel.domainNames { #expect(cohortHTML.contains(name), "the cohort report lacks \(name)") }
    #expect(SecondModel.levelNames.contains { cohortHTML.contains($0) })
    #expect(cohort.filter { $0.name.hasPrefix("cohort/position-") }.count == 6)
    let cohortXML = try #require(cohort.first { $0.name == "cohort/cohort.xml" }).text
    #expect(SecondModel.levelIDs.contains { cohortXML.contains("level=\"\($0)\"") })
  }

  @Test func anonymizedCopiesKeepTheAnswersAndDropTheNames() throws {
    let copies = SecondModel.result(of: "anonymize").outputs.filter { $0.kind == .xml }
    let copy = try #require(copies.first).text
    #expect(copies.count == 1)
    #expect(!copy.contains("Harbour Savings") && !copy.contains("Jordan Reyes"))
    #expect(copy.contains("<answer statement=\"GOV.OV.POL.M1\" value=\"partially\""))
    #expect(copy.contains("<answer statement=\"GOV.OV.BRD.F2\" value=\"yes-alternative\""))
  }

  @Test func askingForALanguageTheModelDoesNotSpeakIsAClearErrorAndWritesNothing() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(
      ["assess", "--questionnaire", SecondModel.questionnaire, "--responses", SecondModel.responses, "--lang", "zh-TW", "--out", "out"], in: folder)
    #expect(result.status != 0)
    #expect(result.error.contains("zh-TW"), "\(result.error)")
    #expect(result.error.contains("cat-like") || result.error.contains(SecondModel.questionnaire), "the error does not name the model: \(result.error)")
    #expect(!result.error.contains("Fatal error"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
  }

  @Test func withNoLanguageAskedForTheReportIsInTheModelsLanguage() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try Binary.run(["assess", "--questionnaire", SecondModel.questionnaire, "--responses", SecondModel.responses, "--out", "out"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let html = (try? String(contentsOfFile: folder + "/out/gap-report.html", encoding: .utf8)) ?? ""
    #expect(html.contains("<html lang=\"en\">"))
    #expect(SecondModel.chinese(in: result.output).isEmpty, "the summary is not in English: \(result.output.prefix(200))")
  }

  @Test func serveAnswersTheModelWithItsOwnScaleAndWords() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: SecondModel.responses, toPath: folder + "/answers.xml")
    let server = try ServeProcess(["--questionnaire", SecondModel.questionnaire, "--lang", "en", "answers.xml"], in: folder)
    var pages: [SecondModel.Output] = [SecondModel.Output(name: "serve (terminal)", kind: .terminal, text: server.output)]
    for path in ["/", "/component/GOV.OV.POL", "/component/EXT.TP.EXI", "/report"] {
      let page = try server.get(path)
      #expect(page.status == 200, "\(path): \(page.status)")
      pages.append(SecondModel.Output(name: "serve \(path)", kind: .html, text: page.body))
    }
    let overview = pages[1].readable
    for name in SecondModel.domainNames { #expect(overview.contains(name), "the overview lacks \(name)") }
    let component = pages[2].text
    for value in ["yes", "yes-alternative", "partially", "no", "out-of-scope", "pending"] {
      #expect(component.contains("value=\"\(value)\""), "the component page does not offer \(value)")
    }
    for output in pages {
      let words = SecondModel.found(SecondModel.roadmapWords, in: output.readable)
      #expect(words.isEmpty, "\(output.name) says \(words.joined(separator: "; "))")
      let absent = SecondModel.found(SecondModel.absentParts, in: output.readable)
      #expect(absent.isEmpty, "\(output.name) says \(absent.joined(separator: "; "))")
      #expect(SecondModel.chinese(in: output.readable).isEmpty, "\(output.name) holds \(SecondModel.chinese(in: output.readable).prefix(60))")
    }
    // An answer with the model's new value is saved and loads back.
    let saved = try server.post("/component/GOV.OV.POL", [("statement", "GOV.OV.POL.F1"), ("value:GOV.OV.POL.F1", "partially")])
    #expect(saved.status == 303, "\(saved.status): \(saved.body.prefix(300))")
    let onDisk = try String(contentsOfFile: folder + "/answers.xml", encoding: .utf8)
    #expect(onDisk.contains("<answer statement=\"GOV.OV.POL.F1\" value=\"partially\""))
  }
}
