import ArgumentParser
import FinCyberCore
import Foundation

/// `fincyber anonymize`: shareable copies of response files.
struct Anonymize: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write copies of response files with the institution replaced by a keyed pseudonym and every free text removed.",
    discussion: """
      The key is read from --key-file, or from the FINCYBER_ANONYMIZE_KEY environment variable: at \
      least 32 bytes, not one byte repeated. Make one with: head -c 32 /dev/urandom > key && chmod 600 key. \
      Every byte of the file counts, a trailing newline too (echo adds one, printf does not): the same \
      bytes give the same pseudonym every quarter, so keep the file as it is. The date becomes the \
      first day of its quarter. Sector, tier, inherent-risk ratings, answers, measured outcome values \
      and the period stay exact, and together they can still point to an institution in a small \
      group. Copies are named PSEUDONYM-PERIOD.xml.
      """)

  static let advice = FlagAdvice(questionnaire: "pass it with --questionnaire")

  @Argument(help: "The response files.")
  var files: [String]

  @OptionGroup var output: OutputFolder

  @Option(name: .long, help: "A file holding the secret key (32 random bytes or more; every byte counts).")
  var keyFile: String?

  @OptionGroup var model: QuestionnaireOption

  func validate() throws {
    if files.isEmpty { throw ValidationError("name the response files to anonymize") }
  }

  func run() throws {
    let anonymizer = try Self.anonymizer(keyFile: keyFile)
    let inputs = try model.load()
    let writer = ResponsesWriter(questionnaire: inputs.questionnaire, language: .english)
    var outputs: [(name: String, bytes: [UInt8])] = []
    for path in files {
      let (responses, _) = try inputs.responses(at: path)
      let copy = anonymizer.anonymize(responses, languages: inputs.questionnaire.languages)
      outputs.append(("\(copy.institution.name)-\(copy.period).xml", try writer.xml(copy)))
    }
    try AtomicFile.writeAll(outputs, into: output.out, permissions: .keepOrOwnerOnly)
    for file in outputs { Terminal.print("wrote \(output.out)/\(file.name)") }
    Terminal.print(
      "kept exact: " + Anonymizer.keptExact(for: inputs.questionnaire).joined(separator: ", ")
        + "; the date became the first day of its quarter; the institution became its pseudonym and every free text was removed. "
        + "These values together can still point to an institution in a small group: share the copies only with those who may see its figures.")
  }

  /// The anonymizer for the key in a file, or in `FINCYBER_ANONYMIZE_KEY`; warns when the key file
  /// can be read by others.
  ///
  /// - Parameter keyFile: The key file's path, or nil for the environment variable.
  /// - Throws: `ValidationError` when no key is given; `FinCyberError` when the key cannot be read
  ///   or is refused.
  static func anonymizer(keyFile: String?) throws -> Anonymizer {
    let key: [UInt8]
    let source: String
    if let keyFile {
      key = try InputFile.read(keyFile)
      source = keyFile
      if let mode = permissions(keyFile), mode & 0o044 != 0 {
        Terminal.error(
          "warning: \(keyFile) can be read by \(mode & 0o004 != 0 ? "every user" : "its group") (mode \(String(mode & 0o777, radix: 8))); "
            + "whoever reads the key can tell which institution each pseudonym is — chmod 600 \(keyFile)")
      }
    } else if let value = ProcessInfo.processInfo.environment["FINCYBER_ANONYMIZE_KEY"] {
      key = Array(value.utf8)
      source = "FINCYBER_ANONYMIZE_KEY"
    } else {
      throw ValidationError("give the secret key with --key-file FILE or FINCYBER_ANONYMIZE_KEY")
    }
    guard let problem = Anonymizer.problem(with: key) else { return Anonymizer(key: key)! }
    let what: String
    switch problem {
    case .tooShort(let bytes):
      what = "the key is \(bytes) bytes long; it needs \(Anonymizer.minimumKeyLength) or more"
    case .oneRepeatedByte:
      what = "the key is one byte repeated, which anyone can guess"
    }
    let make = keyFile == nil
      ? "set a random key with: export FINCYBER_ANONYMIZE_KEY=$(head -c 32 /dev/urandom | base64)"
      : "make a random key with: head -c 32 /dev/urandom > key && chmod 600 key (every byte counts, a trailing newline too)"
    throw FinCyberError.invalidInput([
      Diagnostic(file: source, message: what, fix: make + "; keep it, and use the same key every quarter")
    ])
  }

  /// The permission bits of a file, or nil when they cannot be read.
  private static func permissions(_ path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode
  }
}
