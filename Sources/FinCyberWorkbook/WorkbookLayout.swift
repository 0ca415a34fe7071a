import FinCyberCore

/// What a fincyber workbook holds and where: the names of its sheets, the keys heading the answers
/// sheet's columns, and the keys of the hidden sheet that says what the workbook was written from.
///
/// The writer lays the workbook out from here and the reader finds its way back by the same names,
/// so a column moved, a row sorted or a sheet reordered in a spreadsheet program changes nothing.
/// Headers are stable keys, the response format's own names, in every language (as the action
/// list's CSV columns are); the instructions sheet says what each means in the model's languages.
enum WorkbookLayout {
  /// The format of the hidden sheet's `format` value: a reader refuses any other.
  static let format = "fincyber-workbook-1"

  /// The sheets, by name.
  enum Sheet {
    /// How to fill in and return the workbook, in the model's languages.
    static let instructions = "instructions"
    /// One row per statement: the sheet that is read back.
    static let answers = "answers"
    /// The gaps of the answers as they stood when the workbook was written.
    static let gaps = "gaps"
    /// The outcome indicators and their measured values.
    static let outcomes = "outcomes"
    /// The start of each crosswalk profile sheet's name (`profile-csf`).
    static let profilePrefix = "profile-"
    /// Hidden: what the workbook was written from, and the answer values its drop-down offers.
    static let about = "fincyber"
  }

  /// A column of the answers sheet, by the key in its header cell.
  enum Column: Hashable {
    /// The statement's id: the key of the row.
    case statement
    /// The component's id and name.
    case component
    /// The statement's level.
    case level
    /// Marked when the statement restates the compliance baseline.
    case baseline
    /// The statement's text in one of the model's languages (a BCP 47 tag).
    case text(String)
    /// The answer: a value of the model's answer scale.
    case answer
    case comment
    case evidence
    case compensatingControl
    case justification
    /// Who answered.
    case answeredBy
    /// Marked when the answer was carried from the previous period and is not yet confirmed.
    case carried
    /// Hidden: the ``AnswerFingerprint`` of the answer as the response file held it when written.
    case fingerprint

    /// The key written in the header cell.
    var key: String {
      switch self {
      case .statement: return "statement"
      case .component: return "component"
      case .level: return "level"
      case .baseline: return "baseline"
      case .text(let language): return "text:" + language
      case .answer: return "answer"
      case .comment: return "comment"
      case .evidence: return "evidence"
      case .compensatingControl: return "compensating-control"
      case .justification: return "justification"
      case .answeredBy: return "answered-by"
      case .carried: return "carried"
      case .fingerprint: return "fingerprint"
      }
    }

    /// Whether the owner fills it in; the other columns are for reading.
    var isEditable: Bool {
      switch self {
      case .answer, .comment, .evidence, .compensatingControl, .justification, .answeredBy: return true
      default: return false
      }
    }

    /// The columns of the answers sheet for a model, in order.
    ///
    /// - Parameter questionnaire: The model, whose languages each add a text column.
    static func all(for questionnaire: Questionnaire) -> [Column] {
      [.statement, .component, .level, .baseline] + questionnaire.languages.map { .text($0) }
        + [.answer, .comment, .evidence, .compensatingControl, .justification, .answeredBy, .carried, .fingerprint]
    }

    /// The columns the reader needs: each must head exactly one column of a returned sheet.
    static let read: [Column] = [.statement, .answer, .comment, .evidence, .compensatingControl, .justification, .answeredBy, .fingerprint]
  }

  /// A key of the hidden sheet, in its first column; the value stands beside it.
  enum Key: String, CaseIterable {
    case format
    case questionnaire
    case version
    case institutionID = "institution-id"
    case institution
    case period
    /// Who the workbook was written for; empty when nobody was named.
    case owner
    /// The component ids the answers sheet covers, separated by spaces; empty for every component.
    case components
    /// When it was written, as an `xs:dateTime`.
    case writtenAt = "written-at"
    /// One of the answer values the drop-down offers (one row each).
    case answerValue = "answer-value"
  }
}
