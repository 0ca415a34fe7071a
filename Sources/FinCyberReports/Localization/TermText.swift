import FinCyberCore

/// A term's text cut at its placeholders, so that filling it needs no search: the reports fill
/// every term for each of thousands of position reports.
struct TermText: Sendable {
  /// A run of literal text, or a `{name}` to fill.
  enum Segment: Sendable {
    case literal(String)
    case placeholder(String)
  }

  /// The pieces in order.
  let segments: [Segment]
  /// The names of its placeholders.
  let placeholders: Set<String>

  /// Cuts a text at its `{name}` places; a brace not around a name of letters is literal text.
  ///
  /// - Parameter text: The term as written in ``Terms``.
  init(_ text: String) {
    var segments: [Segment] = []
    var literal = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      literal += rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let close = after.firstIndex(of: "}"), !after[..<close].isEmpty, after[..<close].allSatisfy({ $0.isASCII && $0.isLetter }) {
        if !literal.isEmpty { segments.append(.literal(literal)) }
        literal = ""
        segments.append(.placeholder(String(after[..<close])))
        rest = after[after.index(after: close)...]
      } else {
        literal += "{"
        rest = after
      }
    }
    literal += rest
    if !literal.isEmpty { segments.append(.literal(literal)) }
    self.segments = segments
    placeholders = Set(segments.compactMap { if case .placeholder(let name) = $0 { name } else { nil } })
  }

  /// The term tables the ``Localizer`` reads: the reports' (``Terms``), the answering pages'
  /// (``ServerTerms``), the improvement plan's (``PlanTerms``), the crosswalk profile's
  /// (``ProfileTerms``), the workbook's (``WorkbookTerms``) and the board pack's
  /// (``BoardPackTerms``). A key is in one of them only (a test checks).
  static let tables: [[String: (zh: String, en: String)]] = [Terms.table, ServerTerms.table, PlanTerms.table, ProfileTerms.table, WorkbookTerms.table, BoardPackTerms.table]

  /// Every term of ``tables`` cut, by language and key.
  static let all: [Language: [String: TermText]] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map { language in
      let merged = tables.reduce(into: [String: (zh: String, en: String)]()) { all, table in all.merge(table) { first, _ in first } }
      return (language, merged.mapValues { TermText(language == .traditionalChinese ? $0.zh : $0.en) })
    })
}
