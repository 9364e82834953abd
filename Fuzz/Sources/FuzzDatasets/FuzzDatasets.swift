// libFuzzer entry point: arbitrary bytes through the dataset reader, the validator, the loaders and the
// statistics, with differential checks between paths that must agree.
//
// Build and run with scripts/fuzz.sh (see docs/robustness.md). The environment variable ISECG_FUZZ_TARGET
// chooses which file the bytes become:
//   members  - members.csv (no other file)
//   outputs  - outputs.csv, beside a small valid members.csv
//   counts   - reported_counts.csv, beside the same members.csv
//   config   - report.yml, beside the same members.csv
//   yaml     - report.yml alone through validate and load, beside the same members.csv, with report.yml's
//              own oracle (see checkConfig): accepted text within its limits, never slow
//   build    - like all, then the whole report set built in memory (charts, PDF, stats.json, summary.md)
//              when the data loads; every SVG must be well-formed XML
//   all      - the default: the bytes split at each 0xFF byte (never in UTF-8) into members.csv, outputs.csv,
//              reported_counts.csv and report.yml; missing parts are absent files
//
// Every input is checked for:
//   - no crash, no sanitizer report, no hang (libFuzzer's -timeout);
//   - the same diagnostics, counts and hashes whatever the read size (64 KiB and 1–7 bytes);
//   - validate() finding errors exactly when load() fails, with the same diagnostics;
//   - load() and the streaming load giving the same statistics, in every output format (JSON included:
//     no NaN or infinity may reach it);
//   - the statistics' invariants (running sums, shares adding to 100, forecast bounds, correlations in
//     [-1, 1], cumulative outputs monotone and ending at the total).
// A broken check traps with a message, which libFuzzer reports as a crash and saves as an artifact.

import Foundation
@_spi(Fuzzing) import DatasetCore
import ReportBuilder
import StatisticsCore

enum FuzzTarget: String {
    case all, members, outputs, counts, config, yaml, build
}

let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["ISECG_FUZZ_TARGET"] ?? "all"
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("ISECG_FUZZ_TARGET=\(name): expected all, members, outputs, counts, config, yaml or build")
    }
    return target
}()

/// A valid roster for the targets that fuzz another file: a founder, partial dates, a departure.
let validMembers: [UInt8] = Array("""
    acronym,name,country,region,joined,left,notes,source_url
    ESA,European Space Agency,Europe (intergovernmental),Europe,2007-11-06,,,
    NASA,National Aeronautics and Space Administration,United States,North America,2007-11-06,,"a, b",
    JAXA,Japan Aerospace Exploration Agency,Japan,Asia-Pacific,2009,,,
    UAESA,UAE Space Agency,United Arab Emirates,Middle East,2015-10,2020-12-31,,

    """.utf8)

/// The files one input stands for.
func files(for data: [UInt8]) -> [String: [UInt8]] {
    switch fuzzTarget {
    case .members: return ["members.csv": data]
    case .outputs: return ["members.csv": validMembers, "outputs.csv": data]
    case .counts: return ["members.csv": validMembers, "reported_counts.csv": data]
    case .config, .yaml: return ["members.csv": validMembers, "report.yml": data]
    case .all, .build:
        let names = ["members.csv", "outputs.csv", "reported_counts.csv", "report.yml"]
        let parts = data.split(separator: 0xFF, maxSplits: names.count - 1, omittingEmptySubsequences: false)
        var files: [String: [UInt8]] = [:]
        for (name, part) in zip(names, parts) { files[name] = Array(part) }
        return files
    }
}

/// Traps with `message` (libFuzzer saves the input) unless `condition` holds.
func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz check failed: " + message()) }
}

func summary(_ result: ValidationResult) -> [String] {
    result.diagnostics.map(\.description) + ["errors \(result.errorCount) warnings \(result.warningCount)"]
        + result.inputs.map { "\($0.fileName) \($0.sha256) \($0.rows)" }
}

