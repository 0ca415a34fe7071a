import FinCyberCore

/// The fixed words of the reports, in both languages. Templates read them as `{{labels.key}}`.
enum Labels {
  /// Each label in zh-TW and en.
  static let table: [String: (zh: String, en: String)] = [
    "reportTitle": ("金融資安韌性差距分析報告", "Financial cybersecurity resilience gap report"),
    "reportSubtitle": ("依金融資安韌性發展藍圖評估", "Assessed against the Financial Cybersecurity Resilience Roadmap"),
    "cover": ("封面", "Cover"),
    "institution": ("機構", "Institution"),
    "sector": ("業別", "Sector"),
    "tier": ("規模級距", "Tier"),
    "period": ("評估期間", "Period"),
    "date": ("評估日期", "Assessment date"),
    "assessor": ("評估人", "Assessor"),
    "questionnaire": ("問卷", "Questionnaire"),
    "version": ("版本", "Version"),
    "sha256Questionnaire": ("問卷檔 SHA-256", "Questionnaire file SHA-256"),
    "sha256Responses": ("回覆檔 SHA-256", "Response file SHA-256"),
    "sha256Note": ("董事會資料可憑此兩組雜湊值對應原始輸入檔案。", "These fingerprints tie this report to the exact input files."),
    "executiveSummary": ("管理摘要", "Executive summary"),
    "pillar": ("支柱", "Pillar"),
    "achieved": ("已達等級", "Achieved"),
    "target": ("目標等級", "Target"),
    "percentToTarget": ("目標達成率", "Percent to target"),
    "direction": ("較前次", "Since last time"),
    "previousPeriod": ("前次評估", "Previous assessment"),
    "baselineGaps": ("合規基準缺口", "Baseline gaps"),
    "targetGaps": ("目標缺口", "Target gaps"),
    "belowBaseline": ("未達基準", "Below baseline"),
    "baselineMet": ("2020 年行動方案要求之合規基準全數符合。", "The compliance baseline required by the 2020 Action Plan is fully met."),
    "baselineNotMet": ("2020 年行動方案要求之合規基準尚有未符合項目。", "The compliance baseline required by the 2020 Action Plan is not fully met."),
    "complete": ("所有題目均已作答。", "Every statement is answered."),
    "incomplete": ("尚有題目未作答，未作答題目一律視為未符合。", "Some statements are unanswered; they count as not met."),
    "unansweredCount": ("未作答題數", "Unanswered statements"),
    "urgentGaps": ("最優先處理的五項缺口", "The five most urgent gaps"),
    "urgentNote": ("先列合規基準缺口，再依等級由低至高排列。", "Baseline gaps first, then the lowest levels first."),
    "noGaps": ("無缺口。", "No gaps."),
    "claimsFlags": ("自評與成果指標不一致", "Claims versus outcomes"),
    "claimsNone": ("各支柱量測成果均支持自評等級。", "Every pillar's measured outcomes support the level its statements claim."),
    "claimsFlag": ("成果指標未達自評等級", "Outcomes fall short of the claimed level"),
    "position": ("現況說明", "Position"),
    "charts": ("圖表", "Charts"),
    "radarTitle": ("各支柱已達等級與目標等級", "Achieved and target level by pillar"),
    "radarDesc": ("雷達圖：每一軸為一個支柱，由中心向外依序為基準至創新五個等級；實線為已達等級，虛線為目標等級。", "Radar chart: one axis per pillar, levels Baseline to Innovative from the centre outwards; the solid shape is the achieved level, the dashed shape the target."),
    "heatTitle": ("各支柱各等級之題目符合率", "Percent of statements met, by pillar and level"),
    "heatDesc": ("熱度圖：列為支柱，欄為等級，格內數字為符合率；顏色愈深符合率愈高，格內亦標示百分比。", "Heat map: rows are pillars, columns are levels, each cell shows the percent met; darker means more met, and every cell is labelled."),
    "barTitle": ("各評估構面之目標達成率", "Percent to target by assessment factor"),
    "barDesc": ("長條圖：每一列為一個評估構面，長度為目標等級以下題目之符合率。", "Bar chart: one bar per assessment factor, its length the percent met of the statements up to the pillar's target."),
    "achievedLegend": ("已達等級", "Achieved level"),
    "targetLegend": ("目標等級", "Target level"),
    "chartData": ("圖表數據", "Chart data"),
    "factor": ("評估構面", "Assessment factor"),
    "component": ("元件", "Component"),
    "notApplicableShort": ("不適用", "n/a"),
    "inherentRisk": ("固有風險概況", "Inherent risk profile"),
    "overallRisk": ("整體固有風險", "Overall inherent risk"),
    "computedRisk": ("依評等計算", "Computed from the ratings"),
    "riskOverride": ("機構調整", "Institution's override"),
    "reason": ("理由", "Reason"),
    "category": ("類別", "Category"),
    "riskLevel": ("風險等級", "Risk level"),
    "rated": ("已評等／活動數", "Rated / activities"),
    "notRated": ("未評等", "Not rated"),
    "howTargets": ("目標等級如何決定", "How the targets were set"),
    "fromRisk": ("依固有風險", "From inherent risk"),
    "fromTier": ("依規模級距", "From the tier"),
    "fromOverride": ("機構自訂", "Institution's own"),
    "targetRule": ("目標等級取固有風險對照、規模級距最低要求與機構自訂三者之最高者（差異化管理）。", "The target is the highest of the inherent-risk table, the tier's minimum and the institution's own choice (differentiated management)."),
    "complianceBaseline": ("合規基準（2020 年金融資安行動方案）", "Compliance baseline (2020 Action Plan)"),
    "complianceIntro": ("下列為行動方案已要求、而本次評估未符合之事項，為檢查時最可能被引用者。", "These are the Action Plan's requirements that this assessment finds unmet: what an examiner would cite first."),
    "gapToTarget": ("目標缺口（2025 年韌性發展藍圖）", "Gap to target (2025 Roadmap)"),
    "gapIntro": ("各支柱目標等級以下尚未符合之題目，依支柱、構面、元件分組。", "Unmet statements at or below each pillar's target, grouped by pillar, factor and component."),
    "statement": ("題目", "Statement"),
    "level": ("等級", "Level"),
    "answer": ("回答", "Answer"),
    "comment": ("說明", "Comment"),
    "evidenceReference": ("佐證資料", "Evidence on file"),
    "sources": ("對應措施", "Source measures"),
    "csf": ("NIST CSF 2.0", "NIST CSF 2.0"),
    "evidenceGuidance": ("檢查時應備資料", "What an examiner asks to see"),
    "outcomes": ("成果指標", "Outcome indicators"),
    "indicator": ("指標", "Indicator"),
    "measured": ("量測值", "Measured"),
    "reached": ("達到等級", "Level reached"),
    "targetThreshold": ("目標門檻", "Target threshold"),
    "flag": ("警示", "Flag"),
    "notMeasured": ("未量測", "Not measured"),
    "claimsExceed": ("自評高於成果", "Claims exceed outcome"),
    "lists": ("補償性控制、不適用與未作答", "Compensating controls, not applicable, unanswered"),
    "compensating": ("補償性控制", "Compensating controls"),
    "compensatingControl": ("補償性控制說明", "Compensating control"),
    "notApplicable": ("不適用", "Not applicable"),
    "justification": ("不適用理由", "Justification"),
    "unanswered": ("未作答", "Unanswered"),
    "none": ("無。", "None."),
    "method": ("評分方法", "Method"),
    "up": ("上升", "up"),
    "down": ("下降", "down"),
    "same": ("持平", "unchanged"),
    "first": ("首次評估", "first assessment"),
    "page": ("頁", "page"),
  ]

  static func text(_ key: String, _ language: Language) -> String {
    guard let pair = table[key] else { preconditionFailure("no label '\(key)'") }
    return language == .traditionalChinese ? pair.zh : pair.en
  }

  /// Every label in one language, for the templates.
  static func all(_ language: Language) -> [String: String] {
    table.mapValues { language == .traditionalChinese ? $0.zh : $0.en }
  }
}

/// The keys of the report labels, for checking templates.
public enum ReportLabels {
  /// Every label key.
  public static var keys: Set<String> { Set(Labels.table.keys) }
}
