import FinCyberCore
import Foundation
import Testing

/// The CSF 2.0 ids compiled into fincyber are NIST's, read from NIST's own catalogue in
/// ../shared/reference/nist-csf-2.0/ (the one a crosswalk with catalogue="nist-csf-2.0" is checked against).
@Suite struct NISTCSF2Tests {
  static let catalogue = QuestionnaireContentTests.shared.appendingPathComponent("reference/nist-csf-2.0/NIST_CSF_v2.0_catalog.xml").path

  /// The values an XPath expression selects in NIST's catalogue, in document order.
  static func select(_ xpath: String, _ pattern: Regex<(Substring, Substring)>) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Xmllint.path)
    process.arguments = ["--nonet", "--xpath", xpath, catalogue]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return output.matches(of: pattern).map { String($0.output.1) }
  }

  @Test func theGeneratedFileIsWhatTheScriptWritesFromTheCatalogue() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Fixtures.packageRoot.appendingPathComponent("Scripts/make-csf-catalogue.py").path, "--check"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(output)")
    #expect(output.contains("NISTCSF2.swift matches NIST's catalogue"))
  }

  @Test func subcategoriesAreTheActiveOnesInNISTsOrder() throws {
    // Active: a subcategory with at least one implementation example (the catalogue also keeps
    // CSF 1.1's withdrawn subcategories, which have none).
    let active = try Self.select(
      "//*[local-name()='control'][@class='subcategory'][*[local-name()='part'][@name='example']]/*[local-name()='prop'][@name='label']/@value",
      /value="([A-Z]{2}\.[A-Z]{2}-[0-9]{2})"/)
    #expect(active.count == 106)
    #expect(NISTCSF2.subcategories == active)
    #expect(Crosswalk.catalogues[NISTCSF2.catalogueName] == active)
    #expect(!NISTCSF2.subcategories.contains("NA.NA-00") && !NISTCSF2.subcategories.contains("ID.AM-1"))
  }

  @Test func functionsAndCategoriesAreNISTs() throws {
    let functions = try Self.select("//*[local-name()='group'][@class='function']/@id", /id="([A-Z]{2})"/)
    #expect(NISTCSF2.functions == functions)
    // A category counts when it holds an active subcategory; its id is the prefix of theirs.
    let categories = NISTCSF2.subcategories.map { String($0.prefix(5)) }.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
    #expect(NISTCSF2.categories == categories)
    #expect(NISTCSF2.categories.count == 22)
  }
}
