import Testing
@testable import DatasetCore

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func readsSimpleRecordsWithPositions() {
        let result = readCSV("a,b,c\n1,22,333\n")
        #expect(result.problems == [])
        #expect(result.records == [
            ReadRecord(line: 1, fields: ["a", "b", "c"], positions: ["1:1", "1:3", "1:5"]),
            ReadRecord(line: 2, fields: ["1", "22", "333"], positions: ["2:1", "2:3", "2:6"]),
        ])
    }

    @Test func undoublesQuotesAndKeepsDelimitersInsideQuotes() {
        let result = readCSV("\"say \"\"hi\"\", then go\",x\n")
        #expect(result.problems == [])
        #expect(result.records.map(\.fields) == [["say \"hi\", then go", "x"]])
        #expect(result.records[0].positions == ["1:1", "1:23"])
    }

    @Test func newlinesInsideQuotesKeepTheRecordOnItsStartLine() {
        let result = readCSV("h1,h2\r\n\"two\r\nlines\",after\r\nnext,row\r\n")
        #expect(result.problems == [])
        #expect(result.records == [
            ReadRecord(line: 1, fields: ["h1", "h2"], positions: ["1:1", "1:4"]),
            ReadRecord(line: 2, fields: ["two\r\nlines", "after"], positions: ["2:1", "3:8"]),
            ReadRecord(line: 4, fields: ["next", "row"], positions: ["4:1", "4:6"]),
        ])
    }

    @Test func acceptsLFAndCRLFAndCRMixed() {
        let result = readCSV("a\nb\r\nc\rd\n")
        #expect(result.records.map(\.fields) == [["a"], ["b"], ["c"], ["d"]])
        #expect(result.records.map(\.line) == [1, 2, 3, 4])
    }

    @Test func stripsUTF8ByteOrderMarkWithoutShiftingColumns() {
        let result = readCSV(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\nx,y\n".utf8))
        #expect(result.records.first?.fields == ["id", "name"])
        #expect(result.records.first?.positions == ["1:1", "1:4"])
    }

    @Test func countsColumnsInUnicodeScalars() {
        let result = readCSV("Agência,Zürich,x\n")
        #expect(result.records[0].fields == ["Agência", "Zürich", "x"])
        #expect(result.records[0].positions == ["1:1", "1:9", "1:16"])
    }

    @Test func headerOnlyAndNoTrailingNewline() {
        #expect(readCSV("a,b").records == [ReadRecord(line: 1, fields: ["a", "b"], positions: ["1:1", "1:3"])])
        #expect(readCSV("").records == [])
        #expect(readCSV("a,b\n1,2").records.last == ReadRecord(line: 2, fields: ["1", "2"], positions: ["2:1", "2:3"]))
    }

    @Test func skipsBlankLinesButCountsThem() {
        let result = readCSV("a\n\n\r\n\nb\n\n")
        #expect(result.records == [
            ReadRecord(line: 1, fields: ["a"], positions: ["1:1"]),
            ReadRecord(line: 5, fields: ["b"], positions: ["5:1"]),
        ])
    }

    @Test func keepsSurroundingSpacesExactly() {
        let result = readCSV(" a , b\t,\" c \"\n   \n")
        #expect(result.problems == [])
        #expect(result.records.map(\.fields) == [[" a ", " b\t", " c "], ["   "]])
        #expect(result.records[0].positions == ["1:1", "1:5", "1:9"])
    }

    @Test func emptyFieldsAndEmptyQuotedFields() {
        #expect(readCSV(",\"\",\n").records.map(\.fields) == [["", "", ""]])
    }

    @Test(arguments: 1...7)
    func chunkBoundariesChangeNothing(chunkSize: Int) {
        let text = "\u{FEFF}date,\"ti,tle\",lead\r\n2019-02,\"Über \"\"x\"\"\r\nnext\",ESA\r\r\n\n"
            + "2020,\"a\nb\",日本語,\"\"\ny,z\rlast,\"q\"\"\""
        let reference = readCSV(text)
        #expect(reference.problems == [])
        #expect(reference.records.count == 5)
        #expect(reference.records[1] == ReadRecord(line: 2, fields: ["2019-02", "Über \"x\"\r\nnext", "ESA"],
                                                   positions: ["2:1", "2:9", "3:7"]))
        #expect(reference.records[4] == ReadRecord(line: 9, fields: ["last", "q\""], positions: ["9:1", "9:6"]))
        #expect(readCSV(text, chunkSize: chunkSize) == reference)
    }

    @Test(arguments: 1...7)
    func problemsAreTheSameAtEveryChunkSize(chunkSize: Int) {
        let bytes = Array("a,b\nx\"y,z\n\"q\"w,1\nok,é\n".utf8) + [0xE9, 0x2C, 0x41, 0x0A] + Array("\"open,".utf8)
        let reference = readCSV(bytes: bytes)
        #expect(readCSV(bytes: bytes, chunkSize: chunkSize) == reference)
        #expect(reference.problems == [
            "2:2: quote inside an unquoted field; quote the whole field and double any quote inside it",
            "3:4: unexpected 'w' after a closing quote; expected ',' or the end of the line",
            "5:1: invalid UTF-8 (byte 0xE9); the file must be UTF-8 (is it Latin-1 or Windows-1252?)",
            "6:1: quoted field is not closed before the end of the file; expected a closing '\"'",
        ])
        #expect(reference.records.map(\.fields) == [["a", "b"], ["ok", "é"], ["\u{FFFD}", "A"]])
    }
}

