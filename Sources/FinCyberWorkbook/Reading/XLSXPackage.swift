import FinCyberCore

/// The parts of a returned workbook that fincyber reads, found the way a spreadsheet program finds
/// them: the package's relationships name the workbook part, the workbook's relationships name each
/// sheet's part and the shared strings. No other entry of the archive is read.
///
/// Every part is parsed by the core's hardened reader (``XMLDocumentLoader/loadWellFormed(_:path:as:)``):
/// no DOCTYPE and so no entity, nothing fetched, bounded elements and text. Strict Open XML, which
/// Excel writes only when asked, is refused with a way out.
struct XLSXPackage {
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
  /// The end of the relationship types a reader follows (transitional and strict alike).
  private static let workbookType = "/officeDocument"
  private static let worksheetType = "/worksheet"
  private static let sharedStringsType = "/sharedStrings"

  let archive: ZipArchive
  /// The sheets, by name as the workbook lists them, with their part's name; worksheets only.
  let sheets: [(name: String, part: String)]
  /// The shared strings part, when the workbook has one.
  let sharedStringsPart: String?

  /// Finds the workbook's sheets and shared strings.
  ///
  /// - Parameter archive: The workbook's archive.
  /// - Throws: `FinCyberError.invalidInput` when a part is missing, malformed or not where its
  ///   relationship says.
  init(_ archive: ZipArchive) throws {
    self.archive = archive
    let packageRelationships = try Self.relationships(of: "", in: archive)
    guard let workbook = packageRelationships.first(where: { $0.type.hasSuffix(Self.workbookType) }) else {
      throw ZipArchive.refusal(
        archive.path, "the file is not an Excel workbook: its package names no workbook part (_rels/.rels)",
        fix: "give the .xlsx file as saved by Excel or LibreOffice")
    }
    let workbookPart = try Self.part(workbook.target, from: "", in: archive)
    let root = try Self.xml(
      workbookPart, in: archive, root: "workbook", kind: "workbook part", maximumElements: 10_000,
      why: "a workbook part lists a few sheets and names")
    let relationships = try Self.relationships(of: workbookPart, in: archive)
    var sheets: [(name: String, part: String)] = []
    for sheet in root.child(named: "sheets")?.children(named: "sheet") ?? [] {
      guard let name = sheet["name"], let id = sheet.attributeList.first(where: { $0.name.hasSuffix(":id") })?.value,
        let relationship = relationships.first(where: { $0.id == id }), relationship.type.hasSuffix(Self.worksheetType)
      else { continue }
      sheets.append((name, try Self.part(relationship.target, from: workbookPart, in: archive)))
    }
    self.sheets = sheets
    sharedStringsPart = try relationships.first { $0.type.hasSuffix(Self.sharedStringsType) }
      .map { try Self.part($0.target, from: workbookPart, in: archive) }
  }

  /// The part of a sheet, found by its name as a spreadsheet program compares names (ignoring case).
  ///
  /// - Parameter name: The sheet's name.
  /// - Throws: `FinCyberError.invalidInput` when the workbook has no such sheet, or two.
  func sheetPart(named name: String) throws -> String {
    let found = sheets.filter { $0.name.lowercased() == name.lowercased() }
    guard found.count == 1 else {
      let names = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
      throw ZipArchive.refusal(
        archive.path,
        found.isEmpty ? "the workbook has no sheet named '\(name)' (it has \(names.isEmpty ? "none" : names))"
          : "the workbook has \(found.count) sheets named '\(name)'",
        fix: "give back the workbook fincyber wrote, with its sheets as they were named")
    }
    return found[0].part
  }

  /// A part parsed: the core's hardened reader, the root checked, at most so many elements.
  ///
  /// - Parameters:
  ///   - part: The part's name in the archive.
  ///   - archive: The archive.
  ///   - root: The root element's local name.
  ///   - namespace: Its namespace.
  ///   - kind: What the part is, for messages.
  ///   - maximumElements: The most elements it may have.
  ///   - why: Why none needs more.
  static func xml(
    _ part: String, in archive: ZipArchive, root: String, namespace: String = mainNamespace, kind: String, maximumElements: Int, why: String
  ) throws -> XMLElementNode {
    guard let bytes = try archive.read(part) else {
      throw ZipArchive.refusal(archive.path, "the workbook has no part '\(part)'", fix: "give the .xlsx file as saved by Excel or LibreOffice")
    }
    return try XMLDocumentLoader.loadWellFormed(
      bytes, path: "\(archive.path) (\(part))",
      as: .init(
        root: root, namespace: namespace, kindName: kind, maximumElements: maximumElements, whyLimit: why,
        wrongRootFix: "save the workbook as an Excel Workbook (.xlsx); Strict Open XML and other formats are not read"))
  }

  /// One relationship of a part.
  private struct Relationship {
    var id: String
    var type: String
    var target: String
  }

  /// The relationships of a part ("" for the package), from its `_rels` entry; none when it has none.
  private static func relationships(of part: String, in archive: ZipArchive) throws -> [Relationship] {
    let slash = part.lastIndex(of: "/")
    let folder = slash.map { String(part[...$0]) } ?? ""
    let file = slash.map { String(part[part.index(after: $0)...]) } ?? part
    let name = folder + "_rels/" + file + ".rels"
    guard archive.contains(name) else { return [] }
    let root = try xml(
      name, in: archive, root: "Relationships", namespace: relationshipsNamespace, kind: "relationships part", maximumElements: 10_000,
      why: "a workbook's parts have a few dozen relationships")
    return root.children(named: "Relationship").compactMap { element in
      // An external target (a link to a web page or another file) is no part of this archive.
      guard element["TargetMode"] != "External", let id = element["Id"], let type = element["Type"], let target = element["Target"] else { return nil }
      return Relationship(id: id, type: type, target: target)
    }
  }

  /// The entry a relationship's target names: relative to the folder of the part that names it, or
  /// to the package's root when it starts with `/`; it must stay inside the archive and be in it.
  private static func part(_ target: String, from source: String, in archive: ZipArchive) throws -> String {
    var segments = target.hasPrefix("/") ? [] : source.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
    for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
      switch segment {
      case ".": continue
      case "..":
        guard !segments.isEmpty else {
          throw ZipArchive.refusal(archive.path, "the part '\(source)' names '\(target)', outside the archive")
        }
        segments.removeLast()
      default: segments.append(String(segment))
      }
    }
    let name = segments.joined(separator: "/")
    guard !target.unicodeScalars.contains("\\"), archive.contains(name) else {
      throw ZipArchive.refusal(
        archive.path, "the part '\(source.isEmpty ? "_rels/.rels" : source)' names '\(target)', which the archive does not hold",
        fix: "give the .xlsx file as saved by Excel or LibreOffice")
    }
    return name
  }
}
