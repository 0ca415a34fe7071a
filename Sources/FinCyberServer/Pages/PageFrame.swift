import FinCyberCore
import FinCyberReports
import Foundation

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
    var conflict: ResponseStore.DiskConflict?
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

  /// The page's language and the model's words.
  var words: Localizer
  /// Every term of the page's language that needs no argument.
  var labels: [String: String]
  /// The languages the page can switch to, each with its name in itself (`lang`, `name`).
  var otherLanguages: [[String: String]]
  /// The pages the model has, for the navigation.
  var tabs: [Tab]
  var csrf: String
  /// The response file's path, as the user named it.
  var file: String
  /// The page's own address, to come back to after switching language or reloading.
  var back: String
  /// Who is answering, as they gave their name in this run; nil until they do.
  var answerer: String?
  var notices = Notices()

  /// The language of the page.
  var language: Language { words.language }

  /// An entry of the navigation: a page of its own for a part of the model.
  struct Tab: Sendable {
    /// The page's address.
    var path: String
    /// The term that names it.
    var key: String
  }

  /// The frame's values, merged under a page's own.
  ///
  /// - Parameters:
  ///   - title: The page's title.
  ///   - current: The address of the current navigation entry (`/`, `/risk`, …), if any.
  ///   - assessment: The responses shown, scored.
  ///   - page: The page's own values.
  func view(title: String, current: String?, assessment: Assessment, _ page: [String: Any]) -> [String: Any] {
    let responses = assessment.responses
    var view: [String: Any] = [
      "answeredOfTotal": Self.answeredOfTotal(assessment, words),
      "answerer": answerer ?? "", "hasAnswerer": answerer != nil,
      "answeringAs": answerer.map { words.text("answeringAs", ["name": $0]) } ?? "",
      "placeholders": Self.placeholders(responses, questionnaire: assessment.questionnaire, words: words),
      "lang": language.rawValue,
      "otherLanguages": otherLanguages,
      "labels": labels,
      "tabs": tabs.map { ["href": $0.path, "name": labels[$0.key] ?? "", "current": $0.path == current] as [String: Any] },
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
      "problems": notices.problems.map { ["field": $0.field, "message": $0.message] },
      "diskChanged": notices.diskChanged,
      "unchanged": notices.unchanged,
      "hasStale": !notices.stale.isEmpty,
    ]
    if let conflict = notices.conflict { view["conflict"] = conflict.text(file, words) }
    if let failure = notices.notWritten { view["notWritten"] = Self.notWrittenText(failure, words) }
    if let first = notices.handWritten.first {
      view["handWritten"] = words.text(
        "handWritten", ["count": String(notices.handWritten.count), "example": AnswerServer.Announcement.excerpt(first), "backup": notices.backup])
    }
    return view.merging(page) { _, own in own }
  }

  /// "Answered n of N, k carried": the statements whose answer completes them, all the
  /// statements, and the answers carried and not yet confirmed, as the core counts them.
  static func answeredOfTotal(_ assessment: Assessment, _ words: Localizer) -> String {
    let total = assessment.questionnaire.statements.count
    return words.text("answeredOfTotal", [
      "n": String(total - assessment.unanswered.count), "total": String(total), "k": String(assessment.carriedUnconfirmed.count),
    ])
  }

  /// The profile's fields that still hold the text a new file starts with ("To be completed"),
  /// each with its form field and what to do; flagged on every page until replaced.
  ///
  /// - Parameters:
  ///   - responses: The responses shown.
  ///   - questionnaire: The questionnaire, whose languages make the placeholder text.
  ///   - words: The page's language and the model's words.
  static func placeholders(_ responses: Responses, questionnaire: Questionnaire, words: Localizer) -> [[String: String]] {
    let placeholder = ResponseTemplate.toBeCompleted(in: questionnaire)
    return [("name", responses.institution.name, "institutionName"), ("assessor", responses.assessor, "assessor")]
      .filter { $0.1.trimmingCharacters(in: .whitespaces) == placeholder }
      .map { ["field": $0.0, "message": words.text("placeholderFlag", ["label": words.text($0.2)])] }
  }

  /// What to tell the user about a file that could not be written: for the backup, how to mend it.
  ///
  /// - Parameters:
  ///   - failure: The file and the system's reason.
  ///   - words: The page's language and the model's words.
  static func notWrittenText(_ failure: ResponseStore.NotWritten, _ words: Localizer) -> String {
    words.text(failure.isBackup ? "backupBlocked" : "fileBlocked", ["file": failure.file, "reason": failure.reason])
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
