import ChartEngine
import DatasetCore
import PartialDates

/// The dates a publication carries, never taken from the clock, so that output does not change with the calendar.
public enum PublicationDate {
    /// The data's as-of date: the latest day any joined, left, output or reported-count date can mean
    /// (a partial date at its last day), not after the end of the report year.
    public static func asOf(_ dataset: Dataset, reportYear: Int?) -> DayNumber? {
        var days = dataset.members.map(\.joined.lastDay) + dataset.members.compactMap(\.left?.lastDay)
        days += dataset.outputs.allDates.map(\.lastDay) + dataset.reportedCounts.map(\.date.lastDay)
        if let reportYear { days = days.filter { $0 <= DayNumber.endOfYear(reportYear) } }
        return days.max()
    }

    /// The PDF creation date: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set and valid, else the as-of
    /// date at 00:00 UTC, else 1970-01-01.
    public static func creation(sourceDateEpoch: String?, asOf: DayNumber?) -> PDFDate {
        if let text = sourceDateEpoch, let seconds = Int(text), seconds >= 0 {
            let day = DayNumber(daysSince1970: seconds / 86_400)
            let (year, month, dayOfMonth) = day.civil
            let rest = seconds % 86_400
            return PDFDate(year: year, month: month, day: dayOfMonth, hour: rest / 3600, minute: rest % 3600 / 60,
                           second: rest % 60)
        }
        let (year, month, day) = (asOf ?? DayNumber(daysSince1970: 0)).civil
        return PDFDate(year: year, month: month, day: day)
    }
}
