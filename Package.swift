// swift-tools-version:6.0
// isecg-report: statistics and publication-quality charts for coordination groups' membership and outputs.
import PackageDescription

let package = Package(
    name: "isecg-report",
    products: [
        .executable(name: "isecg-report", targets: ["ReportCLI"]),
        // Libraries for the fuzz package in Fuzz/ (which depends on this one by path); nothing else uses them.
        .library(name: "DatasetCore", targets: ["DatasetCore"]),
        .library(name: "StatisticsCore", targets: ["StatisticsCore"]),
        .library(name: "ReportBuilder", targets: ["ReportBuilder"]),
        .library(name: "ReportWriter", targets: ["ReportWriter"]),
        .library(name: "DataText", targets: ["DataText"]),
    ],
    dependencies: [
        // Exact versions only: the machine's package mirror serves these and nothing else.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-numerics", exact: "1.1.1"),
    ],
    targets: [
        // System-library shims. Their C types never leave the module that wraps them.
        .systemLibrary(name: "CLibCSV", path: "Sources/CLibCSV"),
        .systemLibrary(name: "CCairo", path: "Sources/CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"])]),
        // GLib's GChecksum for the inputs' SHA-256 (GLib is linked through Pango anyway).
        .systemLibrary(name: "CGLib", path: "Sources/CGLib", pkgConfig: "glib-2.0",
                       providers: [.apt(["libglib2.0-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libpango1.0-dev"])]),

        // qpdf's C API, for the PDF post-pass (PDFTagging).
        .systemLibrary(name: "CQPDF", path: "Sources/CQPDF", pkgConfig: "libqpdf",
                       providers: [.apt(["libqpdf-dev"])]),
        // Swaps two directories atomically (renameat2 RENAME_EXCHANGE), for replacing Reports/ as a whole set.
        .target(name: "CAtomicRename", path: "Sources/CAtomicRename"),
        // Calendar dates in three precisions (YYYY, YYYY-MM, YYYY-MM-DD) on the proleptic Gregorian calendar.
        .target(name: "PartialDates"),
        // Escaping text from the data for where it lands: terminal, XML, Markdown, CSV; which URLs may be links.
        .target(name: "DataText"),
        // CSV reading over libcsv, schema validation, typed records, diagnostics with positions.
        .target(name: "DatasetCore", dependencies: [
            "CLibCSV", "CGLib", "PartialDates", "DataText",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Growth, trend, forecast, correlation, reconciliation: pure functions on plain values.
        .target(name: "StatisticsCore", dependencies: [
            "PartialDates",
            .product(name: "RealModule", package: "swift-numerics"),
        ]),
        // A small chart engine over Cairo and Pango: canvas, scales, ticks, marks, layout, themes, surfaces.
        .target(name: "ChartEngine", dependencies: ["CCairo", "CPangoCairo", "CZlib", "DataText"]),
        // The PDF post-pass: /Lang on the catalog and /Alt on each /Figure, which Cairo 1.16 cannot write.
        .target(name: "PDFTagging", dependencies: ["CQPDF"]),
        // Lays out a document of sections (tables, figures, running text, links) on PDF pages; domain-free.
        .target(name: "DocumentLayout", dependencies: ["ChartEngine", "PDFTagging", "DataText"]),
        // Writes a report set atomically, one file atomically, and compares a set with a directory (--check).
        .target(name: "ReportWriter", dependencies: ["CAtomicRename", "DataText"]),
        // Maps statistics to chart specs, report pages and output files; knows the domain words, not Cairo.
        .target(name: "ReportBuilder", dependencies: ["DatasetCore", "StatisticsCore", "ChartEngine", "PartialDates",
                                                      "DocumentLayout", "ReportWriter", "DataText"]),
        // The thin command line: one file per subcommand.
        .executableTarget(name: "ReportCLI", dependencies: [
            "DatasetCore", "StatisticsCore", "ChartEngine", "ReportBuilder", "ReportWriter", "PartialDates", "DataText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Helpers shared by the test targets (running tools, temporary files, a seeded generator).
        .target(name: "_TestSupport", path: "Tests/_TestSupport"),
        // `make gallery`'s helper: writes the seeded stress sets and assembles PNG contact sheets.
        .executableTarget(name: "stress-gallery", dependencies: ["_TestSupport", "CCairo"], path: "Tests/StressGallery"),
        .testTarget(name: "PartialDatesTests", dependencies: ["PartialDates"]),
        .testTarget(name: "DataTextTests", dependencies: ["DataText"]),
        .testTarget(name: "DatasetCoreTests", dependencies: ["_TestSupport", "DatasetCore", "PartialDates"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "StatisticsCoreTests", dependencies: ["_TestSupport", "StatisticsCore", "PartialDates"]),
        .testTarget(name: "ChartEngineTests", dependencies: ["_TestSupport", "ChartEngine"]),
        .testTarget(name: "PDFTaggingTests", dependencies: ["_TestSupport", "PDFTagging", "ChartEngine"]),
        .testTarget(name: "ReportBuilderTests", dependencies: ["_TestSupport", "ReportBuilder", "ReportWriter", "DatasetCore", "StatisticsCore", "ChartEngine"]),
        .testTarget(name: "EndToEndTests", dependencies: ["_TestSupport"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
