import Foundation

/// Workbooks for the end-to-end tests: the sample bank's response file in a folder, a workbook
/// written from it by the binary, and changes made to a workbook by Python, as a returned or a
/// hostile workbook would carry them.
struct WorkbookFiles {
  /// The folder the test works in; removed by ``remove()``.
  let folder: String

  /// A new folder holding the sample bank's response file as `bank.xml`, private to its owner.
  init() throws {
    folder = try Binary.temporaryFolder()
    let sample = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q4.xml").path
    try FileManager.default.copyItem(atPath: sample, toPath: path("bank.xml"))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path("bank.xml"))
  }

  func remove() { try? FileManager.default.removeItem(atPath: folder) }

  func path(_ name: String) -> String { folder + "/" + name }

  /// Runs fincyber in the folder.
  func fincyber(_ arguments: [String]) throws -> Binary.Result { try Binary.run(arguments, in: folder) }

  /// Writes `book.xlsx` from `bank.xml`.
  func writeWorkbook(_ extra: [String] = ["--owner", "IT operations"]) throws {
    let result = try fincyber(["workbook", "--responses", "bank.xml", "--out", "book.xlsx"] + extra)
    guard result.status == 0 else { throw Failure(description: "workbook: \(result.error)") }
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// A change to make to a workbook's archive: replace what a regular expression matches in one
  /// part (each match, or a cell of the answers sheet), or add an entry.
  enum Change: Encodable {
    case replace(part: String, pattern: String, with: String)
    case cell(String, String)
    case add(name: String, zeros: Int)
    case addText(name: String, text: String)

    func encode(to encoder: Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .replace(let part, let pattern, let with): try container.encode(["replace", part, pattern, with])
      case .cell(let reference, let cell):
        try container.encode(["replace", "xl/worksheets/sheet2.xml", "<c r=\"\(reference)\"[^>]*?(/>|>.*?</c>)", cell])
      case .add(let name, let zeros): try container.encode(["add", name, String(zeros)])
      case .addText(let name, let text): try container.encode(["text", name, text])
      }
    }
  }

  /// Python's own zipfile module rewrites the archive, as any script could: no check of ours.
  private static let surgery = """
    import json, re, sys, zipfile
    source, target = sys.argv[1], sys.argv[2]
    with open(sys.argv[3], encoding="utf-8") as changes_file:
        changes = json.load(changes_file)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            for kind, part, *rest in changes:
                if kind == "replace" and part == item.filename:
                    data = re.sub(rest[0], lambda m: rest[1], data.decode("utf-8"), flags=re.S).encode("utf-8")
            zout.writestr(item.filename, data)
        for kind, name, *rest in changes:
            if kind == "add":
                zout.writestr(name, bytes(int(rest[0])))
            elif kind == "text":
                zout.writestr(name, rest[0].encode("utf-8"))
    """

  /// `book.xlsx` with changes made, written as another file. The changes go to Python in a file
  /// beside it (a sheet of 100,000 added rows is longer than a command line may be), which is
  /// removed before the workbook is imported.
  func change(_ changes: [Change], into name: String) throws {
    let json = try JSONEncoder().encode(changes)
    let changesFile = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-changes-" + UUID().uuidString + ".json")
    try json.write(to: changesFile)
    defer { try? FileManager.default.removeItem(at: changesFile) }
    let result = try Tools.run(Tools.python!, ["-c", Self.surgery, path("book.xlsx"), path(name), changesFile.path])
    guard result.status == 0 else { throw Failure(description: "python: \(result.error)") }
  }

  /// An inline string cell.
  static func inline(_ reference: String, _ text: String) -> String { "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }

  /// The bytes and modification time of a file, to show that nothing was written.
  func snapshot(_ name: String) throws -> (Data, Date) {
    let attributes = try FileManager.default.attributesOfItem(atPath: path(name))
    return (try Data(contentsOf: URL(fileURLWithPath: path(name))), attributes[.modificationDate] as! Date)
  }

  /// The names in the folder.
  func listing() throws -> Set<String> { Set(try FileManager.default.contentsOfDirectory(atPath: folder)) }
}
