/// SHA-256 (FIPS 180-4), so that a report can be tied to the exact bytes of its inputs.
public enum SHA256 {
  private static let k: [UInt32] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]

  /// HMAC-SHA-256 (RFC 2104) of a message under a key, as 64 lowercase hexadecimal digits.
  ///
  /// - Parameters:
  ///   - key: The secret key.
  ///   - message: The message.
  public static func hmacHex(key: [UInt8], message: [UInt8]) -> String {
    var block = key.count > 64 ? bytes(hex(key)) : key
    block += [UInt8](repeating: 0, count: 64 - block.count)
    let inner = bytes(hex(block.map { $0 ^ 0x36 } + message))
    return hex(block.map { $0 ^ 0x5c } + inner)
  }

  private static func bytes(_ hex: String) -> [UInt8] {
    var result: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      result.append(UInt8(hex[index..<next], radix: 16)!)
      index = next
    }
    return result
  }

  /// The digest of some bytes as 64 lowercase hexadecimal digits.
  ///
  /// The whole blocks are read in place and the message schedule lives on the stack: hashing the
  /// bundled questionnaire on every `assess` was 6 % of its instructions with a padded copy of the
  /// input and bounds-checked arrays.
  /// - Parameter bytes: The bytes to hash.
  public static func hex(_ bytes: [UInt8]) -> String {
    var state = State()
    let whole = bytes.count / 64 * 64
    bytes.withUnsafeBufferPointer { input in
      var offset = 0
      while offset < whole {
        state.compress(UnsafeBufferPointer(rebasing: input[offset..<offset + 64]))
        offset += 64
      }
    }
    // The tail: the last partial block, 0x80, zeros and the length in bits, in one or two blocks.
    var tail = Array(bytes[whole...])
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    let bitLength = UInt64(bytes.count) &* 8
    for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
    tail.withUnsafeBufferPointer { input in
      for offset in stride(from: 0, to: input.count, by: 64) { state.compress(UnsafeBufferPointer(rebasing: input[offset..<offset + 64])) }
    }
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for word in state.words() {
      for nibble in (0..<8).reversed() { text.append(digits[Int((word >> UInt32(nibble * 4)) & 0xf)]) }
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The eight working words between blocks.
  private struct State {
    var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
    var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19

    /// The words in order, for the digest.
    func words() -> [UInt32] { [h0, h1, h2, h3, h4, h5, h6, h7] }

    /// Folds one 64-byte block into the state (FIPS 180-4, 6.2.2).
    ///
    /// - Parameter block: Exactly 64 bytes.
    mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        for i in 0..<16 {
          let j = i * 4
          w[i] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
        }
        for i in 16..<64 {
          let s0 = w[i - 15].rotatedRight(7) ^ w[i - 15].rotatedRight(18) ^ (w[i - 15] >> 3)
          let s1 = w[i - 2].rotatedRight(17) ^ w[i - 2].rotatedRight(19) ^ (w[i - 2] >> 10)
          w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        SHA256.k.withUnsafeBufferPointer { k in
          var (a, b, c, d, e, f, g, hh) = (h0, h1, h2, h3, h4, h5, h6, h7)
          for i in 0..<64 {
            let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
            let choice = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
          }
          h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
          h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ hh
        }
      }
    }
  }
}

extension UInt32 {
  /// The word rotated right; masking shifts, as the count is always 1 to 31.
  fileprivate func rotatedRight(_ count: UInt32) -> UInt32 { (self &>> count) | (self &<< (32 &- count)) }
}
