import Foundation
import Testing
import _TestSupport
@_spi(Fuzzing) @testable import DatasetCore
import PartialDates

/// Property tests: random tables written as CSV with correct quoting read back field for field, with every
/// field's line and column, at every read size; random valid datasets loaded back value for value.
@Suite("Property: CSV and dataset round trips")
struct PropertyCSVRoundTripTests {
    /// 400 random tables of 2–6 columns and 1–12 records; LF, CRLF and CR between records, blank lines,
    /// with or without a final line end; each read at 64 KiB and at a random size of 1–7 bytes.
    @Test func randomTablesReadBackFieldForFieldWithPositions() {
        for seed in 1...400 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed)
            let columns = Int.random(in: 2...6, using: &rng)
            let rows = (0..<Int.random(in: 1...12, using: &rng)).map { _ in (0..<columns).map { _ in randomField(&rng) } }
            var bytes: [UInt8] = []
            var fieldOffsets: [[Int]] = []
            var recordOffsets: [Int] = []
            for (index, row) in rows.enumerated() {
                recordOffsets.append(bytes.count)
                var offsets: [Int] = []
                for (column, field) in row.enumerated() {
                    if column > 0 { bytes.append(0x2C) }
                    offsets.append(bytes.count)
                    // A U+FEFF at the very start of the file would be its byte order mark: quote it there.
                    let quoted = bytes.isEmpty && field.hasPrefix("\u{FEFF}") ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : csvQuoted(field, &rng)
                    bytes += Array(quoted.utf8)
                }
                fieldOffsets.append(offsets)
                let last = index == rows.count - 1
                if !last || rng.chance(0.7) { bytes += Array(rng.pick(["\n", "\r\n", "\r"]).utf8) }
                if !last, rng.chance(0.15) {
                    // Blank lines: only LFs after an LF, so that no CR LF pair forms across them.
                    if bytes.last == 0x0A { bytes += Array(repeating: 0x0A, count: Int.random(in: 1...2, using: &rng)) }
                }
            }
            let expected = rows.indices.map { index in
                ReadRecord(line: Int(positions(of: [recordOffsets[index]], in: bytes)[0].split(separator: ":")[0])!,
                           fields: rows[index], positions: positions(of: fieldOffsets[index], in: bytes))
            }
            for chunkSize in [64 * 1024, Int.random(in: 1...7, using: &rng)] {
                let result = readCSV(bytes: bytes, chunkSize: chunkSize)
                #expect(result.problems == [], "seed \(seed), chunk \(chunkSize)")
                #expect(result.records == expected, "seed \(seed), chunk \(chunkSize): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                if result.records != expected { return }
            }
        }
    }

    /// 300 random valid datasets (members, outputs, reported counts): every date precision, free text with
    /// quotes, commas, line breaks, multibyte text and spaces around it; load() gives back every value and
    /// the line each row starts on, and validate() reports no error.
    @Test func randomValidDatasetsLoadBackValueForValue() throws {
        for seed in 1...300 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed &* 7919)
            let dataset = RandomDataset(&rng)
            let directory = DatasetDirectory(path: "D", files: dataset.files,
                                             chunkSize: rng.chance(0.5) ? 64 * 1024 : Int.random(in: 1...7, using: &rng))
            let validation = try directory.validate()
            #expect(validation.errorCount == 0, "seed \(seed): \(validation.diagnostics.map(\.description))")
            let loaded: Dataset
            do { loaded = try directory.load() } catch {
                Issue.record("seed \(seed): \(error)")
                return
            }
            #expect(loaded.members.map(\.comparable) == dataset.members.map(\.comparable), "seed \(seed)")
            #expect(loaded.outputs.map(\.comparable) == dataset.outputs.map(\.comparable), "seed \(seed)")
            #expect(loaded.reportedCounts.map(\.comparable) == dataset.counts.map(\.comparable), "seed \(seed)")
            #expect(loaded.inputs.map(\.rows) == [dataset.members.count, dataset.outputs.count, dataset.counts.count])
        }
    }
}

/// A random valid dataset and the bytes of its files.
struct RandomDataset {
    var members: [Member] = []
    var outputs: [Output] = []
    var counts: [ReportedCount] = []
    var files: [String: [UInt8]] = [:]

