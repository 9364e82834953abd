import Testing
import StatisticsCore

// References: (15/3)^(1/9) − 1 and exp(slope of linregress(years, ln members)) − 1, computed with numpy 2.4.6.
@Test func cagrOverElapsedYears() {
    #expect(close(GrowthRate.cagrPercent(first: 3, last: 15, firstYear: 2015, lastYear: 2024), 19.581317450040192, 1e-10))
    #expect(GrowthRate.cagrPercent(first: 0, last: 15, firstYear: 2015, lastYear: 2024) == nil)
    #expect(GrowthRate.cagrPercent(first: 3, last: 3, firstYear: 2024, lastYear: 2024) == nil)
    #expect(GrowthRate.cagrPercent(first: 4, last: 4, firstYear: 2020, lastYear: 2023) == 0)
}

@Test func logLinearOLSGrowth() {
    #expect(close(GrowthRate.logLinearPercent(years: goldenYears, values: goldenCounts), 16.55541740436961, 1e-9))
    #expect(GrowthRate.logLinearPercent(years: [2020, 2021, 2022], values: [0, 1, 2]) == nil)
    #expect(GrowthRate.logLinearPercent(years: [2020], values: [3]) == nil)
    #expect(close(GrowthRate.logLinearPercent(years: [2020, 2021], values: [10, 11]), 10, 1e-9))
}
