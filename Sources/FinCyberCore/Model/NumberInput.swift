import Foundation

/// The one rule for a number typed by a person (an outcome indicator's measured value): the
/// decimal separator is a point, and commas may only group digits in threes before it.
///
/// - `1500`, `1,500`, `1,500,000.25`, `-3.5`, `.5` and `12.` are read as written;
/// - `1,5`, `12,5`, `1,50`, `1,5000` and `,500` are refused: a comma there may be a decimal comma
///   (as many European spreadsheets write it), and guessing would save 15 for 1.5;
/// - white space around the number is ignored; any other character is refused.
public enum NumberInput {
  /// Why a text is not a number by the rule.
  public enum Problem: Error, Sendable, Equatable {
    /// The text holds something other than digits, one point, a leading sign and grouping commas.
    case notNumber
    /// A comma does not separate groups of exactly three digits before the point.
    case badGrouping
  }

  /// Reads a typed number.
  ///
  /// - Parameter text: The text as typed.
  /// - Returns: The value, or why it is refused.
  public static func parse(_ text: String) -> Result<Double, Problem> {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    var body = Substring(trimmed)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = pieces[0]
    let fraction = pieces.count > 1 ? pieces[1] : ""
    let digits: (Substring) -> Bool = { $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    guard !body.isEmpty, digits(fraction), !(whole.isEmpty && fraction.isEmpty) else { return .failure(.notNumber) }
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.allSatisfy(digits) else { return .failure(.notNumber) }
    if groups.count > 1 {
      guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
        return .failure(.badGrouping)
      }
    }
    let plain = trimmed.replacingOccurrences(of: ",", with: "")
    guard let value = Double(plain), value.isFinite else { return .failure(.notNumber) }
    return .success(value)
  }
}
