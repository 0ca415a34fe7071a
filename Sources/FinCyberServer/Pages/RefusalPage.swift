import FinCyberReports

/// The short page that says why a request was not served, in each of the model's languages that
/// fincyber writes: it is shown before a language is chosen (a request without the token), so it
/// cannot know which one the user reads.
enum RefusalPage {
  /// The page's HTML; only a refusal for want of the token (403) tells the user to open the
  /// address with its token.
  ///
  /// - Parameters:
  ///   - status: The HTTP status.
  ///   - reason: Why, as the server says it.
  ///   - words: The words of each language to say it in, the model's own first.
  static func html(status: Int, reason: String, words: [Localizer]) -> String {
    let needsToken = status == 403
    let languages: [[String: String]] = words.map { words in
      [
        "lang": words.language.rawValue, "heading": words.text(needsToken ? "accessRefused" : "notServed"),
        "hint": words.text("openPrintedAddress"),
      ]
    }
    let view: [String: Any] = [
      "lang": languages.first?["lang"] ?? "en", "title": languages.map { $0["heading"] ?? "" }.joined(separator: " "),
      "languages": languages, "reason": reason, "needsToken": needsToken,
    ]
    return PageTemplates.bundled?.render("refused", view) ?? reason
  }
}
