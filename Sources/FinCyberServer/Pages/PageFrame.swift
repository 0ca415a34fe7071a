import FinCyberCore

/// What every answering page shows around its content: navigation, language, notices.
struct PageFrame: Sendable {
  /// Notices a page shows above its content.
  struct Notices: Sendable {
    var saved = false
    /// A save left the responses as they were, and nothing was written.
    var unchanged = false
    var reloaded = false
    var complete = false
    var problems: [FormProblem] = []
    /// Why the file on disk is not the one loaded, when a save was refused for it.
    var conflict: String?
    /// The units saved differently from another tab since the page was opened (``ResponsesEdit``).
    var stale: [String] = []
    /// The file a save could not write.
    var notWritten: ResponseStore.NotWritten?
    var diskChanged = false
    /// The response file's comments written by hand, which the next save drops.
    var handWritten: [String] = []
    /// Where the version a save replaces is kept.
    var backup = ""
  }

  var language: Language
  var csrf: String
  /// The response file's path, as the user named it.
  var file: String
  /// The page's own address, to come back to after switching language or reloading.
  var back: String
  var notices = Notices()

  /// The frame's values, merged under a page's own.
  ///
  /// - Parameters:
  ///   - title: The page's title.
  ///   - navigation: The key of the current navigation entry (`navOverview`, …), if any.
  ///   - responses: The responses shown.
  ///   - page: The page's own values.
  func view(title: String, navigation: String?, responses: Responses, _ page: [String: Any]) -> [String: Any] {
    var view: [String: Any] = [
      "lang": language.rawValue,
      "otherLang": language == .traditionalChinese ? Language.english.rawValue : Language.traditionalChinese.rawValue,
      "labels": AppLabels.all(language),
      "title": title,
      "csrf": csrf,
      "file": file,
      "back": back,
      "institution": responses.institution.name,
      "period": responses.period,
      "saved": notices.saved,
      "reloaded": notices.reloaded,
      "complete": notices.complete,
      "hasProblems": !notices.problems.isEmpty,
      "problems": notices.problems.map { ["field": $0.field, "message": $0.text(language)] },
      "diskChanged": notices.diskChanged,
      "unchanged": notices.unchanged,
      "hasStale": !notices.stale.isEmpty,
    ]
    if let conflict = notices.conflict { view["conflict"] = conflict }
    if let failure = notices.notWritten { view["notWritten"] = Self.notWrittenText(failure, language) }
    if let first = notices.handWritten.first {
      view["handWritten"] = AppLabels.text(
        "handWritten", language,
        filling: ["count": String(notices.handWritten.count), "example": AnswerServer.Announcement.excerpt(first), "backup": notices.backup])
    }
    if let navigation { view[navigation] = true }
    return view.merging(page) { _, own in own }
  }

  /// What to tell the user about a file that could not be written: for the backup, how to mend it.
  ///
  /// - Parameters:
  ///   - failure: The file and the system's reason.
  ///   - language: The language.
  static func notWrittenText(_ failure: ResponseStore.NotWritten, _ language: Language) -> String {
    AppLabels.text(failure.isBackup ? "backupBlocked" : "fileBlocked", language, filling: ["file": failure.file, "reason": failure.reason])
  }

  /// A level's name, or "below baseline" for none.
  static func levelName(_ level: MaturityLevel?, _ language: Language) -> String {
    level?.name.text(language) ?? AppLabels.text("belowBaseline", language)
  }

  /// Answered and applicable statements over a node's tallies.
  static func progress(_ score: NodeScore) -> (answered: Int, applicable: Int) {
    let applicable = score.tallies.reduce(0) { $0 + $1.applicable }
    let unanswered = score.tallies.reduce(0) { $0 + $1.unanswered }
    return (applicable - unanswered, applicable)
  }

  /// A percentage as a whole number, or a dash.
  static func percent(_ value: Double?) -> String {
    value.map { "\(Int($0.rounded()))%" } ?? "—"
  }
}
