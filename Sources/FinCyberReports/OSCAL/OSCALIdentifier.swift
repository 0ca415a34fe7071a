import FinCyberCore

/// Stable OSCAL UUIDs: the same assessment gives the same ids in every export, so that tools can
/// follow a finding across revisions.
///
/// Each id is name-based: the first 128 bits of SHA-256 over a name made of the response file's
/// fingerprint and the item's id, with the version and variant bits set as RFC 4122 asks of a
/// name-based (version 5) UUID, the form OSCAL's `UUIDDatatype` accepts.
enum OSCALIdentifier {
  static func uuid(_ name: String) -> String {
    var hex = Array(SHA256.hex(Array(name.utf8)).prefix(32))
    hex[12] = "5"
    let variant = Int(String(hex[16]), radix: 16)! & 0x3 | 0x8
    hex[16] = Character(String(variant, radix: 16))
    let text = String(hex)
    let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
      String(text[text.index(text.startIndex, offsetBy: range.lowerBound)..<text.index(text.startIndex, offsetBy: range.upperBound)])
    }
    return parts.joined(separator: "-")
  }
}
