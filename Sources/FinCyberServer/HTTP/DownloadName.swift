import Foundation

/// What a download is called on the user's disk: the institution and the period before the file's
/// own name (`First-Bank-2026Q4-gap-report.xml`), so that each quarter's files stay apart.
///
/// The `Content-Disposition` header names it twice (RFC 6266): `filename` in ASCII, every other
/// character of the institution's name made `_` (runs joined, ends trimmed, dropped when nothing
/// is left), and `filename*` in UTF-8, percent-encoded, for the browsers that read it.
enum DownloadName {
  /// The full name, in UTF-8.
  ///
  /// - Parameters:
  ///   - file: The download's own name (`gap-report.xml`).
  ///   - institution: The institution's name.
  ///   - period: The period.
  static func full(_ file: String, institution: String, period: String) -> String {
    let words = institution.split(whereSeparator: { $0.isWhitespace || "/\\:*?\"<>|".contains($0) }).joined(separator: "-")
    return [words, period, file].filter { !$0.isEmpty }.joined(separator: "-")
  }

  /// The name as only ASCII letters, digits, `-`, `_` and `.`.
  ///
  /// - Parameter name: The full name.
  static func ascii(_ name: String) -> String {
    var kept = ""
    for scalar in name.unicodeScalars {
      let safe = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
      let next: Character = safe ? Character(scalar) : "_"
      if next == "_" && (kept.last == "_" || kept.last == "-" || kept.isEmpty) { continue }
      if next == "-" && kept.last == "_" { kept.removeLast() }
      if next == "-" && (kept.isEmpty || kept.last == "-") { continue }
      kept.append(next)
    }
    return String(kept.trimmingCharacters(in: CharacterSet(charactersIn: "-_")))
  }

  /// The header's value.
  ///
  /// - Parameters:
  ///   - file: The download's own name.
  ///   - institution: The institution's name.
  ///   - period: The period.
  static func contentDisposition(_ file: String, institution: String, period: String) -> String {
    let full = full(file, institution: institution, period: period)
    var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
    allowed.insert(charactersIn: "-_.~")
    let encoded = full.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii(full)
    return "attachment; filename=\"\(ascii(full))\"; filename*=UTF-8''\(encoded)"
  }
}
