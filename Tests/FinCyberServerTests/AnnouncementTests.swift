import Testing

@testable import FinCyberServer

/// What `fincyber serve` prints once it listens.
@Suite struct AnnouncementTests {
  let plain = AnswerServer.Announcement(
    url: "http://127.83.4.201:8765/?token=t", file: "answers.xml", linkTarget: nil, isSharedAddress: false, handWrittenComments: [],
    backup: "answers.xml.bak")

  @Test func theAddressAndTheWayToStop() {
    #expect(plain.lines == [
      "fincyber serve: answering answers.xml", "open http://127.83.4.201:8765/?token=t", "(only this machine can connect; stop with Ctrl-C)",
    ])
  }

  @Test func aLinkedFileNamesTheFileWritten() {
    var linked = plain
    linked.linkTarget = "/sync/answers.xml"
    #expect(linked.lines[0] == "fincyber serve: answering answers.xml (a link to /sync/answers.xml)")
  }

  @Test func theSharedAddressIsSaid() {
    var shared = plain
    shared.isSharedAddress = true
    #expect(shared.lines.contains { $0.hasPrefix("note: listening on 127.0.0.1, because this system cannot listen on another loopback address") })
  }

  @Test func commentsWrittenByHandAreSaidToBeDropped() {
    var commented = plain
    commented.handWrittenComments = ["Fictional sample institution for fincyber: every name, figure and document in it is invented.", "second"]
    let note = commented.lines.first { $0.hasPrefix("note: answers.xml holds 2 comments written by hand") }
    #expect(note?.contains("(\"Fictional sample institution for fincyber: every name, figur…\")") == true, "\(commented.lines)")
    #expect(note?.contains("the first save rewrites the file from the answers and drops them (answers.xml.bak keeps the file as it is now") == true)
  }
}
