import FinCyberCore
import Hummingbird
import HummingbirdCore
import Logging

/// `fincyber serve`: a web interface on the CISO's own machine for answering the questionnaire,
/// over one response file.
///
/// It listens on a loopback address of its own (``LoopbackAddress``) only. Every request needs
/// the per-run access token, every change is a `POST` with the CSRF token from the server's own
/// page, and every change is validated and saved at once (see ``ResponseStore``). An idle
/// connection is closed, and the number of open connections is capped.
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
    /// Now, as an `xs:dateTime` in the questionnaire's time zone: when an answer was changed or confirmed.
    public var now: @Sendable () -> String
    /// The previous period's response file a new response file starts from (every answer carried,
    /// ``CarryForward``), or nil to start from the template.
    public var carryFrom: String?
    /// How long a connection may stay without a request (or with a request head or body that
    /// stopped arriving) before it is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// The most connections open at once; further ones wait in the system's queue until one closes.
    public var maximumConnections = 64

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - questionnaire: The questionnaire answered.
    ///   - questionnaireBytes: Its file's bytes.
    ///   - responsesPath: The response file.
    ///   - port: The port, or 0 for any free one.
    ///   - language: The default language.
    ///   - today: The date and period a new response file starts with.
    ///   - now: Now, as an `xs:dateTime`.
    ///   - carryFrom: The previous period's response file a new one starts from, if any.
    public init(
      questionnaire: Questionnaire, questionnaireBytes: [UInt8], responsesPath: String, port: Int, language: Language,
      today: (date: String, period: String), now: @escaping @Sendable () -> String, carryFrom: String? = nil
    ) {
      self.questionnaire = questionnaire
      self.questionnaireBytes = questionnaireBytes
      self.responsesPath = responsesPath
      self.port = port
      self.language = language
      self.today = today
      self.now = now
      self.carryFrom = carryFrom
    }
  }

  /// The largest request body read: a component's form with every text at its limit fits.
  public static let bodyLimit = 2 * 1024 * 1024

  /// Loads the response file, then serves until interrupted (SIGINT or SIGTERM).
  ///
  /// - Parameters:
  ///   - configuration: What to serve.
  ///   - announce: Called once, when the server listens, with what to tell the user.
  /// - Throws: `FinCyberError` when the response file is invalid or cannot be created, or
  ///   `.cannotListen` when the port cannot be bound.
  public static func run(_ configuration: Configuration, announce: @escaping @Sendable (Announcement) -> Void) async throws {
    let server = try prepare(configuration, announce: announce)
    do {
      try await server.application.runService()
    } catch where server.state.accessGuard == nil {
      // It failed before it listened: the address could not be bound.
      throw FinCyberError.cannotListen(address: "\(server.address.address):\(configuration.port)", reason: "\(error)")
    }
  }

  /// A server built and not yet started.
  struct Prepared: Sendable {
    /// The Hummingbird application; `runService()` starts it.
    var application: Application<RouterResponder<BasicRequestContext>>
    /// The per-run secrets, and the guard once it listens.
    var state: ServerState
    /// The loopback address it will listen on.
    var address: LoopbackAddress.Choice
    /// The response file.
    var store: ResponseStore
  }

  /// Loads the response file and builds the server, unstarted.
  ///
  /// - Parameters:
  ///   - configuration: What to serve.
  ///   - address: The loopback address to listen on; by default a random one (``LoopbackAddress/choose(canBind:)``).
  ///   - announce: Called once, when the server listens.
  /// - Throws: `FinCyberError` when the response file is invalid or cannot be created.
  static func prepare(
    _ configuration: Configuration, address: LoopbackAddress.Choice = LoopbackAddress.choose(),
    announce: @escaping @Sendable (Announcement) -> Void
  ) throws -> Prepared {
    let store = try ResponseStore(
      questionnaire: configuration.questionnaire, questionnaireBytes: configuration.questionnaireBytes,
      path: configuration.responsesPath, language: configuration.language, today: configuration.today,
      carryFrom: configuration.carryFrom)
    let state = ServerState()
    let routes = try Routes(
      store: store, state: state, defaultLanguage: configuration.language, clock: Routes.Clock(today: configuration.today.date, now: configuration.now))
    let router = Router()
    router.add(middleware: GuardMiddleware(state: state, words: routes.words.all))
    routes.register(on: router)
    var logger = Logger(label: "fincyber-serve")
    logger.logLevel = .error
    let idle = configuration.idleTimeout.components
    let application = Application(
      router: router,
      server: .http1(configuration: .init(idleTimeout: .nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))),
      configuration: .init(
        address: .hostname(address.address, port: configuration.port), serverName: nil,
        availableConnectionsDelegate: MaximumAvailableConnections(configuration.maximumConnections, logger: logger)),
      onServerRunning: { channel in
        // Accept one connection at a time, so that the cap is never overshot by a batch.
        try? await channel.setOption(.maxMessagesPerRead, value: 1)
        let accessGuard = state.listening(at: address.address, port: channel.localAddress?.port ?? configuration.port)
        let handWritten = await store.handWrittenComments
        announce(Announcement(
          url: accessGuard.entryURL, file: store.path, linkTarget: store.linkTarget, isSharedAddress: address.isFallback,
          handWrittenComments: handWritten, backup: store.backupPath))
      },
      logger: logger)
    return Prepared(application: application, state: state, address: address, store: store)
  }
}
