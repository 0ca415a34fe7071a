import Foundation
import Testing

@testable import FinCyberReports

/// The charts' numbers are written by integer arithmetic; printf's "%.2f" is the reference.
@Suite struct ChartNumberTests {
  static let edges: [Double] = [
    0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.006, 0.01, 0.1, 0.125, 0.375, 1.005, 1.115, 2.675, 12.125, 99.995,
    230, 230.5, 530, -1.5, -12.345, 1e14, -1e14, 1e16, .nan, .infinity, -.infinity, 0.1 + 0.2,
  ]

  @Test(arguments: edges)
  func edgeCasesMatchPrintf(_ value: Double) {
    #expect(ChartNumber.text(value) == ChartNumber.printed(value), "\(value)")
  }

  @Test func chartCoordinatesMatchPrintf() {
    // Every coordinate a box plot or a radar chart can take at a percentage with up to four
    // decimals, and a spread of random values.
    var generator = SystemRandomNumberGenerator()
    var values = (0...100_000).map { 230 + 300 * Double($0) / 100_000 }
    values += (0..<100_000).map { _ in Double.random(in: -1_000...1_000, using: &generator) }
    let differing = values.filter { ChartNumber.text($0) != ChartNumber.printed($0) }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  @Test func writesAtMostTwoDecimalsWithoutTrailingZeros() {
    #expect(ChartNumber.text(12.5) == "12.5")
    #expect(ChartNumber.text(40) == "40")
    #expect(ChartNumber.text(3.14159) == "3.14")
    #expect(ChartNumber.text(-0.001) == "0")
    #expect(ChartNumber.text(7.05) == "7.05")
  }
}