    init(_ rng: inout SeededGenerator) {
        let memberColumns = ["acronym", "name", "country", "region", "joined", "left", "notes", "source_url"]
        let memberOrder = memberColumns.shuffled(using: &rng)
        var writer = CSVWriter(file: "D/members.csv", header: memberOrder)
        for index in 0..<Int.random(in: 1...25, using: &rng) {
            let joined = randomDate(&rng, years: 1990...2030)
            let left: PartialDate? = rng.chance(0.25) ? randomDate(&rng, years: joined.year...2035, notBefore: joined) : nil
            let member = Member(acronym: "M\(index)" + (rng.chance(0.3) ? "é" : ""), name: Self.text(&rng, required: true),
                                country: Self.text(&rng, required: true), region: rng.pick(Region.allCases),
                                joined: joined, left: left, notes: Self.optionalText(&rng),
                                sourceURL: rng.chance(0.5) ? "https://example.org/\(index)?a=1,b=2" : nil,
                                location: DatasetCore.SourceLocation(file: "", line: 0, column: 0))
            let values: [String: String] = [
                "acronym": member.acronym, "name": member.name, "country": member.country,
                "region": member.region.rawValue, "joined": member.joined.description,
                "left": member.left?.description ?? "", "notes": member.notes ?? "", "source_url": member.sourceURL ?? "",
            ]
            var placed = member
            placed.location = writer.add(memberOrder.map { values[$0]! }, &rng)
            members.append(placed)
        }
        files["members.csv"] = writer.bytes

        let outputOrder = ["date", "type", "title", "lead", "series", "source_url", "extra"].shuffled(using: &rng)
        writer = CSVWriter(file: "D/outputs.csv", header: outputOrder)
        for _ in 0..<Int.random(in: 0...25, using: &rng) {
            let output = Output(date: randomDate(&rng, years: 1990...2030), type: rng.pick(OutputType.allCases),
                                title: Self.text(&rng, required: true),
                                lead: rng.chance(0.5) ? rng.pick(members).acronym : nil,
                                series: Self.optionalText(&rng), sourceURL: nil,
                                location: DatasetCore.SourceLocation(file: "", line: 0, column: 0))
            let values: [String: String] = [
                "date": output.date.description, "type": output.type.rawValue, "title": output.title,
                "lead": output.lead ?? "", "series": output.series ?? "", "source_url": "",
                "extra": randomField(&rng),
            ]
            var placed = output
            placed.location = writer.add(outputOrder.map { values[$0]! }, &rng)
            outputs.append(placed)
        }
        files["outputs.csv"] = writer.bytes

        let countOrder = ["date", "reported_members", "kind", "context", "source_url"].shuffled(using: &rng)
        writer = CSVWriter(file: "D/reported_counts.csv", header: countOrder)
        for _ in 0..<Int.random(in: 0...10, using: &rng) {
            let count = ReportedCount(date: randomDate(&rng, years: 1990...2030),
                                      reportedMembers: Int.random(in: 0...999_999_999, using: &rng),
                                      kind: rng.pick(CountKind.allCases), context: Self.optionalText(&rng),
                                      sourceURL: nil, location: DatasetCore.SourceLocation(file: "", line: 0, column: 0))
            let values: [String: String] = [
                "date": count.date.description, "reported_members": String(count.reportedMembers),
                "kind": count.kind.rawValue, "context": count.context ?? "", "source_url": "",
            ]
            var placed = count
            placed.location = writer.add(countOrder.map { values[$0]! }, &rng)
            counts.append(placed)
        }
        files["reported_counts.csv"] = writer.bytes
    }

    /// Free text: never empty when required; spaces around it are allowed (a warning, kept as written).
    static func text(_ rng: inout SeededGenerator, required: Bool) -> String {
        var text = randomField(&rng)
        if required, text.isEmpty { text = "x" }
        if rng.chance(0.1) { text = " " + text }
        if rng.chance(0.1) { text += "  " }
        return text
    }

    static func optionalText(_ rng: inout SeededGenerator) -> String? {
        rng.chance(0.4) ? nil : text(&rng, required: true)
    }
}

/// A random calendar date in `years` at a random precision, on or after `notBefore`'s first day when given.
func randomDate(_ rng: inout SeededGenerator, years: ClosedRange<Int>, notBefore: PartialDate? = nil) -> PartialDate {
    while true {
        let year = Int.random(in: years, using: &rng)
        let month = Int.random(in: 1...12, using: &rng)
        let day = Int.random(in: 1...DayNumber.daysIn(month: month, year: year), using: &rng)
        let date: PartialDate = switch Int.random(in: 0..<3, using: &rng) {
        case 0: PartialDate(year: year)
        case 1: PartialDate(year: year, month: month)!
        default: PartialDate(year: year, month: month, day: day)!
        }
        if let notBefore, date.firstDay < notBefore.firstDay { continue }
        return date
    }
}

/// Writes CSV records with correct quoting and random line ends, tracking where each record starts.
struct CSVWriter {
    let file: String
    private(set) var bytes: [UInt8] = []
    private var line = 1

    init(file: String, header: [String]) {
        self.file = file
        bytes = Array(header.joined(separator: ",").utf8) + [0x0A]
        line = 2
    }

    /// Appends one record; returns its location (line of its start, column 1).
    mutating func add(_ fields: [String], _ rng: inout SeededGenerator) -> DatasetCore.SourceLocation {
        let location = DatasetCore.SourceLocation(file: file, line: line, column: 1)
        let text = fields.map { csvQuoted($0, &rng) }.joined(separator: ",") + rng.pick(["\n", "\r\n", "\r"])
        bytes += Array(text.utf8)
        // Count the record's line ends by the reader's rule (CR LF is one).
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "\n" || scalar == "\r" {
            if scalar == "\n", index > 0, scalars[index - 1] == "\r" { continue }
            line += 1
        }
        return location
    }
}

extension Member {
    var comparable: String {
        "\(acronym)|\(name)|\(country)|\(region)|\(joined)|\(left.map(\.description) ?? "-")|\(notes ?? "-")|\(sourceURL ?? "-")|\(location)"
    }
}

extension Output {
    var comparable: String { "\(date)|\(type)|\(title)|\(lead ?? "-")|\(series ?? "-")|\(sourceURL ?? "-")|\(location)" }
}

extension ReportedCount {
    var comparable: String { "\(date)|\(reportedMembers)|\(kind)|\(context ?? "-")|\(sourceURL ?? "-")|\(location)" }
}
