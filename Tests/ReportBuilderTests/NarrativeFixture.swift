import DatasetCore
import PartialDates
import ReportBuilder
import StatisticsCore

/// The bundled ISECG datasets (Datasets/*.csv at the time of writing) as plain values, transcribed by a script so
/// that the tests read no file; and a few small generic groups for the edge cases.
enum NarrativeFixture {
    static func day(_ text: String) -> PartialDate { try! PartialDate.parse(text).get() }

    /// A dummy source location for the records: the fixture reads no file.
    static let here = SourceLocation(file: "fixture", line: 1, column: 1)

    /// The names of the bundled `report.yml`, with the member noun and source note a publication would use.
    static let isecgNames = PublicationNames(group: "International Space Exploration Coordination Group", short: "ISECG",
                                             title: "ISECG annual summary", memberNoun: "agencies",
                                             sourceNote: "agency announcements")

    /// members.csv: acronym, name, country, region, joined, left.
    static let roster: [Member] = [
        Member(acronym: "ASI", name: "Italian Space Agency (Agenzia Spaziale Italiana)", country: "Italy", region: .europe, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "UKSA", name: "UK Space Agency (British National Space Centre, BNSC, until 2010)", country: "United Kingdom", region: .europe, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "CNES", name: "Centre National d'Etudes Spatiales", country: "France", region: .europe, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "CNSA", name: "China National Space Administration", country: "China", region: .asiaPacific, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "CSA", name: "Canadian Space Agency", country: "Canada", region: .northAmerica, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "CSIRO", name: "Commonwealth Scientific and Industrial Research Organisation", country: "Australia", region: .asiaPacific, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "DLR", name: "German Aerospace Center (Deutsches Zentrum fuer Luft- und Raumfahrt)", country: "Germany", region: .europe, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "ESA", name: "European Space Agency", country: "Europe (intergovernmental)", region: .europe, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "ISRO", name: "Indian Space Research Organisation", country: "India", region: .asiaPacific, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "JAXA", name: "Japan Aerospace Exploration Agency", country: "Japan", region: .asiaPacific, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "KARI", name: "Korea Aerospace Research Institute", country: "Republic of Korea", region: .asiaPacific, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "NASA", name: "National Aeronautics and Space Administration", country: "United States", region: .northAmerica, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "SSAU", name: "State Space Agency of Ukraine (National Space Agency of Ukraine, NSAU, at founding)", country: "Ukraine", region: .europe, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "Roscosmos", name: "Russian Federal Space Agency / State Corporation Roscosmos", country: "Russia", region: .eurasia, joined: day("2007-11-06"), left: nil, location: here),
        Member(acronym: "UAESA", name: "United Arab Emirates Space Agency", country: "United Arab Emirates", region: .middleEast, joined: day("2015-10-05"), left: nil, location: here),
        Member(acronym: "ASA", name: "Australian Space Agency", country: "Australia", region: .asiaPacific, joined: day("2019"), left: nil, location: here),
        Member(acronym: "ROSA", name: "Romanian Space Agency", country: "Romania", region: .europe, joined: day("2019"), left: nil, location: here),
        Member(acronym: "SSO", name: "Swiss Space Office (State Secretariat for Education, Research and Innovation, SERI)", country: "Switzerland", region: .europe, joined: day("2019"), left: nil, location: here),
        Member(acronym: "POLSA", name: "Polish Space Agency", country: "Poland", region: .europe, joined: day("2019"), left: nil, location: here),
        Member(acronym: "LSA", name: "Luxembourg Space Agency", country: "Luxembourg", region: .europe, joined: day("2019"), left: nil, location: here),
        Member(acronym: "NOSA", name: "Norwegian Space Agency (Norsk Romsenter; Norwegian Space Centre until renamed in English)", country: "Norway", region: .europe, joined: day("2020"), left: nil, location: here),
        Member(acronym: "VNSC", name: "Vietnam National Space Center", country: "Vietnam", region: .asiaPacific, joined: day("2020"), left: nil, location: here),
        Member(acronym: "AEB", name: "Brazilian Space Agency (Agencia Espacial Brasileira)", country: "Brazil", region: .latinAmerica, joined: day("2020-08"), left: nil, location: here),
        Member(acronym: "GISTDA", name: "Geo-Informatics and Space Technology Development Agency", country: "Thailand", region: .asiaPacific, joined: day("2020-08-31"), left: nil, location: here),
        Member(acronym: "AEM", name: "Mexican Space Agency (Agencia Espacial Mexicana)", country: "Mexico", region: .latinAmerica, joined: day("2020"), left: nil, location: here),
        Member(acronym: "PTS", name: "Portugal Space (Portuguese Space Agency)", country: "Portugal", region: .europe, joined: day("2020"), left: nil, location: here),
        Member(acronym: "NZSA", name: "New Zealand Space Agency (within MBIE)", country: "New Zealand", region: .asiaPacific, joined: day("2021"), left: nil, location: here),
    ]

