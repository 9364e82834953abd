import PartialDates

/// The house style, in one place: how numbers, years, dates, lists and plurals are written in the charts' words,
/// the narrative, the report's tables and pages, and summary.md (CHART-STYLE.md).
///
/// Numbers: thousands separators ("1,234"), a space before the percent sign ("22.7 %"), the minus sign U+2212 for
/// thousands separators ("1,234"), a space before the percent sign ("22.7 %"), the minus sign U+2212 for
/// negatives, years without decimals or separators, ranges with an en dash ("2007–2024").
///
/// Rounding goes through ``StatsNumberFormat/decimal(_:_:)``, so a value shown as zero has no sign in
/// both renderings; only the sign and the separators differ from the statistics tables.
enum HouseStyle {
    /// The minus sign, U+2212.
    static let minus = "\u{2212}"
    /// The text for a value that is not defined.
    static let notAvailable = StatsNumberFormat.notAvailable

    /// "1,234", "−5".
    static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? minus : "") + grouped(digits)
    }

    /// "+3", "−2", "0".
    static func signed(_ value: Int) -> String {
        value > 0 ? "+" + integer(value) : integer(value)
    }

    /// `value` with `decimals` decimals, separators and a real minus sign; "n/a" when nil or not finite.
    static func decimal(_ value: Double?, _ decimals: Int) -> String {
        let text = StatsNumberFormat.decimal(value, decimals)
        guard text != notAvailable else { return text }
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = grouped(String(parts[0]))
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? minus : "") + whole + fraction
    }

    /// "3.9 %", "−1.2 %"; "n/a" when nil.
    static func percent(_ value: Double?, _ decimals: Int = 1) -> String {
        let text = decimal(value, decimals)
        return text == notAvailable ? text : text + " %"
    }

    /// "+93 %", "−20 %", "0 %": with a sign, one decimal below 10 % and none above; from +10,000 % as a
    /// multiple ("about 6,800-fold": a percentage that large reads as noise).
    static func signedPercent(_ value: Double) -> String {
        if value >= 10_000 { return multiple(value / 100 + 1) }
        let text = percent(value, abs(value) >= 10 ? 0 : 1)
        return value > 0 && !text.allSatisfy({ "0. %".contains($0) }) ? "+" + text : text
    }

    /// "2007–2024", or "2024" when both are the same.
    static func years(_ first: Int, _ last: Int) -> String {
        first == last ? "\(first)" : "\(first)\u{2013}\(last)"
    }

    /// Zero to nine in words ("no" is not used: callers say what zero means), 10 and above as numerals.
    static func words(_ value: Int) -> String {
        let names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return (0..<names.count).contains(value) ? names[value] : integer(value)
    }

    /// `words(_:)` with a capital letter, for the start of a sentence or a title.
    static func capitalizedWords(_ value: Int) -> String { words(value).capitalizedFirst }

    /// "20 August 2024", "August 2024" or "2024": the date at its own precision.
    static func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return "\(date.year)" }
        let monthYear = "\(monthNames[month - 1]) \(date.year)"
        return date.day.map { "\($0) \(monthYear)" } ?? monthYear
    }

    /// Digits with a comma every three from the right ("1234567" → "1,234,567").
    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    // MARK: Dates

    /// The months' names, January first.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// The months' three-letter abbreviations, for chart labels.
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "22 Sep 2011", "Aug 2020" or "2022": the date at its own precision, abbreviated for a chart label.
    static func shortDate(_ date: PartialDate) -> String {
        switch (date.month, date.day) {
        case (let month?, let day?): return "\(day) \(monthAbbreviations[month - 1]) \(date.year)"
        case (let month?, nil): return "\(monthAbbreviations[month - 1]) \(date.year)"
        default: return "\(date.year)"
        }
    }

    /// "2024-12-31" → "31 December 2024"; "2024-12" → "December 2024"; anything else unchanged.
    static func longDate(iso: String) -> String {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard !parts.contains(where: { $0 == nil }) else { return iso }
        let p = parts.compactMap { $0 }
        switch p.count {
        case 3 where (1...12).contains(p[1]) && (1...31).contains(p[2]): return "\(p[2]) \(monthNames[p[1] - 1]) \(p[0])"
        case 2 where (1...12).contains(p[1]): return "\(monthNames[p[1] - 1]) \(p[0])"
        default: return iso
        }
    }

    // MARK: Lists and plurals

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// The output type as a label: "white-paper" → "White paper".
    static func typeLabel(_ type: String) -> String {
        let words = type.replacingHyphens
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The output type as a noun: "white-paper" → "white paper".
    static func typeNoun(_ type: String) -> String { type.replacingHyphens }

    /// A count with the output type's noun: "1 roadmap", "2 white papers", "3 strategies".
    static func typeCount(_ count: Int, _ type: String, spelled: Bool = true) -> String {
        let number = spelled ? words(count) : integer(count)
        return "\(number) \(count == 1 ? typeNoun(type) : plural(typeNoun(type)))"
    }

    /// The most items a chart's alt text or a label list names before "+N more".
    static let listedItems = 40

    /// The first `limit` items joined with `separator`, then "+N more" for the rest:
    /// `cutList(["a", "b", "c"], limit: 2)` is "a; b; +1 more". Alt texts and label lists stay short on any dataset.
    static func cutList(_ items: [String], limit: Int = listedItems, separator: String = "; ") -> String {
        guard items.count > limit else { return items.joined(separator: separator) }
        return (items.prefix(limit) + ["+\(integer(items.count - limit)) more"]).joined(separator: separator)
    }

    /// The English plural of a noun: "strategy" → "strategies", "roadmap" → "roadmaps".
    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
        return noun + "s"
    }

    /// The number of words of a title, as CHART-STYLE.md counts them (separated by spaces).
    static func wordCount(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }
}


extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// Hyphens replaced by spaces ("white-paper" → "white paper").
    var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
}

// MARK: Counts, ties and multiples in prose

extension HouseStyle {
    /// A number in prose at a precision fitting its size: one decimal below 100 ("2.3", "52.6"), else two
    /// significant digits ("470", "53,000", "6,800"): callers say "about".
    static func approximate(_ value: Double) -> String {
        let magnitude = abs(value)
        guard magnitude >= 100, magnitude.isFinite else { return decimal(value, 1) }
        var unit = 1.0
        while magnitude / unit >= 100 { unit *= 10 }
        return decimal((value / unit).rounded() * unit, 0)
    }

    /// "6.7-fold", rounded to one decimal (never truncated); "3-fold" when the decimal is zero; from 100-fold
    /// two significant digits with "about" ("about 6,800-fold").
    static func multiple(_ ratio: Double) -> String {
        if ratio >= 100 { return "about \(approximate(ratio))-fold" }
        let rounded = (ratio * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? "\(Int(rounded))" : decimal(rounded, 1)
        return "\(text)-fold"
    }

    /// "one", "two" … as `words(_:)`, but numerals when `numerals` is set (for lists of counts that are compared).
    static func count(_ value: Int, numerals: Bool) -> String { numerals ? integer(value) : words(value) }

    /// The years of the rows with the highest `value`: one year, or every tied year (`(years, value)`); nil
    /// when there are no rows or the highest value is zero.
    static func highest<Row>(_ rows: [Row], year: (Row) -> Int, value: (Row) -> Int) -> (years: [Int], value: Int)? {
        guard let top = rows.map(value).max(), top > 0 else { return nil }
        return (rows.filter { value($0) == top }.map(year), top)
    }

    /// "2015" or "2009, 2011 and 2016 tie with 4": the year with the most, naming every tie.
    static func highestYears(_ years: [Int], value: String) -> String {
        years.count == 1 ? "\(years[0]), with \(value)" : "\(list(years.map(String.init))) tie with \(value)"
    }
}

extension HouseStyle {
    /// "a" or "an" for `noun` by its first letter ("an assessment", "a roadmap").
    static func article(_ noun: String) -> String {
        "aeiou".contains(noun.prefix(1).lowercased()) ? "an" : "a"
    }
}
