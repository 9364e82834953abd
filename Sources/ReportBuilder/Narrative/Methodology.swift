/// The methodology section: each definition of the statistics in plain words, and each method by name.
public enum Methodology {
    /// One heading and its paragraph.
    public struct Section: Hashable, Sendable {
        /// The heading ("Compound annual growth rate").
        public var heading: String
        /// The paragraph, in plain words.
        public var paragraph: String
    }

    /// The sections in reading order, with the member noun of `names` ("members" by default): the
    /// methodology of each concept of ``StatsConcepts`` that has one.
    public static func sections(names: PublicationNames = PublicationNames()) -> [Section] {
        StatsConcepts.all.compactMap { $0.methodology?(names.memberNoun, names.memberSingular) }
    }
}
