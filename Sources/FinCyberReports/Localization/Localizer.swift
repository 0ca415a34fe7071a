import FinCyberCore
import Synchronization

/// The product's terms (``Terms``) in one language, filled with one model's words: what it calls
/// its parts, its documents and its levels. Every report, and the answering pages, take their words
/// from here.
public struct Localizer: Sendable {
  /// The language written.
  public let language: Language
  /// The model's words by placeholder name; a part the model lacks has none.
  private let values: [String: String]
  private let terms: [String: TermText]

  /// The placeholders the model fills; any other `{name}` in a term is an argument.
  static let modelPlaceholders: Set<String> = [
    "domain", "domains", "factor", "factors", "component", "components", "statement", "statements",
    "Domain", "Domains", "Factor", "Factors", "Component", "Components", "Statement", "Statements",
    "baseline", "target", "targetTitle", "model", "levelCount", "lowestLevel", "highestLevel",
  ]

  /// Takes the words of a questionnaire, or generic words where there is none.
  ///
  /// - Parameters:
  ///   - language: The language to write.
  ///   - questionnaire: The model whose words fill the placeholders.
  public init(language: Language, questionnaire: Questionnaire?) {
    self.language = language
    terms = TermText.table(for: language)
    var values: [String: String] = [:]
    let generic = ["domain": "genericDomain", "factor": "genericFactor", "component": "genericComponent", "statement": "genericStatement"]
    for part in Vocabulary.Part.allCases {
      let singular = questionnaire?.vocabulary.singular(part, language) ?? Self.plain(terms[generic[part.rawValue]!]!)
      let plural = questionnaire?.vocabulary.plural(part, language) ?? Self.plain(terms[generic[part.rawValue]! + "s"]!)
      values[part.rawValue] = singular
      values[part.rawValue + "s"] = plural
      values[Self.capitalized(part.rawValue)] = Self.capitalized(singular)
      values[Self.capitalized(part.rawValue) + "s"] = Self.capitalized(plural)
    }
    if let questionnaire {
      values["model"] = questionnaire.title.text(language)
      values["baseline"] = questionnaire.complianceBaseline?.shortTitle.text(language)
      values["target"] = questionnaire.targetDocument?.shortTitle.text(language)
      values["targetTitle"] = questionnaire.targetDocument?.title.text(language)
      values["levelCount"] = Self.number(questionnaire.levels.count, terms)
      values["lowestLevel"] = questionnaire.levels.first?.name.text(language)
      values["highestLevel"] = questionnaire.levels.last?.name.text(language)
    }
    self.values = values
  }

  /// Whether the model has every part a term names, so that the term can be shown.
  ///
  /// - Parameter key: The term's key in ``Terms``.
  public func has(_ key: String) -> Bool {
    guard let term = terms[key] else { return false }
    return term.placeholders.allSatisfy { !Self.modelPlaceholders.contains($0) || values[$0] != nil }
  }

