import ChartEngine
import DatasetCore

/// The one category → colour mapping of the project, so a category has the same colour in every chart.
///
/// Okabe–Ito throughout: blue is membership (the main series everywhere), orange roadmaps, sky blue reports,
/// bluish green meetings, reddish purple workshops, yellow white papers, black strategy, vermillion forecasts
/// and reported counts; the two rarest output types are grey rather than cycling the palette.
enum ChartColors {
    /// The main series: members.
    static let membership = SeriesColor.palette(.blue)
    /// Forecasts, reported counts and highlights.
    static let highlight = SeriesColor.palette(.vermillion)
    /// A member timeline cohort of members from several regions (a grey no output type uses).
    static let mixedRegions = SeriesColor.grey(3)
    /// All outputs taken together (cumulative outputs).
    static let allOutputs = SeriesColor.grey(2)

    /// Supplements: orange #E69F00 mixed halfway with white (#F3CF80), outlined like yellow on light pages.
    static let supplement = SeriesColor.custom(Color(hex: 0xF3CF80))

    /// Output types, in the schema's order.
    static let outputTypes = CategoryColors([
        (OutputType.strategy.rawValue, .palette(.black)),
        (OutputType.roadmap.rawValue, .palette(.orange)),
        // A supplement is an update to a roadmap edition: a light tint of the roadmap's orange, its own colour.
        (OutputType.supplement.rawValue, supplement),
        (OutputType.report.rawValue, .palette(.skyBlue)),
        (OutputType.whitePaper.rawValue, .palette(.yellow)),
        (OutputType.assessment.rawValue, .grey(0)),
        (OutputType.workshop.rawValue, .palette(.reddishPurple)),
        (OutputType.meeting.rawValue, .palette(.bluishGreen)),
        (OutputType.statement.rawValue, .grey(1)),
    ])

    /// Regions: seven categories from Paul Tol's "muted" scheme (also designed for colour-vision deficiencies),
    /// not from Okabe–Ito, which the output types, membership and highlights already use: no hue means a region
    /// in one chart and an output type or a series in another.
    static let regions = CategoryColors([
        (Region.europe.rawValue, .custom(Color(hex: 0x332288))),       // indigo
        (Region.asiaPacific.rawValue, .custom(Color(hex: 0xCC6677))),  // rose
        (Region.northAmerica.rawValue, .custom(Color(hex: 0x88CCEE))), // cyan
        (Region.latinAmerica.rawValue, .custom(Color(hex: 0x44AA99))), // teal
        (Region.middleEast.rawValue, .custom(Color(hex: 0x882255))),   // wine
        (Region.eurasia.rawValue, .custom(Color(hex: 0x999933))),      // olive
        (Region.africa.rawValue, .custom(Color(hex: 0xDDCC77))),       // sand
    ])

    /// Every colour a series or category has in the report, by what it means, for the one-meaning check.
    static var meanings: [(meaning: String, color: SeriesColor)] {
        [("membership", membership), ("highlight", highlight), ("all outputs", allOutputs), ("several regions", mixedRegions)]
            + outputTypes.entries.map { ("type \($0.category)", $0.color) }
            + regions.entries.map { ("region \($0.category)", $0.color) }
    }
}
