/// The region a member belongs to; the spelling of `rawValue` is the one the CSV uses.
public enum Region: String, CaseIterable, Sendable {
    case europe = "Europe"
    case northAmerica = "North America"
    case latinAmerica = "Latin America"
    case asiaPacific = "Asia-Pacific"
    case middleEast = "Middle East"
    case africa = "Africa"
    case eurasia = "Eurasia"
}

/// The kind of a coordination output (`type` in outputs.csv): documents and events.
///
/// A `roadmap` row is an edition; a `supplement` updates or supplements an edition (for example the GER
/// 2020 and 2022 supplements): it is an output, listed beside the editions, never counted as one.
public enum OutputType: String, CaseIterable, Sendable {
    case strategy, roadmap, supplement, report
    case whitePaper = "white-paper"
    case assessment, workshop, meeting, statement
}

/// What a press-reported number counts (`kind` in reported_counts.csv).
///
/// Only `total` rows say how many members the group had; the others count something else and are
/// never reconciled against the roster.
public enum CountKind: String, CaseIterable, Sendable {
    /// The number of members on that date.
    case total
    /// The number of agencies at a meeting.
    case attendance
    /// The number of agencies credited with a document.
    case contributors
    /// A number repeated from an older source, known to be out of date.
    case stale
}
