/// The reconciliation of reported totals in four separate counts, for a headline that says what it means
/// ("None of 22 reported totals differs from the roster: 11 match exactly, 10 are within the range that
/// imprecise join dates allow, 1 predates it").
public struct ReconciliationSummary: Hashable, Sendable {
    /// Statements reconciled.
    public var total: Int
    /// The roster count is exact and equal.
    public var exactMatches: Int
    /// The roster count is a range (imprecise dates) and the total lies in it.
    public var consistentWithinDatePrecision: Int
    /// The total lies outside the roster count or range.
    public var differing: Int
    /// The statement predates the roster.
    public var beforeRoster: Int

    /// Statements that could be compared with the roster (all but those before it).
    public var compared: Int { total - beforeRoster }
    /// Whether no compared total differs.
    public var noneDiffers: Bool { differing == 0 }

    /// Counts `rows` by status.
    public init(_ rows: [ReconciliationRow]) {
        total = rows.count
        exactMatches = rows.count { $0.status == .match }
        consistentWithinDatePrecision = rows.count { $0.status == .consistentWithinDatePrecision }
        differing = rows.count { $0.status == .discrepancy }
        beforeRoster = rows.count { $0.status == .beforeRoster }
    }
}
