extension AnswerServer {
  /// What `fincyber serve` tells the user once it listens: the address to open, and what to know
  /// before answering.
  public struct Announcement: Sendable, Equatable {
    /// The URL to open, with the access token.
    public var url: String
    /// The response file, as the user named it.
    public var file: String
    /// The file its symbolic link names, which is read and written; nil when it is not a link.
    public var linkTarget: String?
    /// Whether the server listens on the shared 127.0.0.1, because the system cannot bind another
    /// loopback address.
    public var isSharedAddress: Bool
    /// The file's comments written by hand, which the first save drops.
    public var handWrittenComments: [String]
    /// Where the version a save replaces is kept.
    public var backup: String

    /// The lines to print, in order; the last says how to stop.
    public var lines: [String] {
      var lines = ["fincyber serve: answering \(file)" + (linkTarget.map { " (a link to \($0))" } ?? "")]
      if isSharedAddress {
        lines.append(
          "note: listening on 127.0.0.1, because this system cannot listen on another loopback address (127.x.y.z); "
            + "other services on 127.0.0.1 can receive the access cookie (its name is new each run)")
      }
      if let first = handWrittenComments.first {
        let count = handWrittenComments.count
        lines.append(
          "note: \(file) holds \(count) comment\(count == 1 ? "" : "s") written by hand (\"\(Self.excerpt(first))\"); "
            + "the first save rewrites the file from the answers and drops \(count == 1 ? "it" : "them") "
            + "(\(backup) keeps the file as it is now, until the next save)")
      }
      lines.append("open \(url)")
      lines.append("(only this machine can connect; stop with Ctrl-C)")
      return lines
    }

    /// A comment's first 60 characters on one line, for a message.
    static func excerpt(_ comment: String) -> String {
      let line = comment.split(whereSeparator: \.isNewline).joined(separator: " ")
      return line.count > 60 ? String(line.prefix(60)) + "…" : line
    }
  }
}
