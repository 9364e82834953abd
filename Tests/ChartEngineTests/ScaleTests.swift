import Testing
@testable import ChartEngine

@Suite struct ScaleTests {
    // Golden values from the brief (CHART-STYLE "numbers" and PRODUCT "nice ticks").
    @Test func membersThreeToEighteen() {
        #expect(NiceTicks.loose(min: 3, max: 18, targetCount: 5, integerOnly: true).values == [0, 5, 10, 15, 20])
    }
    @Test func oneToFourOutputsAreWhole() {
        #expect(NiceTicks.loose(min: 1, max: 4, targetCount: 5, integerOnly: true).values == [1, 2, 3, 4])
        for target in 2...10 {
            #expect(NiceTicks.loose(min: 1, max: 4, targetCount: target, integerOnly: true).values.allSatisfy { $0 == $0.rounded() })
        }
    }
    @Test func zeroToTwentySeven() {
        let v = NiceTicks.loose(min: 0, max: 27, targetCount: 5, integerOnly: true).values
        #expect(v == [0, 10, 20, 30] || v == [0, 5, 10, 15, 20, 25, 30])
    }
    @Test func yearsAreWholeAndInside() {
        let t = TimeScale.yearTicks(domain: 2007...2024, targetCount: 9)
        #expect(t.values == [2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024])
        for target in 2...20 {
            let ts = TimeScale.yearTicks(domain: 2007...2024.99, targetCount: target)
            #expect(ts.values.allSatisfy { $0 == $0.rounded() && $0 >= 2007 && $0 <= 2024.99 })
            #expect(!ts.values.isEmpty)
        }
        #expect(!NumberFormat.year.format(2007).contains(","))
    }
    @Test func fractionalTicksAreClean() {
        let t = NiceTicks.loose(min: 0.1, max: 0.72, targetCount: 5)
        #expect(t.values == [0, 0.2, 0.4, 0.6, 0.8])
        #expect(t.decimals == 1)
    }
    @Test func numberFormatting() {
        #expect(NumberFormat.integer.format(1234567) == "1,234,567")
        #expect(NumberFormat.integer.format(-1200) == "\u{2212}1,200")
        #expect(NumberFormat.decimal(1).format(-0.04) == "0.0")
        #expect(NumberFormat.percent(decimals: 1).format(22.68) == "22.7\u{00A0}%")
        #expect(NumberFormat.year.format(2024) == "2024")
        #expect(NumberFormat.automatic.format(2.5, stepDecimals: 1) == "2.5")
    }
    @Test func scalesMap() {
        let s = LinearScale(domain: 0...10, rangeStart: 100, rangeEnd: 0)
        #expect(s.map(5) == 50 && s.invert(25) == 7.5)
        let b = BandScale(categories: ["a", "b"], rangeStart: 0, rangeEnd: 100, paddingInner: 0, paddingOuter: 0)
        #expect(b.center(of: "a") == 25 && b.center(of: "b") == 75 && b.center(of: "c") == nil)
        #expect(abs(TimeScale.fractionalYear(year: 2020, month: 7, day: 2) - (2020 + 183.0 / 366)) < 1e-12)
    }
    @Test func themesHaveReadableText() {
        for theme in [Theme.light, Theme.dark] {
            let bg = theme.background!
            #expect(theme.text.contrastRatio(with: bg) >= 4.5)
            #expect(theme.muted.contrastRatio(with: bg) >= 4.5)
        }
        #expect(Theme.dark.resolve(.palette(.black)) == Theme.dark.text)
        #expect(Theme.light.outline(for: .palette(.yellow)) != nil)
    }
    @Test func categoryColoursNeverCycle() {
        let names = (1...10).map { "c\($0)" }
        let map = CategoryColors(ordered: names)
        let colours = names.map { map.color(for: $0) }
        #expect(colours.prefix(8).allSatisfy { if case .palette = $0 { return true } else { return false } })
        #expect(colours.suffix(2).allSatisfy { if case .grey = $0 { return true } else { return false } })
        #expect(Set(colours).count == 10)
        #expect(map.color(for: "unknown") == .grey(0))
    }
}
