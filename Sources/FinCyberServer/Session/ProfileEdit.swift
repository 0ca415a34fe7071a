import FinCyberCore
import FinCyberReports
import Foundation

/// The institution's profile form: name, sector, tier, period, date and assessor, and
/// `version:profile`. The profile is one unit (``ResponsesEdit``), keyed `profile`.
struct ProfileEdit: ResponsesEdit {
  var name: String?
  /// The sector chosen, when the questionnaire has sectors.
  var sectorID: String?
  /// The tier chosen, when the questionnaire has tiers.
  var tierID: String?
  var period: String
  var date: String
  var assessor: String?
  /// What must be mended before the profile can be saved.
  var problems: [FormProblem] = []
  /// The version the profile was rendered from.
  var rendered: [String: String] = [:]

  /// The profile's unit key.
  static let unit = "profile"

  /// Reads the profile form.
  ///
  /// - Parameters:
  ///   - fields: The form's fields: `name`, `sector` and `tier` (where the model has them),
  ///     `period`, `date`, `assessor`.
  ///   - questionnaire: The questionnaire, whose sectors and tiers are the choices.
  ///   - words: The page's language and the model's words, for the problems.
  init(_ fields: FormFields, questionnaire: Questionnaire, words: Localizer) {
    name = SubmittedText.clean(fields["name"])
    let sectorID = questionnaire.sectors.isEmpty ? nil : fields["sector"] ?? ""
    self.sectorID = sectorID
    // A tier only where the chosen sector has tiers.
    tierID = questionnaire.tiers.contains { $0.sectorID == sectorID } ? fields["tier"] ?? "" : nil
    period = (fields["period"] ?? "").trimmingCharacters(in: .whitespaces)
    date = (fields["date"] ?? "").trimmingCharacters(in: .whitespaces)
    assessor = SubmittedText.clean(fields["assessor"])
    rendered = fields.renderedVersions
    for (field, text, label) in [("name", name, words.text("institutionName")), ("assessor", assessor, words.text("assessor"))] {
      if text == nil {
        problems.append(FormProblem(field: field, "problemRequired", ["label": label], words: words))
      } else if let problem = SubmittedText.problem(text, field: field, label: label, words: words) {
        problems.append(problem)
      }
    }
    if let sectorID, !questionnaire.sectors.contains(where: { $0.id == sectorID }) {
      problems.append(FormProblem(field: "sector", "problemSector", words: words))
    } else if let tierID, !questionnaire.tiers.contains(where: { $0.id == tierID && $0.sectorID == sectorID }) {
      problems.append(FormProblem(field: "tier", "problemTier", ["tier": tierID], words: words))
    }
    if period.range(of: #"^[0-9]{4}Q[1-4]$"#, options: .regularExpression) == nil {
      problems.append(FormProblem(field: "period", "problemPeriod", words: words))
    }
    if !Self.isRealDate(date) {
      problems.append(FormProblem(field: "date", "problemDate", words: words))
    }
  }

  /// Whether a text is a `YYYY-MM-DD` date that exists.
  static func isRealDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, (1...12).contains(month), year >= 1
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }

  /// The profile's key and the version of what was sent.
  var sent: [(key: String, version: String)] {
    [(Self.unit, Version.profile(name: name, sector: sectorID, tier: tierID, period: period, date: date, assessor: assessor))]
  }

  /// The version of the profile as it stands.
  func version(of key: String, in responses: Responses) -> String { Version.profile(of: responses) }

  /// Puts the profile into responses, when named.
  ///
  /// - Parameters:
  ///   - units: The units to apply: the profile's key, or none.
  ///   - responses: The responses to change.
  func apply(_ units: Set<String>, to responses: inout Responses) {
    guard units.contains(Self.unit) else { return }
    responses.institution.name = name ?? responses.institution.name
    responses.institution.sectorID = sectorID
    responses.institution.tierID = tierID
    responses.period = period
    responses.date = date
    responses.assessor = assessor ?? responses.assessor
  }
}
