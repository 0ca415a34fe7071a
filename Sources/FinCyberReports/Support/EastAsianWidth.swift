/// Which characters East Asian text draws a full em wide (two columns on a terminal): Han, kana,
/// Hangul, and the full-width forms. The terminal summary and the charts both measure text by it.
enum EastAsianWidth {
  /// Whether a character is wide.
  ///
  /// - Parameter scalar: The character.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
      || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
  }
}
