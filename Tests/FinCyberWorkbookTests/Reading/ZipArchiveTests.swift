import FinCyberCore
import Testing

@testable import FinCyberWorkbook

/// The archive reader: a directory checked whole before any entry is inflated, and no entry read
/// past the size it declares.
@Suite struct ZipArchiveTests {
  /// The messages of the refusal of opening an archive and reading an entry of it.
  private func refusal(_ bytes: [UInt8], reading name: String = "_rels/.rels") -> [String] {
    do {
      _ = try ZipArchive.open(bytes, path: "back.xlsx") { try $0.read(name) }
      return []
    } catch let error as FinCyberError {
      return error.diagnostics.map(\.message)
    } catch {
      return ["\(error)"]
    }
  }

  @Test func aFileThatIsNotAZipArchiveIsRefused() {
    #expect(refusal(Array("name,value\n".utf8)).first?.contains("not a zip archive as an .xlsx file is") == true)
    #expect(refusal([]) == ["the file is empty"])
  }

  @Test(arguments: [
    ("../evil.xml", "climbs out of the archive with '..'"), ("xl/../../evil.xml", "climbs out of the archive with '..'"),
    ("/etc/evil.xml", "is an absolute path"), ("xl\\workbook.xml", "holds a backslash"),
  ])
  func anEntryNameThatLeavesTheArchiveIsRefused(_ name: String, _ reason: String) throws {
    let bytes = try XLSXSurgery.archive([("_rels/.rels", Array("<x/>".utf8)), (name, Array("<x/>".utf8))])
    #expect(refusal(bytes) == ["the archive holds an entry named '\(name)', which \(reason)"])
  }

  @Test func tooManyEntriesAreRefused() throws {
    let bytes = try XLSXSurgery.archive((0...ZipArchive.maximumEntries).map { ("e\($0)", []) })
    #expect(refusal(bytes) == ["the archive holds 1001 entries; a workbook needs a few dozen, and more than 1000 are refused"])
  }

  /// A zip bomb: a small file whose entry inflates to far more than any workbook part.
  @Test func anEntryThatDeclaresMoreThanTheLimitIsRefusedBeforeItIsInflated() throws {
    let bytes = try XLSXSurgery.archive([("_rels/.rels", Array("<x/>".utf8)), ("xl/media/image1.png", [UInt8](repeating: 0, count: 40 << 20))])
    #expect(bytes.count < 256 * 1024)
    #expect(refusal(bytes) == ["the entry 'xl/media/image1.png' declares 41943040 bytes inflated, over the limit of 16 MiB; it was not inflated"])
  }

  @Test func entriesThatDeclareTooMuchTogetherAreRefused() throws {
    let entries = (1...5).map { ("xl/media/image\($0).png", [UInt8](repeating: 0, count: 15 << 20)) }
    #expect(refusal(try XLSXSurgery.archive(entries)) == ["the archive's entries declare more than 64 MiB inflated together; nothing was inflated"])
  }

  /// A directory that understates an entry cannot make it inflate further than declared.
  @Test func anEntryIsNeverReadPastTheSizeItDeclares() throws {
    let honest = try XLSXSurgery.archive([("_rels/.rels", [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20))])
    let lying = XLSXSurgery.declaringSize(honest, of: "_rels/.rels", as: 100)
    #expect(refusal(lying) == ["the entry '_rels/.rels' inflates to more than the 100 bytes its directory declares"])
  }

  @Test func twoEntriesOfOneNameAreRefused() throws {
    let bytes = XLSXSurgery.renaming(
      try XLSXSurgery.archive([("xl/a.xml", Array("<a/>".utf8)), ("xl/b.xml", Array("<b/>".utf8))]), "xl/b.xml", to: "xl/a.xml")
    #expect(refusal(bytes, reading: "xl/a.xml") == ["the archive holds two entries of one name"])
  }

  @Test func onlyTheEntryAskedForIsReadAndAMissingOneIsNil() throws {
    let bytes = try XLSXSurgery.archive([("a.xml", Array("<a/>".utf8)), ("b.xml", Array("<b/>".utf8))])
    let read = try ZipArchive.open(bytes, path: "x.xlsx") { archive in (try archive.read("b.xml"), try archive.read("c.xml")) }
    #expect(read.0 == Array("<b/>".utf8) && read.1 == nil)
  }
}
