/// What a model calls its parts, in each of its languages: the Roadmap model's domains are
/// pillars (支柱), the FFIEC CAT's are domains. Every output that names a part takes the word
/// from here.
public struct Vocabulary: Sendable, Hashable {
  /// A part of the model that the vocabulary names.
  public enum Part: String, Sendable, CaseIterable, Hashable {
    case domain
    case factor
    case component
    case statement
  }

  /// The words for one part.
  public struct Term: Sendable, Hashable {
    /// One of them, lower case where the language has case: "pillar".
    public var singular: LocalizedText
    /// More than one: "pillars".
    public var plural: LocalizedText

    /// Creates a term.
    ///
    /// - Parameters:
    ///   - singular: The word for one.
    ///   - plural: The word for more than one.
    public init(singular: LocalizedText, plural: LocalizedText) {
      self.singular = singular
      self.plural = plural
    }
  }

  /// The words, by part; every part has one.
  public var terms: [Part: Term]

  /// Creates a vocabulary.
  ///
  /// - Parameter terms: The words for every part.
  public init(terms: [Part: Term]) { self.terms = terms }

  /// The word for one of a part, as written in the model ("pillar").
  ///
  /// - Parameters:
  ///   - part: The part.
  ///   - language: The language.
  public func singular(_ part: Part, _ language: Language) -> String { terms[part]?.singular.text(language) ?? part.rawValue }

  /// The word for more than one of a part, as written in the model ("pillars").
  ///
  /// - Parameters:
  ///   - part: The part.
  ///   - language: The language.
  public func plural(_ part: Part, _ language: Language) -> String { terms[part]?.plural.text(language) ?? part.rawValue }
}
