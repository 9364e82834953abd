import Testing
@testable import DatasetCore

@Suite("members.csv validation")
struct MembersValidationTests {
    @Test func validMembersHaveNoDiagnostics() throws {
        #expect(try diagnostics(["members.csv": validMembers]) == [])
    }

    @Test func requiredColumnsInAnyOrderAndExtraColumnsKept() throws {
        let text = "joined,extra,region,acronym,country,name\n2019,x,Europe,ROSA,Romania,Romanian Space Agency\n"
        #expect(try diagnostics(["members.csv": text]) == [])
    }

    @Test func missingColumnIsNamedWithAHintForCase() throws {
        let text = "acronym,name,country,region,Joined\nESA,E,Europe,Europe,2007\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:1:1: error: missing required column 'joined'; column 5 is 'Joined' (names are case-sensitive, without spaces)",
        ])
        #expect(try diagnostics(["members.csv": "acronym,name\n"]).first
                == "D/members.csv:1:1: error: missing required column 'country'; the header has 'acronym', 'name'")
    }

    @Test func duplicateHeaderNamePointsAtTheDuplicate() throws {
        let text = "acronym,name,country,region,joined,name\nESA,E,Europe,Europe,2007,again\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:1:36: error: duplicate column 'name'; it is also column 2 of the header",
        ])
    }

    @Test func wrongFieldCount() throws {
        let text = "acronym,name,country,region,joined\nESA,E,Europe,Europe\nNASA,N,US,North America,2007,extra\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:2:1: error: expected 5 fields as in the header, found 4",
            "D/members.csv:3:30: error: expected 5 fields as in the header, found 6",
        ])
    }

    @Test func impossibleDatesUseThePartialDatesMessages() throws {
        let text = memberHeader
            + "A,a,c,Europe,2019-02-30,,,\n"
            + "B,b,c,Europe,1900-02-29,,,\n"
            + "C,c,c,Europe,2019-13,,,\n"
            + "D,d,c,Europe,19/02/2019,,,\n"
            + "E,e,c,Europe,,,,\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:2:14: error: joined '2019-02-30': 2019-02-30 is not on the calendar; February 2019 has 28 days",
            "D/members.csv:3:14: error: joined '1900-02-29': 1900-02-29 is not on the calendar; February 1900 has 28 days",
            "D/members.csv:4:14: error: joined '2019-13': month 13 does not exist; expected 01 to 12",
            "D/members.csv:5:14: error: joined '19/02/2019': expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
            "D/members.csv:6:14: error: joined is empty; expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
        ])
    }

    @Test func unknownRegionListsTheRegionsOrSuggestsANearMiss() throws {
        let text = memberHeader
            + "A,a,c,Oceania,2019,,,\n"
            + "B,b,c,Asia Pacific,2019,,,\n"
            + "C,c,c,europe,2019,,,\n"
            + "D,d,c,,2019,,,\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:2:7: error: unknown region 'Oceania'; expected one of Europe, North America, Latin America, Asia-Pacific, Middle East, Africa, Eurasia",
            "D/members.csv:3:7: error: unknown region 'Asia Pacific'; did you mean 'Asia-Pacific'?",
            "D/members.csv:4:7: error: unknown region 'europe'; did you mean 'Europe'?",
            "D/members.csv:5:7: error: region is empty; expected one of Europe, North America, Latin America, Asia-Pacific, Middle East, Africa, Eurasia",
        ])
    }

    @Test func emptyRequiredFields() throws {
        let text = memberHeader + ",,,Europe,2019,,,\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:2:1: error: acronym is empty; it is required",
            "D/members.csv:2:2: error: name is empty; it is required",
            "D/members.csv:2:3: error: country is empty; it is required",
        ])
    }

    @Test func duplicateAcronymNamesTheFirstLine() throws {
        let text = validMembers + "ESA,Again,Europe,Europe,2010,,,\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:4:1: error: duplicate acronym 'ESA'; first defined on line 2",
        ])
    }

    @Test func leftBeforeJoinedIsAnErrorButAnOverlappingPartialDateIsNot() throws {
        let text = memberHeader
            + "A,a,c,Europe,2019-05,2018,,\n"
            + "B,b,c,Europe,2019-05,2019,,\n"
            + "C,c,c,Europe,2019-05-02,2019-05-01,,\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:2:22: error: left 2018 is before joined 2019-05",
            "D/members.csv:4:25: error: left 2019-05-01 is before joined 2019-05-02",
        ])
    }

    @Test func spacesAroundValuesErrorsForCodesWarningsForText() throws {
        let text = memberHeader + " A,Space Agency ,c,Europe , 2019,,x ,\n"
        #expect(try diagnostics(["members.csv": text]) == [
            "D/members.csv:2:1: error: acronym ' A' has spaces around it; remove them",
            "D/members.csv:2:4: warning: name has spaces at its start or end; they are kept as written",
            "D/members.csv:2:20: error: region 'Europe ' has spaces around it; remove them",
            "D/members.csv:2:28: error: joined ' 2019' has spaces around it; remove them",
            "D/members.csv:2:35: warning: notes has spaces at its start or end; they are kept as written",
        ])
    }

    @Test func positionsAreRightAfterMultiLineQuotedFieldsAtEveryChunkSize() throws {
        let text = memberHeader
            + "ESA,\"European\r\nSpace Agency\",Europe,Europe,2007,,\"a, \"\"b\"\"\",\n"
            + "X,\"é\",c,Mars,2007,,,\n"
        for chunkSize in [1, 2, 3, 5, 7, 64 * 1024] {
            #expect(try diagnostics(["members.csv": text], chunkSize: chunkSize) == [
                "D/members.csv:4:9: error: unknown region 'Mars'; expected one of Europe, North America, Latin America, Asia-Pacific, Middle East, Africa, Eurasia",
            ])
        }
    }

    @Test func emptyFileNeedsAHeader() throws {
        #expect(try diagnostics(["members.csv": ""]) == [
            "D/members.csv:1:1: error: file is empty; expected a header row: acronym,name,country,region,joined",
        ])
    }

    @Test func missingMembersThrows() {
        let directory = TemporaryDatasets(files: [:])
        #expect(throws: DatasetError.self) { try DatasetDirectory(path: directory.path).validate() }
        do {
            _ = try DatasetDirectory(path: directory.path).validate()
        } catch let error as DatasetError {
            guard case .membersMissing(let path) = error else { Issue.record("\(error)"); return }
            #expect(path == directory.path + "/members.csv")
        } catch { Issue.record("\(error)") }
    }

    @Test func readerProblemsBecomeDiagnostics() throws {
        let directory = TemporaryDatasets(files: [:])
        directory.write("members.csv", .init(Array(memberHeader.utf8) + Array("A,Caf".utf8) + [0xE9] + Array(",c,Europe,2019,,,\n".utf8)))
        let result = try DatasetDirectory(path: directory.path).validate()
        #expect(result.diagnostics.map(\.description) == [
            directory.path + "/members.csv:2:6: error: invalid UTF-8 (byte 0xE9); the file must be UTF-8 (is it Latin-1 or Windows-1252?)",
        ])
        #expect(result.hasErrors)
        #expect(result.inputs.first?.rows == 1)
    }
}
