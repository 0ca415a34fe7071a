import Foundation

/// A form of one of the server's pages, read as a browser would send it untouched: hidden and
/// text inputs, the checked radios, the textareas and each select's selected option, in page
/// order, without its CSRF token (``InProcessClient/post(_:_:headers:csrf:)`` adds it) or buttons.
enum PageForm {
  /// The fields of the page's form that posts to an address.
  ///
  /// - Parameters:
  ///   - page: The page's HTML.
  ///   - action: The form's action.
  static func fields(of page: String, action: String) -> [(String, String)] {
    guard let start = page.range(of: #"<form method="post" action="\#(action)""#),
      let end = page.range(of: "</form>", range: start.upperBound..<page.endIndex)
    else { return [] }
    let form = String(page[start.upperBound..<end.lowerBound])
    var found: [(offset: Int, name: String, value: String)] = []
    let offset = { (index: String.Index) in form.distance(from: form.startIndex, to: index) }
    for match in form.matches(of: /<input([^>]*)>/) {
      let tag = String(match.output.1)
      guard let name = attribute("name", in: tag), name != "csrf" else { continue }
      if tag.contains(#"type="radio""#) && !tag.contains(" checked") { continue }
      found.append((offset(match.range.lowerBound), name, attribute("value", in: tag) ?? ""))
    }
    for match in form.matches(of: /<textarea([^>]*)>([^<]*)<\/textarea>/) {
      guard let name = attribute("name", in: String(match.output.1)) else { continue }
      found.append((offset(match.range.lowerBound), name, unescape(String(match.output.2))))
    }
    for match in form.matches(of: /<select([^>]*)>(.*?)<\/select>/.dotMatchesNewlines()) {
      guard let name = attribute("name", in: String(match.output.1)) else { continue }
      let options = String(match.output.2)
      let selected = options.firstMatch(of: /<option value="([^"]*)" selected>/) ?? options.firstMatch(of: /<option value="([^"]*)"/)
      found.append((offset(match.range.lowerBound), name, unescape(selected.map { String($0.output.1) } ?? "")))
    }
    return found.sorted { $0.offset < $1.offset }.map { ($0.name, $0.value) }
  }

  /// An attribute's value in a tag, unescaped.
  private static func attribute(_ name: String, in tag: String) -> String? {
    tag.firstMatch(of: try! Regex(" \(name)=\"([^\"]*)\"")).flatMap { $0.output[1].substring.map { unescape(String($0)) } }
  }

  /// Text with the template's escapes undone.
  static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&#x3D;", with: "=")
      .replacingOccurrences(of: "&#x60;", with: "`").replacingOccurrences(of: "&amp;", with: "&")
  }
}
