import PartialDates
import Testing

@Test func parsesThreePrecisions() throws {
    #expect(try PartialDate.parse("2019").get().precision == .year)
    #expect(try PartialDate.parse("2019-08").get().precision == .month)
    #expect(try PartialDate.parse("2019-08-31").get().precision == .day)
}

@Test func rejectsDatesNotOnTheCalendar() {
    #expect(PartialDate.parse("2019-02-30") == .failure(.dayOutOfRange(day: 30, month: 2, year: 2019)))
    #expect(PartialDate.parse("1900-02-29") == .failure(.dayOutOfRange(day: 29, month: 2, year: 1900)))
    #expect(PartialDate.parse("2000-02-29").map(\.precision) == .success(.day))
    #expect(PartialDate.parse("2019-13") == .failure(.monthOutOfRange(13)))
    #expect(PartialDate.parse("2019-00-10") == .failure(.monthOutOfRange(0)))
    #expect(PartialDate.parse("2019-04-31") == .failure(.dayOutOfRange(day: 31, month: 4, year: 2019)))
    #expect(PartialDate.parse("0000") == .failure(.yearOutOfRange(0)))
}

@Test func rejectsMalformedText() {
    for text in ["", "19", "2019-8", "2019/08/01", " 2019", "2019-08-01T00", "２０１９", "2019-0a"] {
        #expect(PartialDate.parse(text) == .failure(.malformed), "\(text)")
    }
}

@Test func partialDateComparesAtFirstDay() throws {
    let year = try PartialDate.parse("2019").get()
    let january = try PartialDate.parse("2019-01-01").get()
    let august = try PartialDate.parse("2019-08").get()
    #expect(year.firstDay == january.firstDay)
    #expect(year < january)
    #expect(january < august)
    #expect(year.lastDay.description == "2019-12-31")
    #expect(try PartialDate.parse("2020-02").get().lastDay.description == "2020-02-29")
}

@Test func dayNumbersRoundTripAndCountDays() {
    // 1970-01-01 is day 0; 2000-03-01 is day 11017 (date -d 2000-03-01 +%s / 86400).
    #expect(DayNumber(year: 1970, month: 1, day: 1).daysSince1970 == 0)
    #expect(DayNumber(year: 2000, month: 3, day: 1).daysSince1970 == 11_017)
    #expect(DayNumber(year: 1969, month: 12, day: 31).daysSince1970 == -1)
    for day in stride(from: -800_000, through: 800_000, by: 997) {
        let number = DayNumber(daysSince1970: day)
        let (y, m, d) = number.civil
        #expect(DayNumber(year: y, month: m, day: d) == number)
    }
    // 2011-09-22 to 2013-08-20: 698 days (Python: (date(2013,8,20)-date(2011,9,22)).days).
    #expect(DayNumber(year: 2013, month: 8, day: 20) - DayNumber(year: 2011, month: 9, day: 22) == 698)
}
