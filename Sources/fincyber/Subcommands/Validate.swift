import ArgumentParser
import FinCyberCore

/// `fincyber validate`: check questionnaires and response files, telling which is which.
struct Validate: ParsableCommand, AdvisedCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check questionnaire and response files; print every problem with its place (file:line:column).",
    discussion: """
      Response files are checked against a questionnaire given among the files (same id and version), \
      else the one named by --questionnaire, else the bundled one.
      """)

  static let advice = FlagAdvice(questionnaire: "name it among the files, or pass it with --questionnaire")

  @OptionGroup var model: QuestionnaireOption

  @Argument(help: "The files to check.")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one file to check") }
  }

  func run() throws {
    var problems: [String] = []
    var documents: [(path: String, document: LoadedXMLDocument)] = []
    for path in files {
      do {
        documents.append((path, try Loader.document(try InputFile.read(path), path: path)))
      } catch let error as FinCyberError {
        problems.append(Self.advice.describe(error))
      }
    }
    var questionnaires: [Questionnaire] = []
    for (path, document) in documents where document.kind == .questionnaire {
      do {
        let found = try Loader.questionnaire(document)
        questionnaires.append(found)
        Terminal.print("\(path): ok: questionnaire '\(found.id)' version \(found.version), \(found.statements.count) statements")
      } catch let error as FinCyberError {
        problems.append(Self.advice.describe(error))
      }
    }
    var fallback: Inputs?
    for (path, document) in documents where document.kind == .responses {
      do {
        let wanted = (document.root["questionnaire"], document.root["questionnaire-version"])
        let against: Questionnaire
        if let given = questionnaires.first(where: { ($0.id, $0.version) == wanted }) {
          against = given
        } else {
          if fallback == nil { fallback = try model.load() }
          against = fallback!.questionnaire
        }
        let responses = try Loader.responses(document, for: against)
        Terminal.print("\(path): ok: responses of \(responses.institution.name) for \(responses.period), \(responses.answers.count) answers")
      } catch let error as FinCyberError {
        problems.append(Self.advice.describe(error))
      }
    }
    guard problems.isEmpty else {
      Terminal.error(problems.joined(separator: "\n"))
      throw ExitCode(1)
    }
  }
}
