import FinCyberCore

/// The fixed words of the answering pages, in both languages. Templates read them as `{{labels.key}}`.
enum AppLabels {
  /// Each label in zh-TW and en.
  static let table: [String: (zh: String, en: String)] = [
    "appTitle": ("金融資安韌性自評", "Cybersecurity resilience self-assessment"),
    "overview": ("總覽", "Overview"),
    "inherentRisk": ("固有風險", "Inherent risk"),
    "outcomes": ("成果指標", "Outcome indicators"),
    "report": ("差距報告", "Gap report"),
    "downloads": ("下載", "Downloads"),
    "nextUnanswered": ("下一題未答", "Next unanswered"),
    "nextUnansweredKey": ("快捷鍵：n（或 Alt+Shift+N）", "Shortcut: n (or Alt+Shift+N)"),
    "language": ("語言", "Language"),
    "switchLanguage": ("English", "中文"),
    "profile": ("機構資料", "Institution profile"),
    "institutionName": ("機構名稱", "Institution"),
    "sector": ("業別", "Sector"),
    "tier": ("規模級距", "Tier"),
    "period": ("評估期間", "Period"),
    "periodHint": ("如 2026Q1", "e.g. 2026Q1"),
    "date": ("評估日期", "Assessment date"),
    "assessor": ("評估人", "Assessor"),
    "save": ("儲存", "Save"),
    "saved": ("已儲存至", "Saved to"),
    "file": ("回覆檔", "Response file"),
    "pillars": ("四大支柱", "The four pillars"),
    "pillar": ("支柱", "Pillar"),
    "progress": ("已答／適用", "Answered / applicable"),
    "achieved": ("已達等級", "Achieved"),
    "target": ("目標等級", "Target"),
    "percentToTarget": ("目標達成率", "Percent to target"),
    "belowBaseline": ("未達基準", "Below baseline"),
    "components": ("構面", "Components"),
    "component": ("構面", "Component"),
    "factor": ("評估因子", "Assessment factor"),
    "statement": ("陳述", "Statement"),
    "level": ("等級", "Level"),
    "baseline": ("合規基準", "Compliance baseline"),
    "evidenceGuidance": ("查核時會看的佐證", "Evidence an examiner asks for"),
    "answer": ("回答", "Answer"),
    "comment": ("說明", "Comment"),
    "evidence": ("佐證位置", "Evidence reference"),
    "control": ("補償性控制（回答「是（以補償性控制達成）」時必填）", "Compensating control (required for a compensating-control answer)"),
    "conditionalTexts": ("補償性控制、不適用理由", "Compensating control, justification"),
    "justification": ("不適用理由（回答「不適用」時必填）", "Justification (required for 'not applicable')"),
    "targetBand": ("目標範圍內的等級", "Levels within the target"),
    "aboveTarget": ("高於目標的等級（可展開作答）", "Levels above the target (open to answer)"),
    "show": ("顯示", "Show"),
    "showAll": ("全部", "All"),
    "showUnanswered": ("僅未答", "Unanswered only"),
    "showGaps": ("僅缺口", "Gaps only"),
    "allLevels": ("所有等級", "All levels"),
    "noneShown": ("此篩選下沒有陳述。", "No statement matches this filter."),
    "problems": ("未儲存，請修正：", "Not saved. Please mend:"),
    "conflict": ("未儲存：檔案已被他人修改", "Not saved: the file was changed by someone else"),
    "conflictHelp": ("為避免覆蓋他人的修改，本次變更未寫入。請重新載入檔案，再重新填寫。",
                     "So as not to overwrite their change, yours was not written. Load the file again, then redo your change."),
    "diskChanged": ("回覆檔在磁碟上已被修改，畫面內容可能過時。", "The response file was changed on disk; this page may be out of date."),
    "reload": ("從磁碟重新載入", "Load the file from disk"),
    "reloaded": ("已從磁碟重新載入。", "Loaded the file from disk again."),
    "complete": ("所有適用的陳述都已作答。", "Every applicable statement has an answer."),
    "ratings": ("風險評等", "Ratings"),
    "activity": ("業務活動", "Activity"),
    "rating": ("評等", "Rating"),
    "unrated": ("（未評等）", "(not rated)"),
    "computedRisk": ("計算所得", "Computed"),
    "overallRisk": ("整體固有風險", "Overall inherent risk"),
    "overrideRisk": ("自訂整體固有風險", "Set the overall inherent risk by hand"),
    "noOverride": ("（不自訂）", "(no override)"),
    "reason": ("理由", "Reason"),
    "targets": ("各支柱目標等級", "Target level per pillar"),
    "fromRisk": ("依固有風險", "From inherent risk"),
    "fromTier": ("依規模級距", "From tier"),
    "overrideTarget": ("自訂目標", "Target set by hand"),
    "indicator": ("指標", "Indicator"),
    "unit": ("單位", "Unit"),
    "thresholds": ("各等級門檻", "Threshold per level"),
    "value": ("量測值", "Measured value"),
    "note": ("備註", "Note"),
    "reached": ("達到等級", "Level reached"),
    "notMeasured": ("未量測", "Not measured"),
    "higherBetter": ("越高越好", "higher is better"),
    "lowerBetter": ("越低越好", "lower is better"),
    "downloadXML": ("差距分析 XML", "Gap analysis XML"),
    "downloadOSCAL": ("OSCAL 評估結果", "OSCAL assessment results"),
    "downloadCSV": ("改善行動清單 CSV", "Action list CSV"),
    "downloadResponses": ("回覆檔 XML", "Response file XML"),
    "javascriptNote": ("不需 JavaScript：每個表單都可直接按「儲存」。", "No JavaScript needed: every form saves with its Save button."),
    "needsControl": ("請說明補償性控制，說明後即自動儲存。", "Describe the compensating control; the answer is saved once it is described."),
    "needsJustification": ("請說明不適用的理由，說明後即自動儲存。", "Give the justification; the answer is saved once it is given."),
    "autosaved": ("已自動儲存", "Saved automatically"),
    "none": ("無", "None"),
    "refused": ("拒絕存取", "Access refused"),
    "unchanged": ("沒有變更，檔案維持原狀。", "Nothing changed; the file was left as it was."),
    "stale": ("未儲存：您修改的項目在本頁開啟後，已從另一個分頁或視窗儲存了不同的內容。",
              "Not saved: what you changed was saved differently from another tab or window after this page was opened."),
    "staleHelp": ("標示的項目旁列出已儲存的內容，您輸入的內容仍保留在欄位中。若要保留您的輸入，請先複製，再重新載入本頁。",
                  "Each marked item shows what was saved beside what you typed, which stays in the fields. To keep what you typed, copy it, then reload this page."),
    "staleNote": ("此項目已從另一個分頁或視窗儲存了不同的內容，本次未儲存。", "This was saved differently from another tab or window; not saved."),
    "savedMeanwhile": ("已從他處儲存：", "Saved meanwhile:"),
    "reloadPage": ("重新載入本頁", "Reload this page"),
    "notWritten": ("未儲存：檔案無法寫入（這是檔案或資料夾的問題，不是您輸入的內容有誤）",
                   "Not saved: a file could not be written (a problem with the file or folder, not with what you typed)"),
    "backupBlocked": ("無法取代 {file}（{reason}）；請刪除該檔，或改在您自己的資料夾中作答；本次未儲存任何內容。",
                      "{file} cannot be replaced ({reason}); remove it or answer in a folder of your own; nothing was saved."),
    "fileBlocked": ("無法寫入 {file}（{reason}）；本次未儲存任何內容。", "{file} cannot be written ({reason}); nothing was saved."),
    "handWritten": ("此回覆檔含有 {count} 則手寫註解（例如「{example}」）。第一次儲存會依答案重寫整個檔案並刪除這些註解；{backup} 會保留檔案目前的內容，直到下一次儲存。",
                    "This response file holds {count} comment(s) written by hand (e.g. “{example}”). The first save rewrites the file from the answers and drops them; {backup} keeps the file as it is now, until the next save."),
    "controlShort": ("補償性控制", "Compensating control"),
    "justificationShort": ("不適用理由", "Justification"),
  ]

  /// Every label in one language, for the templates.
  static func all(_ language: Language) -> [String: String] { byLanguage[language]! }

  /// One label.
  static func text(_ key: String, _ language: Language) -> String {
    guard let pair = table[key] else { preconditionFailure("no label '\(key)'") }
    return language == .traditionalChinese ? pair.zh : pair.en
  }

  /// One label with its `{name}` places filled in.
  ///
  /// - Parameters:
  ///   - key: The label.
  ///   - language: The language.
  ///   - values: The text for each place, by name.
  static func text(_ key: String, _ language: Language, filling values: [String: String]) -> String {
    // One pass, so that a value holding `{name}` (a file name may) is never filled in itself.
    var filled = ""
    var rest = Substring(text(key, language))
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      filled += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      filled += values[name] ?? String(rest[open...close])
      rest = rest[rest.index(after: close)...]
    }
    return filled + rest
  }

  private static let byLanguage: [Language: [String: String]] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map { language in
      (language, table.mapValues { language == .traditionalChinese ? $0.zh : $0.en })
    })
}
