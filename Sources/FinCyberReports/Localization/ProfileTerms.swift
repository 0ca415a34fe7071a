import FinCyberCore

/// The words of a crosswalk profile (issue 17), in zh-TW and en: a table of its own, read by the
/// same ``Localizer`` as ``Terms`` (``TermText/all`` takes both; no key is in two tables).
///
/// The placeholders are those of ``Terms``; `{framework}` (the framework's name as the model
/// writes it), `{largely}` (the rule's threshold as a percent), `{met}`, `{applicable}` and `{status}` are
/// arguments. The names of NIST CSF 2.0's functions and categories are here too, keyed by
/// ``catalogueKey(_:_:)``: in English as NIST titles them, in zh-TW as Taiwan's practitioners
/// translate them.
public enum ProfileTerms {
  /// Each term in zh-TW and en, by key.
  public static let table: [String: (zh: String, en: String)] = [
    // The section.
    "profileTitle": ("{framework}輪廓", "{framework} profile"),
    "profileHonesty": ("本輪廓係以{model}之成熟度自評結果，經其與{framework}之對照（crosswalk）推導而得，並非{framework}評鑑；問卷未對照之子類別一律列為「未評估」，絕不視為已實施。",
                       "This profile is derived from a maturity self-assessment against the {model} through its crosswalk to {framework}; it is not a {framework} assessment. Subcategories the model does not cite are listed as not assessed, never as implemented."),
    "profileHonestyItems": ("本輪廓係以{model}之成熟度自評結果，經其與{framework}之對照（crosswalk）推導而得，並非{framework}評鑑；問卷未對照之項目一律列為「未評估」，絕不視為已實施。",
                            "This profile is derived from a maturity self-assessment against the {model} through its crosswalk to {framework}; it is not a {framework} assessment. Items the model does not cite are listed as not assessed, never as implemented."),
    "profileIntro": ("每一格為一個類別：「現況」依全部{statements}之回答判定，「目標」僅計各{domain}目標等級以下之{statements}。",
                     "Each cell is a category: its current status counts every {statement}, its target status only the {statements} at or below each {domain}'s target."),
    "profileRule": ("實施狀態依對應之適用{statements}符合比例判定：全數符合為完全實施，達 {largely} 以上為大部分實施，至少一項符合為部分實施，皆未符合為未實施；回答不列入計算之{statements}不計，全數不列入計算者為不適用。",
                    "The status is the share of applicable citing {statements} met: fully implemented when all are, largely at {largely} or more, partially when at least one is, not implemented when none is. {Statements} whose answers count as excluded are left out; where all are, the status is not applicable."),
    "profileGrid": ("{framework}功能與類別之實施狀態", "{framework} status by function and category"),
    "profileFunction": ("功能", "Function"),
    "profileCategory": ("類別", "Category"),
    "profileSubcategory": ("子類別", "Subcategory"),
    "profileItem": ("項目", "Item"),
    "profileCurrent": ("現況", "Current"),
    "profileTarget": ("目標", "Target"),
    "profileNow": ("現況：{status}", "Current: {status}"),
    "profileThen": ("目標：{status}", "Target: {status}"),
    "profileCiting": ("對應之{statements}", "Citing {statements}"),
    "profileMet": ("已符合", "Met"),
    "profileApplicable": ("適用", "Applicable"),
    "profileMetOf": ("{met}／{applicable} 項符合", "{met} of {applicable} met"),
    "profileSubcategories": ("子類別明細", "Subcategories"),
    "profileItems": ("項目明細", "Items"),
    "profileRaisers": ("可提升各類別之{statements}", "{Statements} that would raise each category"),
    "profileRaisersNone": ("無", "none"),

    // The statuses (ImplementationStatus).
    "statusFullyImplemented": ("完全實施", "Fully implemented"),
    "statusLargelyImplemented": ("大部分實施", "Largely implemented"),
    "statusPartiallyImplemented": ("部分實施", "Partially implemented"),
    "statusNotImplemented": ("未實施", "Not implemented"),
    "statusNotApplicable": ("不適用", "Not applicable"),
    "statusNotAssessed": ("未評估", "Not assessed"),

    // NIST CSF 2.0's functions and categories.
    "nist-csf-2.0 GV": ("治理", "Govern"),
    "nist-csf-2.0 ID": ("識別", "Identify"),
    "nist-csf-2.0 PR": ("保護", "Protect"),
    "nist-csf-2.0 DE": ("偵測", "Detect"),
    "nist-csf-2.0 RS": ("回應", "Respond"),
    "nist-csf-2.0 RC": ("復原", "Recover"),
    "nist-csf-2.0 GV.OC": ("組織環境", "Organizational Context"),
    "nist-csf-2.0 GV.OV": ("監督", "Oversight"),
    "nist-csf-2.0 GV.PO": ("政策", "Policy"),
    "nist-csf-2.0 GV.RM": ("風險管理策略", "Risk Management Strategy"),
    "nist-csf-2.0 GV.RR": ("角色、職責與權限", "Roles, Responsibilities, and Authorities"),
    "nist-csf-2.0 GV.SC": ("資訊安全供應鏈風險管理", "Cybersecurity Supply Chain Risk Management"),
    "nist-csf-2.0 ID.AM": ("資產管理", "Asset Management"),
    "nist-csf-2.0 ID.IM": ("改善", "Improvement"),
    "nist-csf-2.0 ID.RA": ("風險評估", "Risk Assessment"),
    "nist-csf-2.0 PR.AA": ("身分管理、鑑別與存取控制", "Identity Management, Authentication, and Access Control"),
    "nist-csf-2.0 PR.AT": ("認知與訓練", "Awareness and Training"),
    "nist-csf-2.0 PR.DS": ("資料安全", "Data Security"),
    "nist-csf-2.0 PR.IR": ("技術基礎設施韌性", "Technology Infrastructure Resilience"),
    "nist-csf-2.0 PR.PS": ("平台安全", "Platform Security"),
    "nist-csf-2.0 DE.AE": ("不利事件分析", "Adverse Event Analysis"),
    "nist-csf-2.0 DE.CM": ("持續監控", "Continuous Monitoring"),
    "nist-csf-2.0 RS.AN": ("事件分析", "Incident Analysis"),
    "nist-csf-2.0 RS.CO": ("事件應變通報與溝通", "Incident Response Reporting and Communication"),
    "nist-csf-2.0 RS.MA": ("事件管理", "Incident Management"),
    "nist-csf-2.0 RS.MI": ("事件緩解", "Incident Mitigation"),
    "nist-csf-2.0 RC.CO": ("事件復原溝通", "Incident Recovery Communication"),
    "nist-csf-2.0 RC.RP": ("事件復原計畫執行", "Incident Recovery Plan Execution"),
  ]

  /// The key of a status's name.
  ///
  /// - Parameter status: The status.
  public static func statusKey(_ status: ImplementationStatus) -> String {
    switch status {
    case .fullyImplemented: "statusFullyImplemented"
    case .largelyImplemented: "statusLargelyImplemented"
    case .partiallyImplemented: "statusPartiallyImplemented"
    case .notImplemented: "statusNotImplemented"
    case .notApplicable: "statusNotApplicable"
    case .notAssessed: "statusNotAssessed"
    }
  }

  /// The key of the name of a function or category of a catalogue fincyber knows.
  ///
  /// - Parameters:
  ///   - catalogue: The catalogue's name (`nist-csf-2.0`).
  ///   - id: The function's or category's id (`GV`, `GV.OC`).
  public static func catalogueKey(_ catalogue: String, _ id: String) -> String { catalogue + " " + id }
}
