/// The letter keys that answer a statement from the keyboard, one per value of the scale.
///
/// The rule, in one place: each value in the model's order takes the first letter of the first
/// word of its value (words are separated by `-`) that no earlier value has taken; a value whose
/// words' first letters are all taken takes none. The Roadmap scale gets `y` (yes), `c`
/// (yes-compensating), `n` (no), `a` (not-applicable) and `u` (unanswered). Keys come from the
/// values, not the names, so they are the same in every language.
extension AnswerScale {
  /// Each value's key, lower case, in the model's order; nil for a value that gets none.
  public var keys: [(value: AnswerValue, key: Character?)] {
    var taken: Set<Character> = []
    return meanings.map { meaning in
      let initials = meaning.value.rawValue.split(separator: "-").compactMap { $0.first?.lowercased().first }
      let key = initials.first { $0.isLetter && $0.isASCII && !taken.contains($0) }
      if let key { taken.insert(key) }
      return (meaning.value, key)
    }
  }
}
