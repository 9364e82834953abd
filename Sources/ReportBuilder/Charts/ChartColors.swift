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
    /// A member-timeline cohort of members from several regions.
    static let mixedRegions = SeriesColor.grey(1)
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

    /// Regions: seven categories, seven distinct colours (black excluded).
    static let regions = CategoryColors([
        (Region.europe.rawValue, .palette(.blue)),
        (Region.asiaPacific.rawValue, .palette(.orange)),
        (Region.northAmerica.rawValue, .palette(.skyBlue)),
        (Region.latinAmerica.rawValue, .palette(.bluishGreen)),
        (Region.middleEast.rawValue, .palette(.vermillion)),
        (Region.eurasia.rawValue, .palette(.reddishPurple)),
        (Region.africa.rawValue, .palette(.yellow)),
    ])
}