@Suite("CSV reader: bad input")
struct CSVReaderBadInputTests {
    @Test func rejectsUTF16WithItsByteOrderMark() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("a,b\n".utf8).flatMap { [$0, 0] }
        let result = readCSV(bytes: bytes)
        #expect(result.problems == ["1:1: file is UTF-16; expected UTF-8"])
        #expect(result.records == [])
    }

    @Test func rejectsNULBytes() {
        let result = readCSV(bytes: Array("a,b\nc,d".utf8) + [0] + Array("e\n".utf8))
        #expect(result.problems == ["2:4: NUL byte; a CSV file must be text"])
    }

    @Test func rejectsInvalidUTF8OncePerRecord() {
        let result = readCSV(bytes: Array("name\nCaf".utf8) + [0xE9, 0xE9] + Array("\nok\n".utf8) + [0xC0, 0x80])
        #expect(result.problems == [
            "2:4: invalid UTF-8 (byte 0xE9); the file must be UTF-8 (is it Latin-1 or Windows-1252?)",
            "4:1: invalid UTF-8 (byte 0xC0); the file must be UTF-8 (is it Latin-1 or Windows-1252?)",
        ])
        #expect(result.records.count == 4)
    }

    @Test func rejectsTruncatedSequenceAtEndOfFile() {
        let result = readCSV(bytes: Array("a,b".utf8) + [0xE2, 0x82])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.hasPrefix("1:4: invalid UTF-8 (byte 0xE2)") == true)
    }

    @Test func resumesAtTheNextLineAfterAQuotingError() {
        let result = readCSV("a,b\n\"x\" ,y\nc,d\n")
        #expect(result.problems == ["2:4: unexpected space after a closing quote; expected ',' or the end of the line"])
        #expect(result.records.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(result.records.map(\.line) == [1, 3])
    }

    @Test func acceptsAFieldAtTheLimitAndRejectsALongerOne() {
        let limit = CSVLimits.maxFieldBytes
        let atLimit = readCSV("a,b\nx," + String(repeating: "y", count: limit) + "\n", chunkSize: 1 << 16)
        #expect(atLimit.problems == [])
        #expect(atLimit.records.last?.fields[1].utf8.count == limit)

        let over = readCSV("a,b\nx,\"" + String(repeating: "y", count: limit + 1) + "\"\nnext,row\n")
        #expect(over.problems == ["2:3: field is longer than 1048576 bytes (1 MiB); the rest of the file is not read"])
        #expect(over.records.count == 1)
    }

    @Test func aHugeFieldNeverGrowsTheBuffer() {
        // 8 MiB unterminated quote: libcsv's buffer is capped, so this fails fast and small.
        let result = readCSV("a\n\"" + String(repeating: "z", count: 8 << 20))
        #expect(result.problems == ["2:1: field is longer than 1048576 bytes (1 MiB); the rest of the file is not read"])
    }
}
