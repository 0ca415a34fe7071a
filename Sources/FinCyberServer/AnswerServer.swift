import FinCyberCore
import Hummingbird
import Logging

/// `fincyber serve`: a web interface on the CISO's own machine for answering the questionnaire,
/// over one response file.
///
/// It listens on 127.0.0.1 only. Every request needs the per-run access token, every change is a
/// `POST` with the CSRF token from the server's own page, and every change is validated and saved
/// at once (see ``ResponseStore``).
public enum AnswerServer {
  /// What the server serves.
  public struct Configuration: Sendable {
    /// The questionnaire answered.
    public var questionnaire: Questionnaire
    /// Its file's bytes, for the reports' fingerprints.
    public var questionnaireBytes: [UInt8]
    /// The response file; created from the template when it does not exist.
    public var responsesPath: String
    /// The port; 0 lets the system choose a free one.
    public var port: Int
    /// The pages' language until the user switches, and the language of the file's comments.
    public var language: Language
    /// The date and period a new response file starts with.
    public var today: (date: String, period: String)

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - questionnaire: The questionnaire answered.
    ///   - questionnaireBytes: Its file's bytes.
    ///   - responsesPath: The response file.
    ///   - port: The port, or 0 for any free one.
    ///   - language: The default language.
    ///   - today: The date and period a new response file starts with.
    public init(
      questionnaire: Questionnaire, questionnaireBytes: [UInt8], responsesPath: String, port: Int, language: Language,
      today: (date: String, period: String)
    ) {
      self.questionnaire = questionnaire
      self.questionnaireBytes = questionnaireBytes
      self.responsesPath = responsesPath
      self.port = port
      self.language = language
      self.today = today
    }
  }

  /// The largest request body read: a component's form with every text at its limit fits.
  public static let bodyLimit = 2 * 1024 * 1024

  /// Loads the response file, then serves until interrupted (SIGINT or SIGTERM).
  ///
  /// - Parameters:
  ///   - configuration: What to serve.
  ///   - announce: Called once with the URL to open, when the server listens.
  /// - Throws: `FinCyberError` when the response file is invalid or cannot be created, or
  ///   `.cannotListen` when the port cannot be bound.
  public static func run(_ configuration: Configuration, announce: @escaping @Sendable (String) -> Void) async throws {
    let store = try ResponseStore(
      questionnaire: configuration.questionnaire, questionnaireBytes: configuration.questionnaireBytes,
      path: configuration.responsesPath, language: configuration.language, today: configuration.today)
    let state = ServerState()
    let routes = try Routes(store: store, state: state, defaultLanguage: configuration.language)
    let router = Router()
    router.add(middleware: GuardMiddleware(state: state))
    routes.register(on: router)
    var logger = Logger(label: "fincyber-serve")
    logger.logLevel = .error
    let app = Application(
      router: router,
      configuration: .init(address: .hostname("127.0.0.1", port: configuration.port), serverName: nil),
      onServerRunning: { channel in
        let accessGuard = state.listening(on: channel.localAddress?.port ?? configuration.port)
        announce(accessGuard.entryURL)
      },
      logger: logger)
    do {
      try await app.runService()
    } catch where state.accessGuard == nil {
      // It failed before it listened: the address could not be bound.
      throw FinCyberError.cannotListen(address: "127.0.0.1:\(configuration.port)", reason: "\(error)")
    }
  }
}
