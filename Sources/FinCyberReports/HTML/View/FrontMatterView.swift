import FinCyberCore

/// The board pack's front matter on the cover: the draft or final status, the approval block
/// (prepared by, reviewed by, presented to the board on, each with room to sign) and the contents
/// list, linked to the sections the report has, in their order (the gap list last, as the
/// appendix).
struct FrontMatterView {
  /// One line of the contents.
  struct Entry {
    var anchor: String
    var title: String
  }

  /// Whether the responses are marked final; a draft says so on every printed page.
  var final: Bool
  var status: String
  var preparedBy: String
  var contents: [Entry]

  /// - Parameters:
  ///   - view: The report, every section of it already set.
  ///   - final: Whether the responses are final (`assess --final`).
  ///   - assessor: Who prepared the assessment.
  ///   - words: The report's words.
  init(_ view: GapReportView, final: Bool, assessor: String, _ words: Localizer) {
    self.final = final
    status = words.text(final ? "statusFinal" : "statusDraft")
    preparedBy = assessor
    var contents = [Entry(anchor: "summary", title: words.text("executiveSummary"))]
    if view.plan != nil { contents.append(Entry(anchor: "plan", title: words.text("planTitle"))) }
    contents.append(Entry(anchor: "charts", title: words.text("charts")))
    contents.append(Entry(anchor: "risk", title: words.text(view.risk.profile != nil ? "inherentRiskProfile" : "howTargets")))
    if let baseline = view.baseline { contents.append(Entry(anchor: "baseline", title: baseline.title)) }
    if view.hasIndicators { contents.append(Entry(anchor: "outcomes", title: words.text("outcomes"))) }
    contents.append(Entry(anchor: "lists", title: view.lists.title))
    for profile in view.profiles { contents.append(Entry(anchor: profile.anchor, title: profile.terms["title"] ?? profile.anchor)) }
    contents.append(Entry(anchor: "method", title: words.text("method")))
    contents.append(Entry(anchor: "gaps", title: view.gapsTitle))
    self.contents = contents
  }
}
