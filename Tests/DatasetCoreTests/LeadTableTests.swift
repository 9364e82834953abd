import Testing
@testable import DatasetCore

@Suite("Leads interned by their bytes")
struct LeadTableTests {
    private func entry(_ table: inout LeadTable, _ text: String) -> LeadTable.Entry {
        var text = text
        return text.withUTF8 { table.entry($0) }
    }

    @Test func sameBytesGiveTheSameEntryAndWarningOncePerLead() {
        var made: [String] = []
        var table = LeadTable { name in
            made.append(name)
            return LeadTable.Entry(name: name, warning: OutputsSchema.leadWarning(name, ["ESA", "NASA"]))
        }
        for text in ["ESA", "esa", "ESA", "Über", "esa", "NASA", "ESAX"] { _ = entry(&table, text) }
        #expect(made == ["ESA", "esa", "Über", "NASA", "ESAX"] && table.count == 5)
        #expect(entry(&table, "ESA").name == "ESA" && entry(&table, "ESA").warning == nil)
        #expect(entry(&table, "esa").warning == "lead 'esa' is not a member acronym; did you mean 'ESA'?")
        #expect(entry(&table, "Über").name == "Über")
    }

    @Test func boundedAfterCapacityButStillRight() {
        var table = LeadTable { LeadTable.Entry(name: $0, warning: $0.hasPrefix("M") ? nil : "not \($0)") }
        for index in 0..<(LeadTable.capacity + 500) { _ = entry(&table, "M\(index)") }
        #expect(table.count == LeadTable.capacity)
        #expect(entry(&table, "M17").name == "M17" && entry(&table, "M\(LeadTable.capacity + 10)").name == "M\(LeadTable.capacity + 10)")
        #expect(entry(&table, "X1").warning == "not X1" && table.count == LeadTable.capacity)
    }

    @Test func repeatedLeadsWarnOnEveryRowAsBefore() throws {
        let outputs = "date,type,title,lead\n2019,roadmap,A,XYZ\n2019,meeting,B,ESA\n2020,meeting,C,XYZ\n2020,meeting,D,esa\n2021,report,E,esa\n"
        #expect(try diagnostics(["members.csv": validMembers, "outputs.csv": outputs]) == [
            "D/outputs.csv:2:16: warning: lead 'XYZ' is not a member acronym",
            "D/outputs.csv:4:16: warning: lead 'XYZ' is not a member acronym",
            "D/outputs.csv:5:16: warning: lead 'esa' is not a member acronym; did you mean 'ESA'?",
            "D/outputs.csv:6:15: warning: lead 'esa' is not a member acronym; did you mean 'ESA'?",
        ])
    }
}
