import PartialDates
import StatisticsCore
import Testing
import _TestSupport

/// Property tests of edition spacing and of the correlation of changes (seeded, deterministic).
@Suite("Property: edition spacing and change correlation")
struct PropertyEditionSpacingTests {
    /// Each interval is ≥ 0 and lies within its shortest and longest possible length (also for nested
    /// periods such as `2020` and `2020-05`); the counts add up; the mean and
    /// median lie within the intervals; supplements never enter an interval. 300 random edition lists.
    @Test func intervalsLieWithinTheirRanges() {
        for seed in 1...300 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed)
            let editions = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
                DateCount(date: randomStatsDate(&rng, years: 2000...2030), count: rng.chance(0.2) ? 2 : 1)
            }
            let supplements = (0..<Int.random(in: 0...3, using: &rng)).map { _ in DateCount(date: randomStatsDate(&rng, years: 2000...2030)) }
            let reportYear = Int.random(in: 2000...2030, using: &rng)
            let spacing = EditionSpacing(editions: editions, supplements: supplements, reportYear: reportYear)
            let kept = editions.filter { $0.date.year <= reportYear }.reduce(0) { $0 + $1.count }
            #expect(spacing.editionCount == kept && spacing.intervalCount == max(0, kept - 1), "seed \(seed)")
            for interval in spacing.intervals {
                #expect(Double(interval.shortest) <= interval.days && interval.days <= Double(interval.longest), "seed \(seed)")
                #expect(interval.days >= 0, "seed \(seed)")
            }
            if let mean = spacing.meanDays, let median = spacing.medianDays {
                let days = spacing.intervals.map(\.days)
                #expect(mean >= days.min()! - 1e-9 && mean <= days.max()! + 1e-9, "seed \(seed)")
                #expect(median >= days.min()! && median <= days.max()!, "seed \(seed)")
            }
            if let since = spacing.daysSinceLast, let range = spacing.daysSinceLastRange {
                #expect(Double(range.lowerBound) <= since && since <= Double(range.upperBound), "seed \(seed)")
            }
        }
    }

    /// The changes have one pair fewer than the levels; coefficients stay in [−1, 1]; a relation is never
    /// claimed when the levels or the changes are weak. 300 random series.
    @Test func changeCorrelationIsConsistent() {
        for seed in 1...300 as ClosedRange<UInt64> {
            var rng = SeededGenerator(seed: seed)
            let n = Int.random(in: 0...30, using: &rng)
            let x = (0..<n).map { Double($0) * (rng.chance(0.5) ? 1 : 0) + Double(Int.random(in: 0...5, using: &rng)) }
            let y = (0..<n).map { _ in Double(Int.random(in: 0...4, using: &rng)) }
            let result = ChangeCorrelation(x, y)
            #expect(result.changes.n == max(0, n - 1), "seed \(seed)")
            for r in [result.levels.pearson, result.levels.spearman, result.changes.pearson, result.changes.spearman].compactMap({ $0 }) {
                #expect(r >= -1 && r <= 1, "seed \(seed)")
            }
            if result.verdict == .positive || result.verdict == .negative {
                #expect(abs(result.levels.pearson!) >= ChangeCorrelation.moderate && abs(result.changes.pearson!) >= ChangeCorrelation.moderate)
                #expect(result.changesPValue! < ChangeCorrelation.level, "seed \(seed)")
            }
        }
    }
}
