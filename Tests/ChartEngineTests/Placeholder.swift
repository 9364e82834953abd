import Testing
@Test func placeholderChartEngine() { #expect(Bool(true)) }
