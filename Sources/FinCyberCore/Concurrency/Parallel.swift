import Foundation

/// Work spread over every core, with results in the order of their indices.
public enum Parallel {
  /// Computes `body(0) … body(count − 1)` on every core.
  ///
  /// - Parameters:
  ///   - count: How many results.
  ///   - body: Computes the result for one index; it may run on any thread.
  /// - Returns: The results, index by index.
  public static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
    let slots = Slots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, body(index)) }
    return slots.values.map { $0! }
  }

  /// Computes `body(0) … body(count − 1)` on every core, each until its first error.
  ///
  /// - Parameters:
  ///   - count: How many results.
  ///   - body: Computes the result for one index; it may run on any thread.
  /// - Returns: The results, index by index.
  /// - Throws: The error of the lowest index that failed, so that the error does not depend on
  ///   which thread ran first.
  public static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> Value) throws -> [Value] {
    try map(count) { index in Result { try body(index) } }.map { try $0.get() }
  }

  /// Computes two things at once, on two cores.
  ///
  /// - Parameters:
  ///   - first: One computation.
  ///   - second: The other.
  /// - Returns: Both results.
  /// - Throws: The first computation's error if it failed, else the second's: the same error as
  ///   when the two run one after the other.
  public static func both<First: Sendable, Second: Sendable>(
    _ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second
  ) throws -> (First, Second) {
    let results = Pair<First, Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 { results.first = Result { try first() } } else { results.second = Result { try second() } }
    }
    return (try results.first!.get(), try results.second!.get())
  }

  /// Two results, each written by one thread and read once both threads are done.
  private final class Pair<First, Second>: @unchecked Sendable {
    var first: Result<First, Error>?
    var second: Result<Second, Error>?
  }

  /// One slot per index, written from many threads.
  private final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }
  }
}
