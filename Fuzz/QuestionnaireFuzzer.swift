// libFuzzer target: the questionnaire loader (libxml2 parse, schema validation, cross checks).
// Built with the core's sources by Fuzz/run.sh; see SECURITY.md.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestionnaire(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? Loader.questionnaire(bytes, path: "fuzz.xml")
  return 0
}
