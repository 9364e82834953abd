// swift-tools-version:6.0
// A libFuzzer target for isecg-report's dataset reader, validator and statistics. Its own package, so the
// main build never compiles it; see docs/robustness.md and scripts/fuzz.sh.
import Foundation
import PackageDescription

// A path dependency's identity is the name of its directory (the work tree's name, which varies).
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let mainIdentity = mainPackage.lastPathComponent.lowercased()

let package = Package(
    name: "isecg-report-fuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // The entry point that hands over to libFuzzer's driver (see FuzzDriver.c).
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzDatasets", dependencies: [
            "FuzzDriver",
            .product(name: "DatasetCore", package: mainIdentity),
            .product(name: "StatisticsCore", package: mainIdentity),
            .product(name: "ReportBuilder", package: mainIdentity),
            .product(name: "ReportWriter", package: mainIdentity),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