    /// outputs.csv: date, type, title, lead.
    static let outputs: [Output] = [
        Output(date: day("2007-03-07"), type: .workshop, title: "Kyoto Workshop for the Global Space Exploration Strategy, 7-9 Mar 2007 (14-organisation GES team reviews draft Framework; precursor to ISECG)", lead: "JAXA", location: here),
        Output(date: day("2007-05-31"), type: .strategy, title: "The Global Exploration Strategy: The Framework for Coordination (released by 14 agencies)", lead: nil, location: here),
        Output(date: day("2007-11-06"), type: .meeting, title: "1st ISECG meeting, Berlin: ISECG established and Terms of Reference adopted", lead: "DLR", location: here),
        Output(date: day("2008-03-14"), type: .report, title: "ISECG Annual Report 2007 (first annual report; version dated 14 Mar 2008)", lead: nil, location: here),
        Output(date: day("2008-07-10"), type: .meeting, title: "2nd ISECG meeting, Montreal, 10-12 Jul 2008 (hosted by CSA; ESA-hosted secretariat agreed)", lead: "CSA", location: here),
        Output(date: day("2009-03"), type: .report, title: "ISECG Annual Report 2008 (released March 2009)", lead: nil, location: here),
        Output(date: day("2009-03-10"), type: .meeting, title: "3rd ISECG meeting, Yokohama, 10-12 Mar 2009 (JAXA chair; lunar exploration scenarios adopted for study)", lead: "JAXA", location: here),
        Output(date: day("2009-12"), type: .report, title: "ISECG Annual Report 2009 (released December 2009)", lead: nil, location: here),
        Output(date: day("2009-12-02"), type: .meeting, title: "4th ISECG meeting, Noordwijk, 2-3 Dec 2009 (hosted by ESA)", lead: "ESA", location: here),
        Output(date: day("2010"), type: .report, title: "ISECG Annual Report 2010 (fourth annual report; publication date not found - year is coverage year)", lead: nil, location: here),
        Output(date: day("2010-06-23"), type: .meeting, title: "First ISECG Senior Agency Management meeting, National Harbor, Maryland (agreed to develop a global exploration roadmap)", lead: "NASA", location: here),
        Output(date: day("2010-07-20"), type: .report, title: "ISECG Reference Architecture for Human Lunar Exploration - Summary Report", lead: nil, location: here),
        Output(date: day("2011"), type: .meeting, title: "Senior agency managers meeting, Kyoto (10 agencies; JAXA chair) held weeks before GER 1 release - date not found, probably Aug 2011 (inferred)", lead: "JAXA", location: here),
        Output(date: day("2011"), type: .report, title: "ISECG Annual Report 2011 (publication date not found - year is coverage year)", lead: nil, location: here),
        Output(date: day("2011-09-22"), type: .roadmap, title: "Global Exploration Roadmap, 1st edition (12 agencies; 'Asteroid Next' and 'Moon Next' pathways) - date of NASA release advisory", lead: nil, location: here),
        Output(date: day("2011-11-14"), type: .workshop, title: "NASA Human Space Exploration Community Workshop introducing the GER, San Diego, 14-16 Nov 2011", lead: "NASA", location: here),
        Output(date: day("2012"), type: .meeting, title: "Senior agency managers meeting hosted by CSA (11 agencies); CSA takes over rotating chair; GER update announced for mid-2013 - exact date not found (year inferred)", lead: "CSA", location: here),
        Output(date: day("2012"), type: .statement, title: "ISECG mandate (initially 5 years) extended for a further 10 years, to 2022 (per ISECG 15-year retrospective)", lead: nil, location: here),
        Output(date: day("2013-08-20"), type: .roadmap, title: "Global Exploration Roadmap, 2nd edition (August 2013 update; single reference mission scenario)", lead: nil, location: here),
        Output(date: day("2013-09-20"), type: .whitePaper, title: "Benefits Stemming from Space Exploration", lead: nil, location: here),
        Output(date: day("2013-12-20"), type: .report, title: "ISECG Annual Report 2013 (posted 20 Dec 2013)", lead: nil, location: here),
        Output(date: day("2014-04-10"), type: .workshop, title: "NASA Community Workshop on the Global Exploration Roadmap, JHU Applied Physics Laboratory, 10-11 Apr 2014", lead: "NASA", location: here),
        Output(date: day("2014-07-24"), type: .workshop, title: "Stakeholder Engagement on the GER: Focus on Science (special session at NASA Exploration Science Forum, NASA Ames)", lead: "NASA", location: here),
        Output(date: day("2014-09-30"), type: .meeting, title: "Senior Agency Management meeting; ISECG chair passes from CSA to ESA", lead: nil, location: here),
        Output(date: day("2015"), type: .report, title: "ISECG Annual Report 2015 (records UAE Space Agency as 15th member; publication date not found)", lead: nil, location: here),
        Output(date: day("2015-10-07"), type: .meeting, title: "Senior agency managers meeting at ESA/ESOC Darmstadt (14 agencies; next steps for GER implementation)", lead: "ESA", location: here),
        Output(date: day("2016-02-10"), type: .workshop, title: "COSPAR Panel on Exploration / ISECG workshop on science enabled by human exploration, CNES HQ Paris, 10-11 Feb 2016", lead: nil, location: here),
        Output(date: day("2016-07-06"), type: .workshop, title: "ISECG Lunar Polar Volatiles Virtual Workshop #3: Lunar Surface Prospecting Instruments", lead: "NASA", location: here),
        Output(date: day("2016-09-14"), type: .workshop, title: "ISECG Lunar Polar Volatiles Virtual Workshop #4: Lunar Volatiles Acquisition Technologies", lead: "NASA", location: here),
        Output(date: day("2016-12"), type: .whitePaper, title: "Summary of Science White Paper 'Scientific Opportunities Enabled by Human Exploration Beyond Low-Earth Orbit' (month inferred from ISECG post image name 'cover20161201')", lead: nil, location: here),
        Output(date: day("2017"), type: .report, title: "ISECG Annual Report 2017 (publication date not found; published after GER 3, i.e. 2018)", lead: nil, location: here),
        Output(date: day("2017-11-29"), type: .workshop, title: "NASA-hosted virtual GER community workshop, 29-30 Nov 2017 (onsite seating at SSERVI, NASA Ames) to inform GER 3", lead: "NASA", location: here),
        Output(date: day("2017-12"), type: .whitePaper, title: "Science White Paper (full): 'Scientific Opportunities Enabled by Human Exploration Beyond Low-Earth Orbit' (Dec 2017 per ISECG Annual Report 2017; ESSC announced it 25 Jan 2018)", lead: nil, location: here),
        Output(date: day("2018-01"), type: .roadmap, title: "Global Exploration Roadmap, 3rd edition (January 2018; lunar-vicinity Gateway; 15 agencies, DLR logo absent)", lead: nil, location: here),
        Output(date: day("2018-07-01"), type: .assessment, title: "Telerobotic Control of Systems with Time Delay - Gap Assessment Report (ISECG Technology Working Group; document date)", lead: nil, location: here),
        Output(date: day("2019"), type: .report, title: "ISECG Annual Report 2019 (membership grows to 20; released early 2020 - inferred from LSA release)", lead: nil, location: here),
        Output(date: day("2019-03-18"), type: .meeting, title: "Senior managers meeting, ESA/ESTEC Noordwijk, 18-19 Mar 2019 (15 agencies)", lead: "ESA", location: here),
        Output(date: day("2020-03-12"), type: .meeting, title: "Senior managers virtual meeting, 12-13 Mar 2020 (17 agencies; GER supplement announced)", lead: nil, location: here),
        Output(date: day("2020-08"), type: .supplement, title: "Global Exploration Roadmap Supplement - Lunar Surface Exploration Scenario Update (August 2020)", lead: nil, location: here),
        Output(date: day("2020-09-09"), type: .meeting, title: "Senior managers virtual meeting (23 agencies); AEB and GISTDA welcomed", lead: nil, location: here),
        Output(date: day("2021-04-21"), type: .assessment, title: "In-Situ Resource Utilization (ISRU) Gap Assessment Report (document date; Gap Assessment Team set up 2019)", lead: nil, location: here),
        Output(date: day("2021-11-30"), type: .meeting, title: "Senior managers virtual meeting, 30 Nov and 2 Dec 2021 (24 agencies); AEM, PTS and NZSA welcomed, total 27", lead: nil, location: here),
        Output(date: day("2022"), type: .supplement, title: "Global Exploration Roadmap Supplement 2022 - Lunar Surface Exploration Scenario Update (refined lunar objectives; new lunar science chapter). File name suggests finalised 6 Oct 2022 (inferred); release date not confirmed", lead: nil, location: here),
        Output(date: day("2023-12-07"), type: .meeting, title: "ISECG meeting hosted by KARI, Songdo, 7-8 Dec 2023 (20 agencies in person/virtual; support for a 4th GER in H2 2024)", lead: "KARI", location: here),
        Output(date: day("2024-08"), type: .roadmap, title: "Global Exploration Roadmap, 4th edition (2024; vision to 2050; GER poster released 20 Aug 2024; CSA news 4 Sep 2024)", lead: nil, location: here),
        Output(date: day("2024-12"), type: .meeting, title: "ISECG meeting at ESA European Astronaut Centre, Cologne (21 agencies in person/virtual)", lead: "ESA", location: here),
    ]

