import FinCyberCore
import Testing

@Suite struct ParallelTests {
  @Test func resultsKeepTheOrderOfTheirIndices() {
    #expect(Parallel.map(1000) { $0 * $0 } == (0..<1000).map { $0 * $0 })
    #expect(Parallel.map(0) { $0 }.isEmpty)
  }

  struct Failed: Error, Equatable {
    var index: Int
  }

  @Test func theErrorOfTheLowestFailingIndexIsThrown() {
    #expect(throws: Failed(index: 37)) {
      try Parallel.map(500) { index in
        if index % 100 == 37 || index == 499 { throw Failed(index: index) }
        return index
      }
    }
  }
}