  /// A term with the model's words and the given arguments filled in.
  ///
  /// A view shows a term only where ``has(_:)`` says the model can fill it.
  /// - Parameters:
  ///   - key: The term's key in ``Terms``.
  ///   - arguments: The text for each of its other `{name}` places.
  public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
    guard let term = terms[key] else { preconditionFailure("no term '\(key)'") }
    return fill(term, arguments)
  }

  /// A term for a count: the `One` form of the key for one, where there is one.
  ///
  /// - Parameters:
  ///   - key: The term's key for any count but one.
  ///   - count: The count, given to the term as `{n}` unless the arguments name it otherwise.
  ///   - arguments: The text for the term's other places.
  public func text(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
    let chosen = count == 1 && terms[key + "One"] != nil ? key + "One" : key
    return text(chosen, arguments.merging(["n": String(count)]) { given, _ in given })
  }

  /// The first of several terms that the model can fill.
  ///
  /// - Parameters:
  ///   - keys: The terms, most specific first.
  ///   - arguments: The text for their other places.
  public func first(_ keys: [String], _ arguments: [String: String] = [:]) -> String? {
    keys.first(where: has).map { text($0, arguments) }
  }

  /// Every term the model can fill and that needs no argument, for templates as `{{labels.key}}`.
  ///
  /// Kept for the last few models and languages asked for: a cohort writes thousands of position
  /// reports in one language for one model, and filling every term took a tenth of each.
  public var labels: [String: String] {
    let key = LabelsKey(language: language, values: values)
    if let kept = Self.kept.withLock({ $0[key] }) { return kept }
    var labels: [String: String] = [:]
    labels.reserveCapacity(terms.count)
    for (key, term) in terms where term.placeholders.allSatisfy({ Self.modelPlaceholders.contains($0) && values[$0] != nil }) {
      labels[key] = fill(term, [:])
    }
    Self.kept.withLock { kept in
      if kept.count >= 16 { kept.removeAll() }
      kept[key] = labels
    }
    return labels
  }

  /// What the labels are filled from: the language and the model's words, nothing else.
  private struct LabelsKey: Hashable {
    var language: Language
    var values: [String: String]
  }
  /// The labels filled last, by what they were filled from.
  private static let kept = Mutex<[LabelsKey: [String: String]]>([:])

  /// A text of the model in this language.
  ///
  /// - Parameter text: The text.
  public func name(_ text: LocalizedText) -> String { text.text(language) }

  /// A level's name, or the words for below the lowest level.
  ///
  /// - Parameter level: The level reached, or nil for none.
  public func levelName(_ level: MaturityLevel?) -> String { level?.name.text(language) ?? text("belowLowest") }

  /// A small count in words (`five`, `五`), larger ones in digits.
  ///
  /// - Parameter count: The count.
  public func number(_ count: Int) -> String { Self.number(count, terms) }

  /// Items joined as a list with "and" (`A, B and C`; `A、B與C`).
  ///
  /// - Parameter items: The items, in order.
  public func list(_ items: [String]) -> String { join(items, last: "listAnd") }

  /// Items joined as alternatives with "or" (`A, B or C`; `A、B或C`).
  ///
  /// - Parameter items: The items, in order.
  public func alternatives(_ items: [String]) -> String { join(items, last: "listOr") }

  /// A name as it reads inside a sentence: English lower-cases a capital that only starts the name
  /// ("Not applicable" → "not applicable"), and leaves "N/A" or "NIST" as they are.
  ///
  /// - Parameter name: The name as the model writes it.
  public func inSentence(_ name: String) -> String {
    guard language == .english else { return name }
    let scalars = Array(name.unicodeScalars)
    guard scalars.count > 1, scalars[0].properties.isUppercase, scalars[1].properties.isLowercase else { return name }
    return String(String.UnicodeScalarView(scalars[0].properties.lowercaseMapping.unicodeScalars + scalars[1...]))
  }

  /// A name as an argument in both forms: `{key}` inside a sentence and `{Key}` to start one.
  ///
  /// - Parameters:
  ///   - name: The name as the model writes it.
  ///   - key: The argument's name, lower case.
  public func word(_ name: String, as key: String) -> [String: String] {
    [key: inSentence(name), Self.capitalized(key): Self.capitalized(name)]
  }

  /// A word with its first letter upper-cased, where the language has case.
  ///
  /// - Parameter word: The word.
  static func capitalized(_ word: String) -> String {
    guard let first = word.unicodeScalars.first else { return word }
    return first.properties.uppercaseMapping + String(word.unicodeScalars.dropFirst())
  }

  /// Items joined with separators and a conjunction before the last.
  private func join(_ items: [String], last key: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    let separator = language == .traditionalChinese ? "、" : ", "
    let conjunction = language == .traditionalChinese ? text(key) : " " + text(key) + " "
    return items.dropLast().joined(separator: separator) + conjunction + items.last!
  }

  /// A count in words from the `numberWords` term, or in digits.
  private static func number(_ count: Int, _ terms: [String: TermText]) -> String {
    let words = plain(terms["numberWords"]!).split(separator: " ")
    return words.indices.contains(count) ? String(words[count]) : String(count)
  }

  /// A term's literal text, for terms without placeholders.
  private static func plain(_ term: TermText) -> String {
    term.segments.map { if case .literal(let text) = $0 { text } else { "" } }.joined()
  }

  /// A term with its placeholders filled from the arguments, then the model's words; a placeholder
  /// with neither is left as it is.
  private func fill(_ term: TermText, _ arguments: [String: String]) -> String {
    // One pass over the term, so that a value holding `{name}` (an institution's name may) is never
    // filled in itself.
    var text = ""
    var afterValue = false
    for segment in term.segments {
      switch segment {
      case .literal(let literal):
        if afterValue { spaceBetween(&text, literal) }
        text += literal
        afterValue = false
      case .placeholder(let name):
        guard let value = arguments[name] ?? values[name] else {
          text += "{" + name + "}"
          continue
        }
        spaceBetween(&text, value)
        text += value
        afterValue = true
      }
    }
    return text
  }

  /// zh-TW puts a space between a Han character and a Latin letter or digit ("已符合 92%", "尚有 8 項"):
  /// where a filled-in value meets the term's text, the space is added.
  private func spaceBetween(_ text: inout String, _ next: String) {
    guard language == .traditionalChinese, let before = text.unicodeScalars.last, let after = next.unicodeScalars.first else { return }
    if (Self.isHan(before) && Self.isLatinOrDigit(after)) || (Self.isLatinOrDigit(before) && Self.isHan(after)) { text += " " }
  }

  /// Whether a character is a Han character.
  private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x3400...0x4DBF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
      || (0x20000...0x3FFFF).contains(scalar.value)
  }

  /// Whether a character is an ASCII letter or digit.
  private static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
  }
}
