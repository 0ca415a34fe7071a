import FinCyberCore
import FinCyberReports

/// The answering pages' words for one model, from the product's one localisation layer
/// (``Localizer``): for each language the model gives its texts in that fincyber writes, the
/// terms filled with the model's own words, made once for the whole run.
struct PageWords: Sendable {
  /// The languages the pages can be shown in, in the model's order.
  let languages: [Language]
  private let localizers: [Language: Localizer]
  private let labels: [Language: [String: String]]

  /// Fills the terms with a questionnaire's words in each language it speaks.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire answered.
  ///   - language: The pages' default language, used alone should the model speak none that
  ///     fincyber writes (the command line refuses such a model before it gets here).
  init(_ questionnaire: Questionnaire, default language: Language) {
    let spoken = questionnaire.languages.compactMap(Language.init(rawValue:))
    languages = spoken.isEmpty ? [language] : spoken
    let localizers = Dictionary(uniqueKeysWithValues: languages.map { ($0, Localizer(language: $0, questionnaire: questionnaire)) })
    self.localizers = localizers
    labels = localizers.mapValues(\.labels)
  }

  /// The words in each language, the model's own first.
  var all: [Localizer] { languages.map(localizer) }

  /// The words in a language; a language the model does not speak gets its first.
  ///
  /// - Parameter language: The language.
  func localizer(_ language: Language) -> Localizer { localizers[language] ?? localizers[languages[0]]! }

  /// Every term that needs no argument, in a language, for the templates as `{{labels.key}}`.
  ///
  /// - Parameter language: The language.
  func labels(_ language: Language) -> [String: String] { labels[language] ?? labels[languages[0]]! }

  /// The language to show: the one asked for when the model speaks it, else the fallback.
  ///
  /// - Parameters:
  ///   - asked: The language asked for (a cookie's or a form's value), if any.
  ///   - fallback: The language otherwise.
  func language(_ asked: String?, else fallback: Language) -> Language {
    asked.flatMap(Language.init(rawValue:)).flatMap { languages.contains($0) ? $0 : nil } ?? fallback
  }

  /// The languages a page in one language can switch to, each with its name in itself.
  ///
  /// - Parameter current: The page's language.
  func others(than current: Language) -> [[String: String]] {
    languages.filter { $0 != current }.map { ["lang": $0.rawValue, "name": localizer($0).text("languageSelf")] }
  }
}
