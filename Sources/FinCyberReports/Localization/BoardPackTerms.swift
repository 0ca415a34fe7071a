/// The words of the board pack (issue 16): the changes since the previous assessment, the outcomes
/// against the target level, the terms defined where they first appear, the contents list, the
/// draft or final status and the approval block, in zh-TW and en. A table of its own, read by the
/// same ``Localizer`` as ``Terms`` (``TermText/tables``; no key is in two tables).
///
/// The same rules hold as for ``Terms``: no word of any one model, whose words come in through
/// placeholders (`{domain}`, `{statements}` and so on); every other `{name}` is an argument.
public enum BoardPackTerms {
  /// Each term in zh-TW and en, by key.
  public static let table: [String: (zh: String, en: String)] = [
    // The changes since the previous assessment.
    "changeTitle": ("自 {from} 以來之變化", "Changes since {from}"),
    "changeIntro": ("兩次評估逐項比對{statements}編號，共 {n} 項可比較。", "The two assessments are compared {statement} by {statement}: {n} are in both."),
    "changeLevels": ("等級（前次 → 本次）", "Level (then → now)"),
    "changePercents": ("目標達成率（前次 → 本次）", "Percent to target (then → now)"),
    "changeRegressionsNone": ("無退步項目：前次符合之{statements}本次均仍符合。", "No regressions: every {statement} met last time is still met."),
    "changeRegressionsLead": ("退步項目（前次符合、本次未符合），請優先檢視：", "Regressions (met last time, not met now), to look at first:"),
    "changeTotals": ("合計：{closed}，{opened}。", "In all: {closed}, {opened}."),
    "changeGapsClosed": ("{n} 項缺口已改善", "{n} gaps closed"),
    "changeGapsClosedOne": ("{n} 項缺口已改善", "{n} gap closed"),
    "changeGapsOpened": ("{n} 項新增", "{n} opened"),
    "changeNoPrevious": ("—", "—"),

    // The outcomes against the target level.
    "outcomesTargetTitle": ("成果指標對照目標等級", "Outcomes against the target level"),
    "outcomesTargetIntro": ("各成果指標之量測值與其{domain}目標等級之門檻比較：自評結果不能取代量測成果。",
                            "Each indicator's measured value is set against the threshold of its {domain}'s target level: what the {statements} claim does not replace a measurement."),
    "outcomesBelowTarget": ("{name}：{n} 項成果指標未達目標等級：{list}。", "{name}: {n} outcomes below target: {list}."),
    "outcomesBelowTargetOne": ("{name}：{n} 項成果指標未達目標等級：{list}。", "{name}: {n} outcome below target: {list}."),
    "outcomeMeasuredNeeded": ("{indicator}（量測值 {measured}，目標需 {needed}）", "{indicator} (measured {measured}, needed {needed})"),
    "outcomeNotMeasuredNeeded": ("{indicator}（未量測，目標需 {needed}）", "{indicator} (not measured, needed {needed})"),
    "outcomesMeetTarget": ("{name}：已量測之成果指標均達目標等級。", "{name}: every measured outcome meets the target level."),
    "outcomesUnmeasured": ("{name}：{n} 項成果指標未量測：{list}。", "{name}: {n} outcomes not measured: {list}."),
    "outcomesUnmeasuredOne": ("{name}：{n} 項成果指標未量測：{list}。", "{name}: {n} outcome not measured: {list}."),
    "outcomeBelowTarget": ("未達目標", "Below target"),
    "claimsNoContradiction": ("已量測之成果均未低於自評等級；惟此不代表已達目標等級，請見上方成果指標對照目標等級。",
                              "No measured outcome is below the level its {domain}'s {statements} claim; this says nothing of the target: see the outcomes against the target level above."),

    // The terms, defined where they first appear.
    "termPercent": ("目標達成率", "Percent to target"),
    "termPercentDefinition": ("目標等級以下（含）適用{statements}之符合比例。", "the share of applicable {statements} at or below the target level that are met."),
    "termTarget": ("目標等級", "Target level"),
    "termTargetDefinition": ("各{domain}應達到之等級，依機構之分級及固有風險訂定，機構得附理由調整。",
                             "the level each {domain} must reach, set from the institution's tier and inherent risk; the institution may change it with a reason."),
    "termTargetDefinitionPlain": ("各{domain}應達到之等級，機構得附理由調整。", "the level each {domain} must reach; the institution may change it with a reason."),
    "termBaseline": ("合規基準", "Compliance baseline"),
    "termBaselineDefinition": ("{baseline}已要求之{statements}；未符合者為合規基準缺口，應最優先改善。",
                               "the {statements} that the {baseline} already required; one not met is a compliance-baseline gap, to close first."),
    "termRisk": ("固有風險", "Inherent risk"),
    "termRiskDefinition": ("機構之業務、技術與通路在未計入任何控制措施前所承擔之風險；風險愈高，目標等級愈高。",
                           "the risk the institution's business, technology and channels carry before any control is counted; the higher it is, the higher the target level."),
    "termOutcome": ("成果指標", "Outcome indicator"),
    "termOutcomeDefinition": ("量測所得之實際成效（例如修補天數），用以檢驗自評等級。", "a measured result (days to patch, for example) that tests the level the {statements} claim."),

    // The board pack's front matter.
    "contents": ("目次", "Contents"),
    "statusDraft": ("草稿：回覆內容尚未定稿，不得作為董事會決議之依據。", "Draft: the responses are not final; not for a board decision."),
    "statusFinal": ("定稿", "Final"),
    "statusDraftShort": ("草稿", "Draft"),
    "printRunningHeader": ("{institution}　{period}　{status}", "{institution} · {period} · {status}"),
    "printPageOf": ("第 {page} 頁，共 {pages} 頁", "Page {page} of {pages}"),
    "approval": ("核閱與提報", "Approval"),
    "approvalPreparedBy": ("編製人", "Prepared by"),
    "approvalReviewedBy": ("複核人", "Reviewed by"),
    "approvalPresented": ("提報董事會日期", "Presented to the board on"),
    "approvalSignature": ("簽章", "Signature"),
    "appendixTitle": ("附錄：{title}", "Appendix: {title}"),
    "targetBarsTitle": ("各{domain}達成等級與目標等級", "Achieved and target level by {domain}"),
    "targetBarsDesc": ("長條為達成等級，直線標記為目標等級。", "Each bar is the level achieved; the upright mark is the target level."),
  ]
}
