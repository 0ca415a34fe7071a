import ArgumentParser
import FinCyberCore
import Foundation

/// `fincyber anonymize`: shareable copies of response files.
struct Anonymize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write copies of response files with the institution replaced by a keyed pseudonym and every free text removed.",
    discussion: """
      The key (16 bytes or more) is read from --key-file, or from the FINCYBER_ANONYMIZE_KEY environment \
      variable. Keep it: the same key gives the same pseudonym every quarter. Copies are named \
      PSEUDONYM-PERIOD.xml.
      """)

  @Argument(help: "The response files.")
  var files: [String]

  @Option(name: .long, help: "The folder to write the copies into.")
  var out: String

  @Option(name: .long, help: "A file holding the secret key.")
  var keyFile: String?

  @Option(name: .long, help: "The questionnaire the files answer (default: the bundled one).")
  var questionnaire: String?

  func validate() throws {
    if files.isEmpty { throw ValidationError("name the response files to anonymize") }
  }

  func run() throws {
    let key: [UInt8]
    if let keyFile {
      key = try InputFile.read(keyFile)
    } else if let value = ProcessInfo.processInfo.environment["FINCYBER_ANONYMIZE_KEY"] {
      key = Array(value.utf8)
    } else {
      throw ValidationError("give the secret key with --key-file FILE or FINCYBER_ANONYMIZE_KEY")
    }
    guard let anonymizer = Anonymizer(key: key) else {
      throw ValidationError("the key must be \(Anonymizer.minimumKeyLength) bytes or longer")
    }
    let inputs = try Inputs(questionnairePath: questionnaire)
    let writer = ResponsesWriter(questionnaire: inputs.questionnaire, language: .english)
    var outputs: [(name: String, bytes: [UInt8])] = []
    for path in files {
      let (responses, _) = try inputs.responses(at: path)
      let copy = anonymizer.anonymize(responses)
      outputs.append(("\(copy.institution.name)-\(copy.period).xml", try writer.xml(copy)))
    }
    try AtomicFile.writeAll(outputs, into: out, permissions: .keepOrOwnerOnly)
    for output in outputs { Terminal.print("wrote \(out)/\(output.name)") }
  }
}
