import ArgumentParser
import FinCyberCore
import FinCyberReports
import Foundation

/// `fincyber cohort`: score many institutions and compare them, for F-ISAC coaching.
struct CohortCommand: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    commandName: "cohort",
    abstract: "Score many institutions' response files; write a cohort report and one position report each.",
    discussion: """
      Folders are read for *.xml files. A file that cannot be read or scored is reported with its \
      problems and skipped; it never stops the run or changes other institutions' results. A file \
      dated after today is skipped too. Each institution (known by its id, else its name) counts \
      once, at its latest period; its other files are set aside, and both files are named here and \
      in the report made with --named — compare periods with fincyber trend. The cohort report \
      names no institution unless --named. Whether named or not, no figure of fewer than \
      --min-group institutions is published, in the cohort report or any position report. --lang \
      sets the language of the HTML reports.
      """)

  static let advice = FlagAdvice(questionnaire: "pass it with --questionnaire")

  /// The cohort's folder when `--out` is not given.
  enum CohortFolder: DefaultOutputFolder { static let name = "fincyber-cohort" }

  @Argument(help: "Response files, or folders of them.")
  var inputs: [String]

  @OptionGroup var model: QuestionnaireOption

  @OptionGroup var output: OutputFolderOrDefault<CohortFolder>

  @OptionGroup var language: LanguageOption

  @Flag(name: .long, help: "List the institutions by name, and the files set aside, in the cohort report.")
  var named = false

  @Option(
    name: .customLong("min-group"),
    help: ArgumentHelp(
      "Withhold the figures of any group of fewer than N institutions (2 or more).",
      discussion: """
        In a group of one the figures are that institution's; in a group of two each \
        position report gives away the other's. With five, an institution that takes its own \
        figures out of its group's is left with an aggregate of four others. Groups from which a \
        withheld group's figures could be worked out by subtraction are withheld too.
        """, valueName: "N"))
  var minGroup = Cohort.defaultMinimumGroupSize

  @Option(name: .long, help: ArgumentHelp("The day after which an assessment date counts as in the future (default: today in the questionnaire's time zone).", valueName: "YYYY-MM-DD"))
  var today: String?

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("name the response files, or folders of them") }
    if minGroup < 2 { throw ValidationError("--min-group takes 2 or more: a group of one would publish that institution's own figures") }
    if let today, today.utf8.count != 10 || !CalendarDate.isValid(today) {
      throw ValidationError("--today takes a date as YYYY-MM-DD")
    }
  }

  func run() throws {
    let model = try self.model.load().questionnaire
    let lang = try language.language(for: model)
    let out = output.out
    let files = try CohortFiles.expand(inputs)
    let results = CohortFiles.score(files, against: model, today: today ?? Today.of(model).date)
    var scored: [CohortMember] = []
    for result in results {
      switch result {
      case .success(let member): scored.append(member)
      case .failure(let problem): Terminal.error("skipped \(problem.path):\n" + problem.message)
      }
    }
    let (members, earlier) = LatestAssessments.split(scored)
    for entry in earlier {
      Terminal.error(
        "set aside \(entry.member.source): period \(entry.member.period) of an institution whose \(entry.keptPeriod) assessment "
          + "(\(entry.keptSource)) is counted; the cohort counts each institution once, known by its id (or its name where there is none) "
          + "— check that both files are of that institution, and compare its periods with fincyber trend")
    }
    guard !members.isEmpty else {
      Terminal.error("no file could be scored — see the problems above; nothing was written")
      throw ExitCode(1)
    }
    let cohort = Cohort(members, questionnaire: model, minimumGroupSize: minGroup, setAside: earlier)
    let page = try CohortPage()
    let reports = [
      Array(try page.html(cohort, named: named, language: lang).utf8),
      try CohortWriter.xml(cohort, named: named),
    ]
    var names = ["cohort.html", "cohort.xml"]
    var used = Set<String>()
    for member in cohort.members {
      var name = "position-" + CohortFiles.slug(member)
      if !used.insert(name).inserted { name += "-" + member.period }
      names.append(name + ".html")
    }
    // The position reports are made as they are written, one thread per core: while one thread
    // waits for its report to reach the disk, the other renders.
    try AtomicFile.writeAll(names: names, into: out) { index in
      index < reports.count ? reports[index] : Array(try page.position(cohort.members[index - reports.count], in: cohort, language: lang).utf8)
    }
    let skipped = results.count - scored.count
    let notes = (skipped > 0 ? ", skipped \(skipped) files" : "") + (earlier.isEmpty ? "" : ", set aside \(earlier.count) earlier assessments")
      + (cohort.withheldGroups == 0 ? "" : ", withheld the figures of \(cohort.withheldGroups) groups (minimum \(minGroup) institutions)")
    Terminal.print("scored \(members.count) institutions\(notes); wrote \(out)/cohort.html, \(out)/cohort.xml and \(members.count) position reports")
  }
}

/// Finds and scores the files of a cohort, on every core.
enum CohortFiles {
  struct Problem: Error {
    var path: String
    var message: String
  }

  static func expand(_ inputs: [String]) throws -> [String] {
    var files: [String] = []
    for input in inputs {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
        throw FinCyberError.cannotRead(path: input, reason: "no such file or folder")
      }
      if isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
        files += names.filter { $0.hasSuffix(".xml") }.sorted().map { input + "/" + $0 }
      } else {
        files.append(input)
      }
    }
    return files
  }

  /// Scores each file into a compact member, in parallel; results keep the files' order.
  ///
  /// - Parameters:
  ///   - files: The paths.
  ///   - questionnaire: The questionnaire they answer.
  ///   - today: A file dated after this day (`YYYY-MM-DD`) is a problem.
  static func score(_ files: [String], against questionnaire: Questionnaire, today: String) -> [Result<CohortMember, Problem>] {
    Parallel.map(files.count) { index -> Result<CohortMember, Problem> in
      let path = files[index]
      do {
        let responses = try Loader.responses(at: path, for: questionnaire, today: today)
        return .success(CohortMember(Scorer.score(responses, against: questionnaire), source: path))
      } catch let error as FinCyberError {
        return .failure(Problem(path: path, message: CohortCommand.advice.describe(error)))
      } catch {
        return .failure(Problem(path: path, message: "\(error)"))
      }
    }
  }

  /// A file-name-safe name for an institution's position report.
  static func slug(_ member: CohortMember) -> String {
    let base = member.id ?? ("institution-" + SHA256.hex(Array(member.name.utf8)).prefix(12))
    return String(base.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" })
  }
}
