import ArgumentParser
import FinCyberCore

/// `--plan FILE`: the institution's improvement plan, for the roadmap in the report and the OSCAL
/// plan of action and milestones.
struct PlanOption: ParsableArguments {
  @Option(name: .long, help: "The institution's improvement plan (made by `fincyber plan`): adds the roadmap to the HTML report, and with --oscal writes plan-of-action.oscal.xml.")
  var plan: String?

  /// The plan named, read and checked against the answers, with its file's SHA-256; nil when none
  /// is named.
  ///
  /// - Parameter responses: The answers being assessed: a plan of another institution or
  ///   questionnaire is refused.
  /// - Throws: `FinCyberError` when the file cannot be read, is invalid, or belongs to other answers.
  func load(for responses: Responses) throws -> (plan: ImprovementPlan, sha256: String)? {
    guard let path = plan else { return nil }
    let bytes = try InputFile.read(path)
    let plan = try PlanReader.read(bytes, path: path)
    try PlanCommand.checkBelongs(plan, to: responses, path: path)
    return (plan, SHA256.hex(bytes))
  }
}
