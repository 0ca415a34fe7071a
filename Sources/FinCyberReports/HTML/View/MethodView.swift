import FinCyberCore

/// Section 9: the scoring rules in plain words.
enum MethodView {
  static func paragraphs(_ assessment: Assessment, _ language: Language) -> [String] {
    let levels = assessment.questionnaire.levels.map { $0.name.text(language) }
    let list = levels.joined(separator: language == .traditionalChinese ? "、" : ", ")
    if language == .traditionalChinese {
      return [
        "問卷依 FFIEC 網路安全評估工具之架構，將藍圖四大支柱細分為評估構面、元件與題目；每一題目屬於五個累進等級之一：\(list)。",
        "回答「是」或「是（以補償性控制達成）」視為符合；「不適用」須附理由，並自所有計算中排除；「未作答」視為未符合，評估亦標示為未完成。",
        "元件須在某一等級及其以下所有等級之適用題目全數符合，才算達到該等級；基準等級有任一題未符合者，即為「未達基準」。評估構面與支柱取其下最低者。",
        "固有風險以各活動評等中出現最多之等級為準，同數時取較高者；機構得附理由自行調整。",
        "各支柱目標等級取三者之最高者：固有風險對照表、機構所屬規模級距之最低要求、機構自訂目標（須附理由）。",
        "目標達成率為目標等級以下適用題目之符合比例。合規基準缺口為 2020 年行動方案已要求而未符合之題目；目標缺口為目標等級以下未符合之題目，依等級由低至高排列。",
        "成果指標以量測值所達到之最高門檻等級表示；支柱自評等級高於其成果指標所達等級者，標示警示。",
      ]
    }
    return [
      "The questionnaire follows the structure of the FFIEC Cybersecurity Assessment Tool: the Roadmap's four pillars divide into assessment factors, components and statements, each statement at one of five cumulative levels: \(list).",
      "An answer of Yes, or Yes with a compensating control, counts as met. Not applicable needs a justification and leaves the statement out of every count. Unanswered counts as not met and marks the assessment incomplete.",
      "A component reaches a level only when every applicable statement at that level and at every lower level is met; any unmet baseline statement leaves it below baseline. A factor and a pillar take the lowest level beneath them.",
      "Inherent risk is the level rated most often across the activities, ties going to the higher level; the institution may override it with a reason.",
      "Each pillar's target is the highest of three: the inherent-risk table, the minimum for the institution's tier, and the institution's own target (with a reason).",
      "Percent to target is the share of applicable statements up to the target that are met. Baseline gaps are unmet statements the 2020 Action Plan already required; target gaps are unmet statements at or below the target, lowest level first.",
      "An outcome indicator reaches the highest level whose threshold its measured value meets; a pillar whose statements claim a higher level than its outcomes reach is flagged.",
    ]
  }
}
