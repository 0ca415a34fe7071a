import ArgumentParser
import FinCyberCore

extension Language: ExpressibleByArgument {}

/// `--lang`: the language a command writes in. By default the questionnaire's own (its first
/// declared language that fincyber writes), so a model in one language needs no `--lang`.
struct LanguageOption: ParsableArguments {
  @Option(name: .long, help: "The language to write in, one the questionnaire declares (default: the questionnaire's own).")
  var lang: Language?

  /// The language asked for, else the model's own.
  ///
  /// - Parameter model: The questionnaire whose texts are written.
  /// - Throws: `ValidationError` when the model gives no texts in the language asked for: it is
  ///   refused before anything is written, naming the model's languages.
  func language(for model: Questionnaire) throws -> Language {
    guard let lang else { return Self.own(model) }
    guard model.speaks(lang) else {
      let writable = model.languages.filter { Language(rawValue: $0) != nil }
      throw ValidationError(
        "--lang \(lang.rawValue): questionnaire '\(model.id)' has no texts in \(lang.rawValue); it is written in "
          + model.languages.joined(separator: " and ") + " — pass --lang " + writable.joined(separator: " or ") + ", or leave --lang out")
    }
    return lang
  }

  /// The model's own language: its first declared language that fincyber writes.
  ///
  /// - Parameter model: The questionnaire.
  static func own(_ model: Questionnaire) -> Language {
    // The loader refuses a model that declares no language fincyber writes.
    model.defaultLanguage ?? .english
  }
}
