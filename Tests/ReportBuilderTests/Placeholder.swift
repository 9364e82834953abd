import Testing
@Test func placeholderReportBuilder() { #expect(Bool(true)) }
