// libFuzzer target: the response loader against the bundled questionnaire, then scoring and the
// gap-analysis record of whatever loads.
// Built with the core's sources by Fuzz/run.sh; see SECURITY.md.

let questionnaire = try! Loader.questionnaire(BundledFiles.defaultQuestionnaire, path: "bundled.xml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResponses(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let responses = try? Loader.responses(bytes, path: "fuzz.xml", for: questionnaire) {
    let assessment = Scorer.score(responses, against: questionnaire)
    _ = assessment.domains.map(\.percentToTarget)
    _ = try? ResponseTemplate(
      questionnaire: questionnaire, institution: responses.institution, date: responses.date, period: responses.period,
      assessor: responses.assessor, language: .english
    ).xml()
  }
  return 0
}
