/// The answering pages' own words (`fincyber serve`), in zh-TW and en: a table beside ``Terms``,
/// read by the same ``Localizer`` and bound by the same rules.
///
/// A term holds no word of any one maturity model: what the model calls its parts, its title and
/// its levels fill the placeholders ``Terms`` lists. A concept the reports already name keeps
/// their key (`domain`, `achieved`, `comment`, `evidenceGuidance`, `inherentRisk`, `outcomes`,
/// `compensatingControl`, `justification`, …): only what the pages alone say is here, and no key
/// is in both tables. Any other `{name}` is an argument the page gives (`{file}`, `{id}`).
public enum ServerTerms {
  /// Each term in zh-TW and en, by key.
  public static let table: [String: (zh: String, en: String)] = [
    // The frame of every page: the model answered, navigation, language.
    "appTitle": ("{model}", "{model}"),
    "overview": ("總覽", "Overview"),
    "targetsTitle": ("目標等級", "Targets"),
    "gapReport": ("差距報告", "Gap report"),
    "downloads": ("下載", "Downloads"),
    "nextUnanswered": ("下一個未作答{statement}", "Next unanswered {statement}"),
    "nextUnansweredKey": ("快捷鍵：n（或 Alt+Shift+N）", "Shortcut: n (or Alt+Shift+N)"),
    "languageSelf": ("中文", "English"),
    "file": ("回覆檔", "Response file"),
    "javascriptNote": ("不需 JavaScript：每個表單都可直接按「儲存」。", "No JavaScript needed: every form saves with its Save button."),

    // The overview and the institution's profile.
    "domainsHeading": ("{count}大{domains}", "The {count} {domains}"),
    "progress": ("已答／適用", "Answered / applicable"),
    "profile": ("機構資料", "Institution profile"),
    "institutionName": ("機構名稱", "Institution's name"),
    "periodHint": ("如 2026Q1", "e.g. 2026Q1"),
    "save": ("儲存", "Save"),
    "downloadXML": ("差距分析 XML", "Gap analysis XML"),
    "downloadOSCAL": ("OSCAL 評估結果", "OSCAL assessment results"),
    "downloadCSV": ("改善行動清單 CSV", "Action list CSV"),
    "downloadResponses": ("回覆檔 XML", "Response file XML"),

    // A component's page.
    "targetBand": ("目標範圍內的等級", "Levels within the target"),
    "aboveTarget": ("高於目標的等級（可展開作答）", "Levels above the target (open to answer)"),
    "show": ("顯示", "Show"),
    "showAll": ("全部", "All"),
    "showUnanswered": ("僅未作答", "Unanswered only"),
    "showGaps": ("僅缺口", "Gaps only"),
    "allLevels": ("所有等級", "All levels"),
    "noneShown": ("此篩選下沒有{statement}。", "No {statement} matches this filter."),
    "baselineMarker": ("合規基準", "Compliance baseline"),
    "requiredFor": ("{label}（回答「{names}」時必填）", "{label} (required for “{names}”)"),
    "needsControl": ("請說明補償性控制，說明後即自動儲存。", "Describe the compensating control; the answer is saved once it is described."),
    "needsJustification": ("請說明理由，說明後即自動儲存。", "Give the justification; the answer is saved once it is given."),

    // The inherent risk profile and the targets.
    "activity": ("業務活動", "Activity"),
    "rating": ("評等", "Rating"),
    "unrated": ("（未評等）", "(not rated)"),
    "overrideRisk": ("自訂整體固有風險", "Set the overall inherent risk by hand"),
    "noOverride": ("（不自訂）", "(no override)"),
    "targets": ("各{domain}目標等級", "Target level per {domain}"),
    "overrideTarget": ("自訂目標", "Target set by hand"),

    // The outcome indicators.
    "unit": ("單位", "Unit"),
    "thresholds": ("各等級門檻", "Threshold per level"),
    "measuredValue": ("量測值", "Measured value"),
    "note": ("備註", "Note"),
    "higherBetter": ("越高越好", "higher is better"),
    "lowerBetter": ("越低越好", "lower is better"),

    // What became of a save.
    "saved": ("已儲存至", "Saved to"),
    "autosaved": ("已自動儲存", "Saved automatically"),
    "unchanged": ("沒有變更，檔案維持原狀。", "Nothing changed; the file was left as it was."),
    "problems": ("未儲存，請修正：", "Not saved. Please mend:"),
    "conflict": ("未儲存：檔案已被他人修改", "Not saved: the file was changed by someone else"),
    "conflictHelp": ("為避免覆蓋他人的修改，本次變更未寫入。請重新載入檔案，再重新填寫。",
                     "So as not to overwrite their change, yours was not written. Load the file again, then redo your change."),
    "conflictChanged": ("{file} 在 fincyber 載入後已於磁碟上被修改", "{file} was changed on disk since fincyber loaded it"),
    "conflictUnreadable": ("{file} 已無法讀取", "{file} can no longer be read"),
    "diskChanged": ("回覆檔在磁碟上已被修改，畫面內容可能過時。", "The response file was changed on disk; this page may be out of date."),
    "reload": ("從磁碟重新載入", "Load the file from disk"),
    "reloaded": ("已從磁碟重新載入。", "Loaded the file from disk again."),
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

    // What a form sent that cannot be saved.
    "problemUnknownAnswer": ("{id}：不認得的回答「{sent}」，請從 {values} 中選擇。", "{id}: '{sent}' is not an answer; choose one of {values}."),
    "problemNeedsControl": ("{id}：回答「{answer}」須說明補償性控制。", "{id}: the answer '{answer}' needs the control described."),
    "problemNeedsJustification": ("{id}：回答「{answer}」須說明理由。", "{id}: the answer '{answer}' needs a justification."),
    "problemTooLong": ("「{label}」超過 {limit} 字（目前 {count} 字），請精簡或改附文件。",
                       "“{label}” is longer than {limit} characters ({count}); shorten it or refer to a document."),
    "problemControlCharacter": ("「{label}」含有無法存入檔案的控制字元，請刪除後再存。",
                                "“{label}” holds a control character that the file cannot keep; remove it and save again."),
    "problemRequired": ("請填寫「{label}」。", "“{label}” is required."),
    "problemSector": ("請選擇業別。", "Choose a sector."),
    "problemTier": ("規模級距「{tier}」不屬於所選業別，請選擇該業別的級距。", "Tier '{tier}' is not a tier of the chosen sector; choose one of its tiers."),
    "problemPeriod": ("評估期間請寫成如 2026Q1 的季別。", "Write the period as a quarter, e.g. 2026Q1."),
    "problemDate": ("評估日期請寫成存在的日期，如 2026-03-31。", "Write a date that exists, e.g. 2026-03-31."),
    "problemRiskLevel": ("{id}：不認得的風險等級「{sent}」。", "{id}: '{sent}' is not a risk level."),
    "problemOverrideReason": ("自訂整體固有風險須說明理由。", "An overall inherent risk set by hand needs its reason."),
    "problemLevel": ("{id}：不認得的成熟度等級「{sent}」。", "{id}: '{sent}' is not a maturity level."),
    "problemTargetReason": ("{id}：自訂目標等級須說明理由。", "{id}: a target set by hand needs its reason."),
    "problemNotNumber": ("{id}：「{sent}」不是數字，請填寫量測值，如 12.5。", "{id}: '{sent}' is not a number; write the measured value, e.g. 12.5."),
    "problemBelowMinimum": ("{id}：數值不可小於 {limit}。", "{id}: the value cannot be below {limit}."),
    "problemAboveMaximum": ("{id}：數值不可大於 {limit}。", "{id}: the value cannot be above {limit}."),

    // A request the server does not serve.
    "accessRefused": ("拒絕存取", "Access refused"),
    "notServed": ("無法處理此請求", "This request was not served"),
    "openPrintedAddress": ("請開啟 fincyber serve 印出的網址（含存取權杖）。", "Open the address that fincyber serve printed, with its access token."),
  ]
}
