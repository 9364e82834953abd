import PartialDates

/// One member's span of membership, as the statistics need it.
///
/// The report layer maps each roster row to a `MemberSpan`: `id` is the acronym, `group` the region.
/// A member is in on day `t` when `joined ≤ t ≤ left` (or `left` is empty).
public struct MemberSpan: Hashable, Sendable {
    /// A unique identifier of the member (for example its acronym).
    public var id: String
    /// The group the member is counted under in shares (for example its region).
    public var group: String
    /// When the member joined, at the precision it is known.
    public var joined: PartialDate
    /// When the member left, if it did.
    public var left: PartialDate?

    /// Creates a member span.
    public init(id: String, group: String, joined: PartialDate, left: PartialDate? = nil) {
        self.id = id
        self.group = group
        self.joined = joined
        self.left = left
    }
}

/// One coordination output (a document or an event), as the statistics need it.
public struct OutputEvent: Hashable, Sendable {
    /// When the output appeared.
    public var date: PartialDate
    /// Its category (for example the output type `roadmap`).
    public var category: String
    /// The member that led it, if one is named.
    public var lead: String?

    /// Creates an output event.
    public init(date: PartialDate, category: String, lead: String? = nil) {
        self.date = date
        self.category = category
        self.lead = lead
    }
}

/// A reported total number of members on a date (a press release, a report), to reconcile with the roster.
///
/// Only statements of the kind "total" are reconciled; the report layer filters out the others.
public struct CountStatement: Hashable, Sendable {
    /// The date the statement refers to, at the precision it is known.
    public var date: PartialDate
    /// The number of members the statement reports.
    public var reported: Int

    /// Creates a count statement.
    public init(date: PartialDate, reported: Int) {
        self.date = date
        self.reported = reported
    }
}
