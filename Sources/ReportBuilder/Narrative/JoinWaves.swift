import DatasetCore
import PartialDates
import StatisticsCore

/// Runs of consecutive years with joins after the first year of the range: the "waves" of growth.
struct JoinWave: Hashable, Sendable {
    /// First and last year of the run.
    var first: Int, last: Int
    /// Joins in the run.
    var joins: Int

    /// "2015" or "2019–2021".
    var years: String { HouseStyle.years(first, last) }

    /// "in 2015" or "between 2019 and 2021".
    var when: String { first == last ? "in \(first)" : "between \(first) and \(last)" }

    /// The waves of `membership` after its first year, in order.
    static func waves(_ membership: [MembershipYear]) -> [JoinWave] {
        var waves: [JoinWave] = []
        for row in membership.dropFirst() where row.joined > 0 {
            if let last = waves.last, last.last == row.year - 1 {
                waves[waves.count - 1].last = row.year
                waves[waves.count - 1].joins += row.joined
            } else {
                waves.append(JoinWave(first: row.year, last: row.year, joins: row.joined))
            }
        }
        return waves
    }

    /// The wave with the most joins (the earliest on a tie); nil without waves.
    static func largest(_ waves: [JoinWave]) -> JoinWave? {
        waves.max { ($0.joins, $1.first) < ($1.joins, $0.first) }
    }

    /// The acronyms of the roster entries that joined in the wave, in join order.
    func acronyms(in roster: [Member]) -> [String] {
        roster.filter { (first...last).contains($0.joined.year) }
            .sorted { ($0.joined, $0.acronym) < ($1.joined, $1.acronym) }.map(\.acronym)
    }
}

/// Facts of a statistics value that several texts use.
extension GroupStatistics {
    /// The membership row of the report year (the last of the range).
    var reportRow: MembershipYear? { membership.last }

    /// The first row of the range.
    var firstRow: MembershipYear? { membership.first }

    /// "2007–2024", the range of years; nil without members.
    var rangeText: String? {
        guard let first = membership.first?.year, let last = membership.last?.year else { return nil }
        return HouseStyle.years(first, last)
    }

    /// Departures over the range.
    var departures: Int { membership.reduce(0) { $0 + $1.left } }

    /// Outputs over the range.
    var totalOutputs: Int { outputs.last?.cumulative ?? 0 }

    /// The report year's outputs by category, in `categories` order, without zeros.
    var reportYearOutputs: [(type: String, count: Int)] {
        guard let row = outputs.last else { return [] }
        return categories.compactMap { type in row.byCategory[type].flatMap { $0 > 0 ? (type, $0) : nil } }
    }

    /// Outputs over the range by category, most first (then in `categories` order), without zeros.
    var outputsByCategory: [(type: String, count: Int)] {
        let totals = categories.map { type in (type, outputs.reduce(0) { $0 + ($1.byCategory[type] ?? 0) }) }
        return totals.enumerated().filter { $0.element.1 > 0 }
            .sorted { ($0.element.1, $1.offset) > ($1.element.1, $0.offset) }.map { $0.element }
    }

    /// Distinct roadmap (interval category) dates on or before the end of the report year.
    var roadmapDates: [PartialDate] { editionIntervals?.dates ?? [] }
}
