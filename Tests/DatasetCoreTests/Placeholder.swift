import Testing
@Test func placeholderDatasetCore() { #expect(Bool(true)) }
