import Foundation

/// A form as a browser posts it (`application/x-www-form-urlencoded`), for the tests that drive
/// `fincyber serve`, in process or through the binary.
public enum FormBody {
  /// The fields, in order, percent-encoded.
  ///
  /// - Parameter fields: Each field's name and value; a name may repeat.
  public static func encode(_ fields: [(String, String)]) -> [UInt8] {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let text = fields.map { name, value in
      name.addingPercentEncoding(withAllowedCharacters: allowed)! + "=" + value.addingPercentEncoding(withAllowedCharacters: allowed)!
    }.joined(separator: "&")
    return Array(text.utf8)
  }
}
