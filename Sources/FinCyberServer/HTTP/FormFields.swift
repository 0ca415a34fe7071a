/// The fields of an `application/x-www-form-urlencoded` body or query, in order, repeats kept.
struct FormFields: Sendable, Equatable {
  /// The fields as sent.
  var pairs: [(name: String, value: String)]

  /// Parses an urlencoded string; malformed percent escapes are kept as they are.
  ///
  /// - Parameter encoded: The body or query.
  init(_ encoded: String) {
    pairs = encoded.split(separator: "&", omittingEmptySubsequences: true).map { part in
      let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decode(pieces[0])
      let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
      return (name, value)
    }
  }

  /// The first value of a field, or nil.
  subscript(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

  /// Every value of a field, in order.
  func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

  static func == (lhs: FormFields, rhs: FormFields) -> Bool {
    lhs.pairs.map(\.name) == rhs.pairs.map(\.name) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
  }

  /// Decodes `+` as a space and `%XX` escapes as UTF-8 bytes; invalid UTF-8 becomes U+FFFD.
  static func decode(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = Array(text.utf8)[...]
    while let byte = iterator.popFirst() {
      switch byte {
      case UInt8(ascii: "+"):
        bytes.append(UInt8(ascii: " "))
      case UInt8(ascii: "%"):
        if iterator.count >= 2, let high = hex(iterator[iterator.startIndex]), let low = hex(iterator[iterator.startIndex + 1]) {
          bytes.append(high << 4 | low)
          iterator = iterator.dropFirst(2)
        } else {
          bytes.append(byte)
        }
      default:
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hex(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
