import FinCyberCore

/// The fixed words of the reports, in both languages.
enum Labels {
  enum Key: CaseIterable {
    case reportTitle, institution, sector, tier, period, date, assessor, questionnaire, inputs
    case pillar, achieved, target, percentToTarget, baselineGaps, targetGaps, belowBaseline
    case complianceBaseline, baselineMet, baselineNotMet, complete, incomplete, unansweredCount
    case inherentRisk, notRated, statement, level, answer, summary, interimNote, sha256Questionnaire, sha256Responses
  }

  static func text(_ key: Key, _ language: Language) -> String {
    let pair: (String, String)
    switch key {
    case .reportTitle: pair = ("金融資安韌性差距分析", "Financial cybersecurity resilience gap analysis")
    case .institution: pair = ("機構", "Institution")
    case .sector: pair = ("業別", "Sector")
    case .tier: pair = ("規模級距", "Tier")
    case .period: pair = ("評估期間", "Period")
    case .date: pair = ("評估日期", "Assessment date")
    case .assessor: pair = ("評估人", "Assessor")
    case .questionnaire: pair = ("問卷", "Questionnaire")
    case .inputs: pair = ("輸入檔案", "Inputs")
    case .pillar: pair = ("支柱", "Pillar")
    case .achieved: pair = ("已達等級", "Achieved")
    case .target: pair = ("目標等級", "Target")
    case .percentToTarget: pair = ("目標達成率", "Percent to target")
    case .baselineGaps: pair = ("合規基準缺口", "Baseline gaps")
    case .targetGaps: pair = ("目標缺口", "Target gaps")
    case .belowBaseline: pair = ("未達基準", "Below baseline")
    case .complianceBaseline: pair = ("合規基準（2020 行動方案）", "Compliance baseline (2020 Action Plan)")
    case .baselineMet: pair = ("合規基準全數符合。", "The compliance baseline is fully met.")
    case .baselineNotMet: pair = ("合規基準尚有未符合項目。", "The compliance baseline is not fully met.")
    case .complete: pair = ("問卷已全部作答。", "Every statement is answered.")
    case .incomplete: pair = ("問卷尚未全部作答，未作答題目視為未符合。", "The assessment is incomplete; unanswered statements count as not met.")
    case .unansweredCount: pair = ("未作答題數", "Unanswered statements")
    case .inherentRisk: pair = ("固有風險", "Inherent risk")
    case .notRated: pair = ("未評等", "Not rated")
    case .statement: pair = ("題目", "Statement")
    case .level: pair = ("等級", "Level")
    case .answer: pair = ("回答", "Answer")
    case .summary: pair = ("各支柱摘要", "Summary by pillar")
    case .interimNote: pair = ("本頁為評分結果摘要。", "This page summarises the scored result.")
    case .sha256Questionnaire: pair = ("問卷 SHA-256", "Questionnaire SHA-256")
    case .sha256Responses: pair = ("回覆檔 SHA-256", "Responses SHA-256")
    }
    return language == .traditionalChinese ? pair.0 : pair.1
  }
}
