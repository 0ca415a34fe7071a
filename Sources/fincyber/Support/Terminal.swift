import Foundation

/// Writes to the terminal: results to standard output, problems to standard error.
///
/// Every text is made safe for a terminal first (``safe(_:)``): file names and values from files
/// are printed, and a file named with an escape sequence must not recolour, retitle or rewrite
/// the terminal, nor a bidirectional override make a name read as another.
enum Terminal {
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data((safe(text) + "\n").utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((safe(text) + "\n").utf8))
  }

  /// The text with every control character but line feed and tab, and every bidirectional
  /// formatting character, shown as `\u{…}`: C0 controls (ESC, CR, BEL …), DEL, C1 controls
  /// (U+0080–U+009F, among them the one-byte CSI U+009B) and U+061C, U+200E, U+200F,
  /// U+202A–U+202E, U+2066–U+2069.
  static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var shown = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        shown.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        shown.append(scalar)
      }
    }
    return String(shown)
  }

  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