    /// reported_counts.csv: date and reported_members of the rows of kind `total`.
    static let totals: [CountStatement] = [
        CountStatement(date: day("2007-05-31"), reported: 14),
        CountStatement(date: day("2007-11-06"), reported: 14),
        CountStatement(date: day("2009-12-02"), reported: 14),
        CountStatement(date: day("2010-09-30"), reported: 14),
        CountStatement(date: day("2015-10-05"), reported: 15),
        CountStatement(date: day("2017-06-07"), reported: 15),
        CountStatement(date: day("2017-10-16"), reported: 15),
        CountStatement(date: day("2017-12"), reported: 15),
        CountStatement(date: day("2018-02-02"), reported: 15),
        CountStatement(date: day("2019"), reported: 20),
        CountStatement(date: day("2020"), reported: 22),
        CountStatement(date: day("2020"), reported: 22),
        CountStatement(date: day("2020"), reported: 24),
        CountStatement(date: day("2020-08"), reported: 22),
        CountStatement(date: day("2020-08-31"), reported: 24),
        CountStatement(date: day("2021"), reported: 26),
        CountStatement(date: day("2021"), reported: 27),
        CountStatement(date: day("2021"), reported: 27),
        CountStatement(date: day("2021-12-02"), reported: 27),
        CountStatement(date: day("2022"), reported: 27),
        CountStatement(date: day("2023-12-07"), reported: 27),
        CountStatement(date: day("2024-09-04"), reported: 27),
    ]
}

