import FinCyberCore

/// The fixed words of the workbook, in zh-TW and en, with the report's terms where both name the
/// same thing (說明, 佐證資料, 補償性控制說明, 不適用理由, 成果指標). Words of the model (what a
/// statement or component is called, level and answer names) come from the questionnaire; a
/// `{name}` place is filled in by ``text(_:_:_:)``.
enum WorkbookLabels {
  /// Each label in zh-TW and en.
  static let table: [String: (zh: String, en: String)] = [
    "title": ("控制負責人填答活頁簿", "Workbook for control owners"),
    "institution": ("機構", "Institution"),
    "period": ("評估期間", "Period"),
    "owner": ("填答負責人", "Owner"),
    "noOwner": ("（未指定）", "(not named)"),
    "coverage": ("涵蓋範圍", "Covers"),
    "allComponents": ("全部{components}", "every {component}"),
    "writtenAt": ("產生時間", "Written at"),
    "howTitle": ("填寫方式", "How to fill in"),
    "how1": ("本活頁簿由 fincyber 依機構之回覆檔產生。請於「answers」工作表逐列填寫，每列一{statement}；灰底欄位僅供參閱。",
             "fincyber wrote this workbook from the institution's response file. Fill in the 'answers' sheet, one row per {statement}; the grey columns are for reading only."),
    "how2": ("「answer」欄請由下拉選單選擇一個值；各值之意義及須另填之說明見下表。",
             "Choose each answer from the drop-down in the 'answer' column; the table below gives what each value means and what it requires."),
    "how3": ("「carried」欄標示自上期沿用、尚待確認之回答：內容仍正確者請保留原樣，匯入時即視為已確認；有變動者請直接修改。",
             "The 'carried' column marks answers carried over from the previous period and not yet confirmed: leave a correct one as it is and the import confirms it; change one that is no longer true."),
    "how4": ("由他人代為填答之列，請於「answered-by」欄填入其姓名；空白或未修改者，以填答負責人記錄。",
             "Where someone else answers a row, write their name in 'answered-by'; a row left as it is records the owner."),
    "returnTitle": ("繳回方式", "How to return it"),
    "return1": ("請以 .xlsx 格式存檔後繳回；請勿更改工作表名稱、第一列之欄名及隱藏欄位，亦請勿輸入公式。",
                "Save it as .xlsx and send it back; do not rename the sheets, the keys in the first row or the hidden column, and enter no formula."),
    "return2": ("匯入時逐格檢查；任一儲存格有誤，整份不予匯入，並列出儲存格位置（如 answers!H17）供修正。",
                "The import checks every cell; if any is wrong nothing is imported, and each problem is listed with its cell (answers!H17) to mend."),
    "return3": ("若回覆檔中之回答於本活頁簿產生後已有變動，匯入將拒絕覆寫該回答，以免蓋掉他人之修改。",
                "If an answer in the response file was changed after this workbook was written, the import refuses to overwrite it, so that nobody's change is lost."),
    "columnsTitle": ("各欄說明（answers 工作表）", "The columns (the 'answers' sheet)"),
    "column": ("欄名", "Column"),
    "valuesTitle": ("回答之值", "Answer values"),
    "value": ("值", "Value"),
    "meaning": ("意義", "Meaning"),
    "requires": ("須另填", "Requires"),
    "otherSheets": ("「gaps」工作表列出產生當時之缺口，「outcomes」工作表列出成果指標及其量測值，均僅供參閱。",
                    "The 'gaps' sheet lists the gaps as they stood when the workbook was written, and the 'outcomes' sheet the outcome indicators and their measured values; both are for reading."),
    "col.statement": ("{statement}代號；請勿修改。", "The {statement}'s id; do not change it."),
    "col.component": ("所屬{component}。", "The {component} it belongs to."),
    "col.level": ("等級。", "Its level."),
    "col.baseline": ("標示者為合規基準要求之{statement}。", "Marked when the {statement} restates the compliance baseline."),
    "col.text": ("{statement}內容（{language}）。", "The {statement}'s text ({language})."),
    "col.answer": ("回答：由下拉選單選擇。", "The answer: choose from the drop-down."),
    "col.comment": ("說明（選填）。", "A comment (optional)."),
    "col.evidence": ("佐證資料之存放處（選填）。", "Where the evidence is kept (optional)."),
    "col.compensatingControl": ("補償性控制說明：回答要求時必填。", "The compensating control: required where the answer asks for it."),
    "col.justification": ("不適用理由：回答要求時必填。", "Why the {statement} does not apply: required where the answer asks for it."),
    "col.answeredBy": ("填答人姓名；由他人代答時填寫。", "Who answered; write a name where someone else answers."),
    "col.carried": ("標示自上期沿用、尚待確認之回答。", "Marks an answer carried from the previous period and not yet confirmed."),
    "col.fingerprint": ("隱藏之技術欄位，用以察覺回覆檔於產生後之變動；請勿修改。", "Hidden: tells whether the response file changed since the workbook was written; do not change it."),
    "requires.none": ("—", "—"),
    "requires.compensatingControl": ("補償性控制說明（compensating-control 欄）", "a description of the compensating control (column compensating-control)"),
    "requires.justification": ("不適用理由（justification 欄）", "a justification (column justification)"),
    "baselineMark": ("合規基準", "baseline"),
    "carriedMark": ("上期沿用，待確認", "carried, to confirm"),
    "gap.baseline": ("合規基準缺口", "baseline gap"),
    "gap.target": ("目標缺口", "target gap"),
    "better.higher": ("愈高愈好", "higher is better"),
    "better.lower": ("愈低愈好", "lower is better"),
    "dropdownTitle": ("回答", "Answer"),
    "dropdownError": ("請由下拉選單選擇一個值。", "Choose a value from the drop-down."),
  ]

  /// A label in a language, its `{name}` places filled in.
  ///
  /// - Parameters:
  ///   - key: The label.
  ///   - language: The language.
  ///   - values: The text for each place, by name.
  static func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
    guard let pair = table[key] else { preconditionFailure("no workbook label '\(key)'") }
    let text = language == .traditionalChinese ? pair.zh : pair.en
    return values.reduce(text) { text, value in text.replacing("{" + value.key + "}", with: value.value) }
  }

  /// A label in a language with the model's words for its parts filled in (`{statement}`,
  /// `{component}`, `{components}`).
  ///
  /// - Parameters:
  ///   - key: The label.
  ///   - language: The language.
  ///   - questionnaire: The model whose words are used.
  ///   - values: Further places, by name.
  static func text(_ key: String, _ language: Language, model questionnaire: Questionnaire, _ values: [String: String] = [:]) -> String {
    let vocabulary = questionnaire.vocabulary
    let words = [
      "statement": vocabulary.singular(.statement, language), "component": vocabulary.singular(.component, language),
      "components": vocabulary.plural(.component, language),
    ]
    return text(key, language, words.merging(values) { _, given in given })
  }
}
