import Testing

@testable import FinCyberServer

/// Each run listens on a random loopback address of its own, and falls back to 127.0.0.1 (and
/// says so) where the system cannot bind another.
@Suite struct LoopbackAddressTests {
  @Test func randomAddressesAreInTheLoopbackBlockAndAvoidTheShared() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let address = LoopbackAddress.random(using: &generator)
      let bytes = address.split(separator: ".").compactMap { Int($0) }
      #expect(bytes.count == 4 && bytes[0] == 127 && bytes.allSatisfy { (0...255).contains($0) }, "\(address)")
      #expect(bytes.last != 0 && bytes.last != 255, "\(address)")
      #expect(address != "127.0.0.1")
    }
  }

  @Test func aRandomAddressIsChosenWhereItCanBeBound() {
    let choice = LoopbackAddress.choose { _ in true }
    #expect(!choice.isFallback)
    #expect(choice.address.hasPrefix("127.") && choice.address != "127.0.0.1")
  }

  @Test func withoutOtherLoopbackAddressesTheRunFallsBackToTheSharedOne() {
    // macOS configures only 127.0.0.1 on its loopback interface.
    #expect(LoopbackAddress.choose { _ in false } == LoopbackAddress.Choice(address: "127.0.0.1", isFallback: true))
  }

  #if os(Linux)
  @Test func linuxBindsTheWholeLoopbackBlock() {
    var generator = SystemRandomNumberGenerator()
    #expect(LoopbackAddress.canBind(LoopbackAddress.random(using: &generator)))
    #expect(!LoopbackAddress.canBind("192.0.2.1"), "an address of no interface (TEST-NET-1) cannot be bound")
  }
  #endif
}
