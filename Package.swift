// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "fincyber",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "fincyber", targets: ["fincyber"]),
    .library(name: "FinCyberCore", targets: ["FinCyberCore"]),
    .library(name: "FinCyberReports", targets: ["FinCyberReports"]),
    .library(name: "FinCyberServer", targets: ["FinCyberServer"]),
    .library(name: "FinCyberWorkbook", targets: ["FinCyberWorkbook"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    .systemLibrary(
      name: "CLibZip",
      pkgConfig: "libzip",
      providers: [.apt(["libzip-dev"])]
    ),
    .target(
      name: "FinCyberCore",
      dependencies: ["CLibXML2"]
    ),
    .target(
      name: "FinCyberWorkbook",
      dependencies: ["FinCyberCore", "FinCyberReports", "CXLSXWriter", "CLibZip"]
    ),
    .target(
      name: "FinCyberReports",
      dependencies: [
        "FinCyberCore",
        "CLibXML2",
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .target(
      name: "FinCyberServer",
      dependencies: [
        "FinCyberCore",
        "FinCyberReports",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      exclude: ["Templates"]
    ),
    .executableTarget(
      name: "fincyber",
      dependencies: [
        "FinCyberCore",
        "FinCyberReports",
        "FinCyberServer",
        "FinCyberWorkbook",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "FinCyberTestSupport",
      dependencies: ["FinCyberCore"],
      path: "Tests/FinCyberTestSupport"
    ),
    .testTarget(
      name: "FinCyberCoreTests",
      dependencies: ["FinCyberCore", "FinCyberTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "FinCyberReportsTests",
      dependencies: ["FinCyberReports", "FinCyberCore", "FinCyberTestSupport"],
      exclude: ["Fixtures", "Golden"]
    ),
    .testTarget(
      name: "fincyberTests",
      dependencies: ["FinCyberCore", "FinCyberReports", "FinCyberTestSupport"]
    ),
    .testTarget(
      name: "FinCyberWorkbookTests",
      dependencies: ["FinCyberWorkbook", "FinCyberCore", "FinCyberTestSupport", "CLibZip"]
    ),
    .testTarget(
      name: "FinCyberServerTests",
      dependencies: [
        "FinCyberServer", "FinCyberCore", "FinCyberReports", "FinCyberTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
  ]
)
