import FinCyberCore

/// What every printed page of the board pack carries in its margins (CSS `@page` margin boxes,
/// which Chromium prints): a running header with the institution, the period and the draft or
/// final status, and the page number of the page count.
///
/// The texts go into CSS strings inside the page's `<style>`, where HTML escapes are not decoded:
/// every character that HTML or CSS would read otherwise is written as a CSS escape instead, so
/// that the template's ordinary escaping leaves the text as it is and no name can end the string.
struct PrintView {
  var runningHeader: String
  /// The page-number line around its two counters: before the page, between, after the count.
  var pageBefore: String
  var pageBetween: String
  var pageAfter: String

  /// - Parameters:
  ///   - institution: The institution's name.
  ///   - period: The assessment's period.
  ///   - final: Whether the responses are final.
  ///   - words: The report's words.
  init(institution: String, period: String, final: Bool, _ words: Localizer) {
    runningHeader = Self.cssString(
      words.text("printRunningHeader", ["institution": institution, "period": period, "status": words.text(final ? "statusFinal" : "statusDraftShort")]))
    // The term with markers for the counters, cut at them.
    let line = words.text("printPageOf", ["page": "\u{1}", "pages": "\u{2}"])
    let (before, rest) = Self.cut(line, at: "\u{1}")
    let (between, after) = Self.cut(rest, at: "\u{2}")
    (pageBefore, pageBetween, pageAfter) = (Self.cssString(before), Self.cssString(between), Self.cssString(after))
  }

  /// The text before and after the first marker.
  private static func cut(_ text: String, at marker: Unicode.Scalar) -> (String, String) {
    let scalars = Array(text.unicodeScalars)
    guard let index = scalars.firstIndex(of: marker) else { return (text, "") }
    return (String(String.UnicodeScalarView(scalars[..<index])), String(String.UnicodeScalarView(scalars[(index + 1)...])))
  }

  /// A text as the inside of a double-quoted CSS string: letters, digits, spaces and characters
  /// beyond ASCII as they are; every other character (quotes, `\`, `<`, `&`, controls) as a CSS
  /// hex escape, which ends in a space.
  ///
  /// - Parameter text: The text.
  static func cssString(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.value > 0x7F ? scalar.properties.generalCategory != .control && scalar.value != 0x2028 && scalar.value != 0x2029
        : (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || ".,:;·()-_/".unicodeScalars.contains(scalar))
      {
        out.unicodeScalars.append(scalar)
      } else {
        out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
      }
    }
    return out
  }
}