extension NarrativeFixture {
    /// The statistics of a roster, outputs and reported totals, with every output type as a category.
    static func statistics(_ roster: [Member], _ outputs: [Output] = [], _ totals: [CountStatement] = [],
                           year: Int? = nil) -> GroupStatistics {
        GroupStatistics(members: roster.map(\.memberSpan), tally: OutputTally(outputs.map(\.event), editionCategories: GroupStatistics.editionCategories),
                        statements: totals,
                        reportYear: year, categories: StatsDocument.outputTypes)
    }

    /// The bundled ISECG data for report year 2024.
    static var isecg: GroupStatistics { statistics(roster, outputs, totals, year: 2024) }

    /// Two members who joined in one year, nothing else: a single year, no outputs, no roadmap.
    static let singleYearRoster = [
        Member(acronym: "A", name: "", country: "", region: .asiaPacific, joined: day("2021-04"), location: here),
        Member(acronym: "B", name: "", country: "", region: .africa, joined: day("2021"), location: here),
    ]

    /// Members only over several years, one of whom left: a decline with a departure.
    static let departureRoster = [
        Member(acronym: "A", name: "", country: "", region: .europe, joined: day("2010-01-15"), location: here),
        Member(acronym: "B", name: "", country: "", region: .europe, joined: day("2010-03"), location: here),
        Member(acronym: "C", name: "", country: "", region: .africa, joined: day("2010"), left: day("2013-06-30"), location: here),
        Member(acronym: "D", name: "", country: "", region: .africa, joined: day("2010-05-01"), left: day("2012"), location: here),
    ]

    /// Constant membership with outputs but no roadmap.
    static let flatRoster = [
        Member(acronym: "X", name: "", country: "", region: .europe, joined: day("2015-01-01"), location: here),
        Member(acronym: "Y", name: "", country: "", region: .asiaPacific, joined: day("2015-01-01"), location: here),
    ]
    static let flatOutputs = [
        Output(date: day("2016-05"), type: .meeting, title: "Plenary", location: here),
        Output(date: day("2018"), type: .whitePaper, title: "A paper", location: here),
    ]
}
