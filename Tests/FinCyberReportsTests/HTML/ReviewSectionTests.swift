import FinCyberCore
import FinCyberReports
import Foundation
import Testing

/// The report's review section and the review trail in OSCAL: the sample bank with one answer
/// challenged, one marked for review, one reviewed, two carried and not confirmed, and a coach's remark.
@Suite struct ReviewSectionTests {
  static func input() throws -> ReportInput {
    let questionnaire = try Loader.questionnaire(BundledFiles.defaultQuestionnaire, path: BundledFiles.defaultQuestionnairePath)
    var responses = try Loader.responses(BundledFiles.defaultResponses, path: BundledFiles.defaultResponsesPath, for: questionnaire)
    responses.answers["P1.BO.OV.B.1"]?.trail.review = .init(status: .challenged, by: "Internal audit", date: "2026-12-10", remark: "Minutes show no security item in March")
    responses.answers["P1.BO.OV.B.2"]?.trail.review = .init(status: .toReview)
    responses.answers["P1.BO.OV.E.1"]?.trail.review = .init(status: .reviewed, by: "Internal audit", date: "2026-12-10")
    responses.answers["P2.VA.VM.B.1"]?.trail.carried = true
    responses.answers["P2.VA.VM.B.2"]?.trail.carried = true
    responses.answers["P4.BR.RV.B.1"]?.trail.coachRemark = .init(text: "Ask for the restore log itself", by: "F-ISAC coach", date: "2026-12-11")
    return ReportInput(
      assessment: Scorer.score(responses, against: questionnaire), questionnaireSHA256: SHA256.hex(BundledFiles.defaultQuestionnaire),
      responsesSHA256: SHA256.hex(BundledFiles.defaultResponses))
  }

  static func section(_ html: String) throws -> String {
    let start = try #require(html.range(of: "<section id=\"review\""))
    return String(html[start.lowerBound..<html.range(of: "</section>", range: start.upperBound..<html.endIndex)!.upperBound])
  }

  @Test func theSectionCountsAndListsTheTrail() throws {
    let html = try GapReportPage().html(try Self.input(), language: .english)
    let section = try Self.section(html)
    #expect(section.contains("<p>Reviewed: 1; challenged: 1; marked for review: 1; carried from the previous period and not confirmed: 2; coach&#39;s remarks: 1.</p>"))
    #expect(section.contains("<h3>Answers challenged in review</h3>"))
    #expect(section.contains("<td><code>P1.BO.OV.B.1</code> The state of cybersecurity is a formal item on the board&#39;s agenda at least once a year.</td><td>Minutes show no security item in March (Internal audit, 2026-12-10)</td>"))
    #expect(section.contains("<code>P1.BO.OV.B.2</code>"))
    #expect(section.contains("<li><code>P2.VA.VM.B.1</code>") && section.contains("<li><code>P2.VA.VM.B.2</code>"))
    #expect(section.contains("<td>Ask for the restore log itself (F-ISAC coach, 2026-12-11)</td>"))
    // The carried answers are also a completeness finding in the summary.
    #expect(html.contains("2 answers carried from the previous period are not yet confirmed."))
    let zh = try Self.section(try GapReportPage().html(try Self.input(), language: .traditionalChinese))
    #expect(zh.contains("<h2 id=\"review-title\">覆核紀錄</h2>") && zh.contains("已覆核 1 題；質疑 1 題；待覆核 1 題；沿用上期尚待確認 2 題；輔導員意見 1 則。"))
  }

  @Test func noTrailNoSection() throws {
    let html = try GapReportPage().html(try SampleOutputsTests.input("formosa-bank-2026Q4.xml"), language: .english)
    #expect(!html.contains("id=\"review\""))
    #expect(!html.contains("not yet confirmed"))
  }

  @Test func oscalCarriesTheTrailAndStaysValid() throws {
    let bytes = try AssessmentResultsWriter.xml(try Self.input(), language: .english)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("<prop name=\"review-status\" ns=\"urn:fincyber:oscal\" value=\"challenged\"/>"))
    #expect(text.contains("<prop name=\"review-status\" ns=\"urn:fincyber:oscal\" value=\"to-review\"/>"))
    #expect(text.components(separatedBy: "<prop name=\"carried\" ns=\"urn:fincyber:oscal\" value=\"true\"/>").count - 1 == 2)
    #expect(text.contains("<p>Reviewer&apos;s remark: Minutes show no security item in March</p>") || text.contains("<p>Reviewer's remark: Minutes show no security item in March</p>"))
    #expect(text.contains("Coach's remarks: Ask for the restore log itself") || text.contains("Coach&apos;s remarks: Ask for the restore log itself"))
    let result = try ExternalTools.xmllint(bytes, schema: AssessmentResultsWriterTests.schema)
    #expect(result.status == 0, "\(result.output)")
  }
}
