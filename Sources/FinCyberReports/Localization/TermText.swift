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

  /// Cuts a text at its `{name}` places; a brace not around a name of ASCII letters is literal text.
  ///
  /// The text is read as UTF-8 bytes (a brace is one byte, never part of another character's):
  /// every run cuts the whole term list of its language, and walking it by `Character` was 3 % of
  /// `assess`'s instructions.
  /// - Parameter text: The term as written in ``Terms``.
  init(_ text: String) {
    let bytes = Array(text.utf8)
    let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    var segments: [Segment] = []
    var literalStart = 0
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "{") else { index += 1; continue }
      var close = index + 1
      while close < bytes.count, bytes[close] != UInt8(ascii: "}") { close += 1 }
      guard close < bytes.count, close > index + 1, bytes[(index + 1)..<close].allSatisfy(isLetter) else { index += 1; continue }
      if index > literalStart { segments.append(.literal(String(decoding: bytes[literalStart..<index], as: UTF8.self))) }
      segments.append(.placeholder(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)))
      index = close + 1
      literalStart = index
    }
    if bytes.count > literalStart { segments.append(.literal(String(decoding: bytes[literalStart...], as: UTF8.self))) }
    self.segments = segments
    placeholders = Set(segments.compactMap { if case .placeholder(let name) = $0 { name } else { nil } })
  }

  /// The term tables the ``Localizer`` reads: the reports' (``Terms``), the answering pages'
  /// (``ServerTerms``), the improvement plan's (``PlanTerms``), the crosswalk profile's
  /// (``ProfileTerms``), the workbook's (``WorkbookTerms``) and the board pack's
  /// (``BoardPackTerms``). A key is in one of them only (a test checks).
  static let tables: [[String: (zh: String, en: String)]] = [Terms.table, ServerTerms.table, PlanTerms.table, ProfileTerms.table, WorkbookTerms.table, BoardPackTerms.table]

  /// Every term of ``tables`` cut, by key, in one language.
  ///
  /// - Parameter language: The language.
  static func table(for language: Language) -> [String: TermText] {
    switch language {
    case .traditionalChinese: traditionalChinese
    case .english: english
    }
  }

  /// Every term of ``tables`` cut, by language and key (both languages are cut).
  static var all: [Language: [String: TermText]] { [.traditionalChinese: traditionalChinese, .english: english] }

  /// The terms in Traditional Chinese, cut when first asked for: a run writes one language.
  private static let traditionalChinese = cut { $0.zh }
  /// The terms in English, cut when first asked for.
  private static let english = cut { $0.en }

  /// Every term of ``tables`` in one language, cut.
  ///
  /// - Parameter text: Picks a term's text in the language.
  private static func cut(_ text: ((zh: String, en: String)) -> String) -> [String: TermText] {
    let merged = tables.reduce(into: [String: (zh: String, en: String)]()) { all, table in all.merge(table) { first, _ in first } }
    return merged.mapValues { TermText(text($0)) }
  }
}
