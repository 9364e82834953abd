import Testing
@testable import DatasetCore

/// Plain lines (ASCII, no quote, whole in the chunk) skip libcsv; reading them through libcsv must give
/// exactly the same records, positions and problems, at every chunk size.
@Suite("CSV reader: plain lines without libcsv")
struct PlainLineTests {
    static let texts: [[UInt8]] = [
        "a,b,c\nd,e,f\n",
        " a , b\t,c \n   \n\t\n x",
        ",,\n,\n\n\r\n,x,\r\n",
        "x,y\r\nz,w\r\n\r\nlast",
        "cr\rcr2,\r\r\nq,\n\n",
        "a,\"b\",c\nplain,line\n\"x\" ,y\nc,d\n",
        "a,b\nx\"y,z\nnext,1\nz\"\n",
        "é,a\nb,c\nd,é\ne,f",
        "\u{FEFF}a,b\nc,d\n",
        "h1,h2\n\"multi\nline\",2\nafter,3\n\"open,",
    ].map { Array($0.utf8) } + [
        Array("a,b\nc,".utf8) + [0] + Array("d\ne,f\n".utf8),
        Array("a,b\nc".utf8) + [0xE9] + Array(",d\ne,f\n".utf8),
    ]

    @Test(arguments: 0..<texts.count)
    func sameAsLibCSVAtEveryChunkSize(text: Int) {
        let bytes = Self.texts[text]
        let reference = readCSV(bytes: bytes, plainLines: false)
        for chunkSize in [1, 2, 3, 5, 7, 16, 64 * 1024] {
            #expect(readCSV(bytes: bytes, chunkSize: chunkSize) == reference, "chunk size \(chunkSize)")
        }
    }

    @Test func limitsAreReportedAsBefore() {
        let tooMany = "a\n" + String(repeating: "x,", count: CSVLimits.maxFieldsPerRecord) + "x\nb\n"
        let manyResult = readCSV(tooMany)
        #expect(manyResult == readCSV(tooMany, plainLines: false))
        #expect(manyResult.problems.count == 1)
        #expect(manyResult.records.count == 1)

        let atLimit = "a\n" + String(repeating: "x,", count: CSVLimits.maxFieldsPerRecord - 1) + "x\nb\n"
        #expect(readCSV(atLimit).records.count == 3)

        let long = "a,b\nx," + String(repeating: "y", count: CSVLimits.maxFieldBytes + 1) + "\nnext,row\n"
        let longResult = readCSV(bytes: Array(long.utf8), chunkSize: 4 << 20)
        #expect(longResult == readCSV(bytes: Array(long.utf8), chunkSize: 4 << 20, plainLines: false))
        #expect(longResult.problems == ["2:3: field is longer than 1048576 bytes (1 MiB); the rest of the file is not read"])
    }
}
