import FinCyberCore
import Testing

/// A typed number: a decimal point, and commas only between groups of three digits.
@Suite struct NumberInputTests {
  @Test(arguments: [
    ("1500", 1500.0), ("1,500", 1500), ("1,500,000.25", 1_500_000.25), ("12.5", 12.5), ("-3.5", -3.5), (" 42 ", 42),
    (".5", 0.5), ("+7", 7), ("999,999", 999_999),
  ])
  func aNumberByTheRuleIsReadAsWritten(_ text: String, _ value: Double) {
    #expect(NumberInput.parse(text) == .success(value))
  }

  @Test(arguments: ["1,5", "12,5", "1,50", "1,5000", ",500", "1,500,00", "1234,567"])
  func aCommaThatDoesNotGroupThreeDigitsIsRefused(_ text: String) {
    #expect(NumberInput.parse(text) == .failure(.badGrouping))
  }

  @Test(arguments: ["", "12%", "1e5", "abc", ".", "-", "1.2.3", "1 500", "NaN", "inf"])
  func anythingElseIsNotANumber(_ text: String) {
    #expect(NumberInput.parse(text) == .failure(.notNumber))
  }
}