/// Runs one input through every path and checks that they agree.
func check(_ files: [String: [UInt8]], smallChunk: Int) {
    let directory = DatasetDirectory(path: "D", files: files)
    let validation: ValidationResult
    do {
        validation = try directory.validate()
    } catch {
        expect(files["members.csv"] == nil, "validate threw \(error) although members.csv is present")
        return
    }
    for diagnostic in validation.diagnostics {
        expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "position: \(diagnostic)")
        expect(!diagnostic.message.isEmpty, "empty message at \(diagnostic.location)")
    }
    expect(validation.diagnostics.count { $0.severity == .error } <= validation.errorCount + 4,
           "more errors listed than counted")

    // The read size must not change anything.
    let chunked = try! DatasetDirectory(path: "D", files: files, chunkSize: smallChunk).validate()
    expect(summary(validation) == summary(chunked),
           "chunk size \(smallChunk) changed the result:\n\(summary(validation).joined(separator: "\n"))\n---\n"
               + summary(chunked).joined(separator: "\n"))

    let loaded: DatasetAnalysis
    do {
        loaded = try DatasetAnalysis.load(directory, year: nil)
    } catch DatasetError.invalid(let diagnostics) {
        expect(validation.hasErrors, "load() failed but validate() found no error:\n\(diagnostics)")
        expect(diagnostics.map(\.description) == validation.diagnostics.map(\.description),
               "load() and validate() disagree:\n\(diagnostics)\n---\n\(validation.diagnostics)")
        return
    } catch {
        fatalError("fuzz check failed: load() threw \(error)")
    }
    expect(!validation.hasErrors, "load() succeeded although validate() found \(validation.errorCount) errors")
    let streamed = try! DatasetAnalysis.stream(directory, year: nil)
    for format in StatsFormat.allCases {
        let whole: String, stream: String
        do {
            whole = try loaded.document.rendered(as: format)
            stream = try streamed.document.rendered(as: format)
        } catch {
            fatalError("fuzz check failed: rendering the statistics as \(format) threw \(error)")
        }
        expect(whole == stream, "load() and the streaming load give different \(format) statistics")
    }
    checkInvariants(loaded.statistics)
    // Another report year: the first join year; the year before it is a clear error (ReportError), never a crash.
    if let first = loaded.statistics.firstYear {
        do {
            _ = try DatasetAnalysis.load(directory, year: first - 1)
            fatalError("fuzz check failed: --year before the first join was accepted")
        } catch is ReportError {
        } catch {
            fatalError("fuzz check failed: --year before the first join threw \(error)")
        }
        for year in [first] {
            let other = try! DatasetAnalysis.load(directory, year: year)
            checkInvariants(other.statistics)
            for format in StatsFormat.allCases {
                do { _ = try other.document.rendered(as: format) } catch {
                    fatalError("fuzz check failed: rendering \(format) for year \(year) threw \(error)")
                }
            }
        }
    }
}

func checkInvariants(_ statistics: GroupStatistics) {
    var previous: Int?
    for year in statistics.membership {
        expect(year.members >= 0 && year.joined >= 0 && year.left >= 0, "negative counts in \(year)")
        if let previous { expect(year.members == previous + year.net, "members ≠ previous + net in \(year)") }
        if let growth = year.growthPercent { expect(growth.isFinite, "growth \(growth)") }
        previous = year.members
    }
    if let cagr = statistics.cagrPercent { expect(cagr.isFinite, "CAGR \(cagr)") }
    if let growth = statistics.logLinearGrowthPercent { expect(growth.isFinite, "log-linear growth \(growth)") }
    if let trend = statistics.trend { expect(trend.slope.isFinite && trend.intercept.isFinite, "trend \(trend)") }
    for point in statistics.forecast {
        expect(point.value.isFinite, "forecast value \(point)")
        if let lower = point.lower, let upper = point.upper {
            expect(lower.isFinite && upper.isFinite && lower <= point.value && point.value <= upper,
                   "forecast bounds \(point)")
        }
    }
    if !statistics.byGroup.isEmpty {
        let total = statistics.byGroup.reduce(0.0) { $0 + $1.sharePercent }
        expect(abs(total - 100) < 1e-9, "region shares add to \(total)")
        if let last = statistics.membership.last {
            expect(statistics.byGroup.reduce(0) { $0 + $1.members } == last.members, "regions ≠ year-end members")
        }
    }
    var cumulative = 0
    for year in statistics.outputs {
        expect(year.total == year.byCategory.values.reduce(0, +), "total ≠ sum of categories in \(year.year)")
        cumulative += year.total
        expect(year.cumulative == cumulative, "cumulative outputs \(year.cumulative) ≠ \(cumulative) in \(year.year)")
    }
    for value in [statistics.correlation.pearson, statistics.correlation.spearman] {
        if let value { expect(value >= -1 && value <= 1, "correlation \(value)") }
    }
    for row in statistics.reconciliation {
        expect(row.rosterLow <= row.rosterHigh, "roster range \(row.rosterLow)...\(row.rosterHigh)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    switch fuzzTarget {
    case .yaml: checkConfig(files(for: data))
    case .build: checkBuild(files(for: data))
    default: check(files(for: data), smallChunk: 1 + data.count % 7)
    }
    return 0
}
