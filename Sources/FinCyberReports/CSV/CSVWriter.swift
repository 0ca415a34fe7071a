/// Writes RFC 4180 CSV: CRLF line ends, every field quoted when it holds a comma, a quote, or a line break.
struct CSVWriter {
  private(set) var text = ""

  mutating func row(_ fields: [String]) {
    text += fields.map(Self.field).joined(separator: ",") + "\r\n"
  }

  static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The text as UTF-8 with a byte-order mark, which Excel needs to read Chinese text correctly.
  var bytes: [UInt8] { [0xEF, 0xBB, 0xBF] + Array(text.utf8) }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
