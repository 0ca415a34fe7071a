import FinCyberCore

/// The files `fincyber assess` writes for one assessment.
public enum ReportSet {
  /// The report files, by name, in the order they are written.
  ///
  /// - Parameters:
  ///   - input: The assessment and its input fingerprints.
  ///   - previous: The institution's previous assessment, if any.
  ///   - language: The language of the HTML report.
  ///   - page: The HTML renderer (bundled or an institution's own templates).
  ///   - generatedAt: An `xs:dateTime` to record in the XML, or nil for none.
  ///   - oscal: Whether to add the OSCAL assessment-results document, and with a plan, the OSCAL
  ///     plan of action and milestones for its open items (none when it has none).
  ///   - plan: The institution's improvement plan and its file's SHA-256, for the roadmap section.
  ///   - final: Whether the responses are final (`assess --final`); otherwise the pack is a draft.
  /// - Throws: `FinCyberError.cannotWrite` when an output cannot be built.
  public static func files(
    _ input: ReportInput, previous: Assessment? = nil, language: Language, page: GapReportPage, generatedAt: String? = nil,
    oscal: Bool = false, plan: (plan: ImprovementPlan, sha256: String)? = nil, final: Bool = false
  ) throws -> [(name: String, bytes: [UInt8])] {
    // Each crosswalk's profiles are counted once, for the page, the CSV and the XML.
    let profiles = ProfilePair.all(input.assessment)
    // The HTML page on one core, the XML and CSV files on the other.
    let (html, others) = try Parallel.both(
      { Array(page.html(input, previous: previous, language: language, plan: plan?.plan, final: final, profiles: profiles).utf8) },
      { () throws -> [(name: String, bytes: [UInt8])] in
        var others: [(name: String, bytes: [UInt8])] = [
          ("gap-report.xml", try GapAnalysisWriter.xml(input, previous: previous, generatedAt: generatedAt)),
          ("gap-actions.csv", GapActionList.csv(input.assessment, previous: previous, language: language)),
        ]
        // One profile per crosswalk framework the model declares; none for a model without one.
        let words = Localizer(language: language, questionnaire: input.assessment.questionnaire)
        for pair in profiles {
          others.append((ProfilePair.fileName(pair.framework, "csv"), ProfileCSV.csv(pair, words)))
          others.append((ProfilePair.fileName(pair.framework, "xml"), try ProfileXMLWriter.xml(input, pair, generatedAt: generatedAt)))
        }
        if oscal {
          others.append(("assessment-results.oscal.xml", try AssessmentResultsWriter.xml(input, previous: previous, language: language, generatedAt: generatedAt)))
          if let plan, let poam = try POAMWriter.xml(input, plan: plan.plan, planSHA256: plan.sha256, language: language, generatedAt: generatedAt) {
            others.append(("plan-of-action.oscal.xml", poam))
          }
        }
        return others
      })
    let files = [("gap-report.html", html)] + others
    return files
  }
}
