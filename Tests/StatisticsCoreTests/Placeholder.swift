import Testing
@Test func placeholderStatisticsCore() { #expect(Bool(true)) }
