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
