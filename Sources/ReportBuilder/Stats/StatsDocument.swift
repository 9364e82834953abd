import PartialDates
import StatisticsCore

/// The statistics document: every statistic of one report year as the stable, named structure behind
/// `stats.json` and the `stats` command's table, CSV and Markdown.
///
/// Every key is documented in `docs/stats-json.md`. Values that are not available are kept as nil and
/// written as `null` in JSON, "n/a" in the table and Markdown, and an empty field in CSV.
public struct StatsDocument: Sendable {
    /// The version of the document's layout: 2 since the count forecast, edition spacing, correlation of
    /// changes and reconciliation counts (2026-12-02); raised whenever a key changes meaning or moves.
    public static let schemaVersion = 2

    /// The report year; nil only without any date.
    public var reportYear: Int?
    /// The first join year (start of the range); nil without members.
    public var firstYear: Int?
    /// Membership statistics.
    public var membership: Membership
    /// Output statistics.
    public var outputs: Outputs
    /// Correlation of year-end members with outputs per year.
    public var correlation: CorrelationSection
    /// Each reported total against the roster.
    public var reconciliation: [ReconciliationEntry]
    /// The reconciliation's rows counted by status.
    public var reconciliationSummary: ReconciliationSummary
    /// The input files the statistics were computed from.
    public var inputs: [InputFileSummary]
    /// The roster: each member's acronym, join date and departure date as written, by join date then acronym
    /// (for readers that compare two builds); empty when built from statistics alone.
    public var roster: [RosterEntry] = []

    /// Every output's date and title as written, by date then title (for readers that compare two builds);
    /// nil when not recorded (more than ``outputListLimit`` outputs, or built from statistics alone).
    public var outputList: [OutputListEntry]?

    /// One output of `outputList`.
    public struct OutputListEntry: Hashable, Sendable {
        /// Its date as written.
        public var date: PartialDate
        /// Its title as written.
        public var title: String

        /// Creates an entry.
        public init(date: PartialDate, title: String) {
            self.date = date
            self.title = title
        }
    }

    /// One member of `roster`.
    public struct RosterEntry: Hashable, Sendable {
        /// The member's acronym.
        public var acronym: String
        /// Its join date as written.
        public var joined: PartialDate
        /// Its departure date as written; nil while a member.
        public var left: PartialDate?

        /// Creates a roster entry.
        public init(acronym: String, joined: PartialDate, left: PartialDate?) {
            self.acronym = acronym
            self.joined = joined
            self.left = left
        }
    }
    /// Short text of each definition and named method, keyed by name.
    public var definitions: [String: String]

    /// Membership statistics: years, growth, trend, forecast, regions.
    public struct Membership: Sendable {
        /// One row per year of the range.
        public var years: [MembershipYear]
        /// CAGR in percent over the range.
        public var cagrPercent: Double?
        /// Linear least squares of year-end members on the calendar year.
        public var trend: Trend
        /// Growth per year in percent by log-linear OLS.
        public var logLinearGrowthPercent: Double?
        /// The count model's forecast (the headline): its entries and method, or why there is none.
        public var countForecast: CountForecast
        /// The count forecast's five years after the report year, with 95 % predictive intervals.
        public var forecast: [ForecastEntry] { countForecast.entries }
        /// Members by region at the end of the report year.
        public var byRegion: [GroupShare]
    }

    /// The linear trend of year-end members; every value nil when there is no fit (fewer than two years).
    public struct Trend: Sendable {
        /// Method name: "linear least squares".
        public var method: String
        /// Number of years fitted.
        public var n: Int
        /// Members per year.
        public var slope: Double?
        /// Value at year 0 of the calendar (the fit is on calendar years).
        public var intercept: Double?
        /// Value of the fit at the first year.
        public var valueAtFirstYear: Double?
        /// Coefficient of determination (nil when the series is constant).
        public var r2: Double?
        /// Standard error of the slope (nil when n < 3).
        public var slopeStandardError: Double?
        /// Standard error of the intercept (nil when n < 3).
        public var interceptStandardError: Double?
        /// Residual standard error (nil when n < 3).
        public var residualStandardError: Double?
        /// The Durbin–Watson statistic of the residuals (nil for an exact fit or no fit).
        public var durbinWatson: Double?
        /// Whether the fit is adequate to describe as a linear trend (``TrendAdequacy``).
        public var adequate: Bool
        /// The line extended over the five years after the report year, with its 95 % prediction interval
        /// (a description, not a forecast); empty when n < 3.
        public var extrapolation: [ForecastEntry]
    }

    /// Output statistics: per year by type, editions, leads.
    public struct Outputs: Sendable {
        /// The output types, in the order the columns of `byType` are shown.
        public var types: [String]
        /// One row per year of the range.
        public var years: [OutputYear]
        /// Days between consecutive roadmap editions (middles of imprecise periods), supplements beside.
        public var roadmapIntervalDays: EditionSpacing
        /// Strategy and roadmap editions on or before the end of the report year, one per distinct
        /// (date, type) with how many outputs share it, by date then type (supplements not included).
        public var editions: [OutputTally.EditionCount]
        /// Supplements on or before the end of the report year, by date, with how many share each date.
        public var supplements: [DateCount] { roadmapIntervalDays.supplements }
        /// Outputs per lead, by count then name.
        public var byLead: [LeadCount]
        /// Total outputs in the range over the sum of year-end members.
        public var perMemberYear: Double?
    }

    /// Pearson and Spearman correlation of year-end members with outputs per year, in levels and in changes.
    public struct CorrelationSection: Sendable {
        /// What is correlated with what.
        public var between: String
        /// Levels and year-over-year changes, with the verdict they support together.
        public var both: ChangeCorrelation
        /// The levels' coefficients, n and whether they are meaningful.
        public var result: CorrelationResult { both.levels }
    }

    /// One reported total and the roster on its date.
    public typealias ReconciliationEntry = ReconciliationRow
}

/// One input file: its name, SHA-256 and number of data rows.
public struct InputFileSummary: Hashable, Sendable {
    /// The file's name (for example `members.csv`).
    public var file: String
    /// The SHA-256 of its bytes, lowercase hex.
    public var sha256: String
    /// Its number of data rows (the header not counted).
    public var rows: Int

    /// Creates an input file summary.
    public init(file: String, sha256: String, rows: Int) {
        self.file = file
        self.sha256 = sha256
        self.rows = rows
    }
}
