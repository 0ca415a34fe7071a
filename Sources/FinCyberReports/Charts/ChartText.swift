/// Text in the charts' SVG: how wide it is, and how it is wrapped or shortened to fit, so that no
/// label runs out of its drawing or over another. The full text is always in the chart's data table.
///
/// Widths are estimated from the characters, a little wider than the fonts the reports name draw
/// them: East Asian wide characters take a full em, Latin letters about half of one.
public enum ChartText {
  /// The marker that ends a shortened label.
  static let ellipsis = "…"

  /// The estimated width of a text at a font size, in the SVG's user units.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - fontSize: The font size.
  public static func width(_ text: String, fontSize: Double) -> Double {
    text.unicodeScalars.reduce(0) { $0 + em($1) } * fontSize
  }

  /// A text cut into lines no wider than a width, at spaces or between East Asian characters; when
  /// more lines would be needed, the last one ends with "…".
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - width: The widest a line may be.
  ///   - fontSize: The font size.
  ///   - lines: The most lines allowed.
  public static func wrap(_ text: String, width: Double, fontSize: Double, lines: Int) -> [String] {
    // Each line with whether a space stood before it, to join the first line left out back on.
    var result: [(text: String, spaceBefore: Bool)] = []
    var line = ""
    var lineSpaceBefore = false
    for unit in units(text) {
      let candidate = line.isEmpty ? unit.text : line + (unit.spaceBefore ? " " : "") + unit.text
      if line.isEmpty || self.width(candidate, fontSize: fontSize) <= width {
        if line.isEmpty { lineSpaceBefore = unit.spaceBefore }
        line = candidate
      } else {
        result.append((line, lineSpaceBefore))
        (line, lineSpaceBefore) = (unit.text, unit.spaceBefore)
      }
    }
    if !line.isEmpty { result.append((line, lineSpaceBefore)) }
    // A single unit wider than the line (a long word) is shortened where it stands.
    let fitted = result.map { self.width($0.text, fontSize: fontSize) <= width ? $0.text : fit($0.text, width: width, fontSize: fontSize) }
    guard fitted.count > lines else { return fitted }
    let rest = (result[lines].spaceBefore ? " " : "") + result[lines].text
    return Array(fitted.prefix(lines - 1)) + [fit(result[lines - 1].text + rest, width: width, fontSize: fontSize, forceEllipsis: true)]
  }

  /// A text on one line no wider than a width, shortened with "…" when it is wider.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - width: The widest it may be.
  ///   - fontSize: The font size.
  public static func fit(_ text: String, width: Double, fontSize: Double) -> String {
    fit(text, width: width, fontSize: fontSize, forceEllipsis: false)
  }

  /// A text shortened to a width; with `forceEllipsis`, marked as shortened even when it fits.
  private static func fit(_ text: String, width: Double, fontSize: Double, forceEllipsis: Bool) -> String {
    guard forceEllipsis || self.width(text, fontSize: fontSize) > width else { return text }
    var scalars = String.UnicodeScalarView()
    let room = width - self.width(ellipsis, fontSize: fontSize)
    var used = 0.0
    for scalar in text.unicodeScalars {
      let next = em(scalar) * fontSize
      if used + next > room { break }
      scalars.append(scalar)
      used += next
    }
    // A shortened line does not end in a space before its ellipsis.
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars) + ellipsis
  }

  /// A word of Latin text, or one East Asian character, which a line may end after.
  private struct Unit {
    var text: String
    /// Whether white space stands between it and the unit before.
    var spaceBefore: Bool
  }

  /// The text cut into the pieces a line may end after.
  private static func units(_ text: String) -> [Unit] {
    var units: [Unit] = []
    var word = String.UnicodeScalarView()
    var space = false
    func endWord() {
      if !word.isEmpty { units.append(Unit(text: String(word), spaceBefore: space)) }
      if !word.isEmpty { space = false }
      word = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        endWord()
        space = true
      } else if EastAsianWidth.isWide(scalar) {
        endWord()
        units.append(Unit(text: String(scalar), spaceBefore: space))
        space = false
      } else {
        word.append(scalar)
      }
    }
    endWord()
    return units
  }

  /// A character's width in ems, rounded up from Arial's and Noto Sans's.
  private static func em(_ scalar: Unicode.Scalar) -> Double {
    if EastAsianWidth.isWide(scalar) { return 1 }
    if scalar.properties.generalCategory == .nonspacingMark { return 0 }
    switch scalar {
    case " ", "f", "i", "j", "l", "r", "t", "I", "!", ".", ",", ":", ";", "'", "|", "(", ")", "[", "]", "’": return 0.34
    case "m", "w", "M", "W", "@", "%", "—", "…": return 0.95
    case "A"..."Z": return 0.7
    case "0"..."9": return 0.58
    case "a"..."z": return 0.58
    default: return 0.64
    }
  }
}
