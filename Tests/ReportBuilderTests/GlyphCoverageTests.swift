import ChartEngine
import DatasetCore
import Foundation
import Testing
@testable import ReportBuilder

/// Text no font covers is a warning with its file and line, once per script.
struct GlyphCoverageTests {
    static func dataset(_ members: String) throws -> (Dataset, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glyphs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(("acronym,name,country,region,joined\n" + members).utf8)
            .write(to: directory.appendingPathComponent("members.csv"))
        return (try DatasetDirectory(path: directory.path).load(), directory)
    }

    @Test func aScriptNoFontCoversIsOneWarningAtItsFirstLine() throws {
        let (dataset, directory) = try Self.dataset("""
            KASA,한국우주항공청,대한민국,Asia-Pacific,2024-05-27
            KARI,한국항공우주연구원,대한민국,Asia-Pacific,2007
            ISRO,भारतीय अंतरिक्ष अनुसंधान संगठन,India,Asia-Pacific,2007
            ESA,European Space Agency,Europe,Europe,2007

            """)
        defer { try? FileManager.default.removeItem(at: directory) }
        // A stack of DejaVu Sans alone covers neither Hangul nor Devanagari.
        let warnings = try GlyphCoverage.warnings(dataset, fonts: FontStack(families: ["DejaVu Sans"]))
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings[0].location.line == 2 && warnings[0].description.contains("Hang"), "\(warnings[0])")
        #expect(warnings[1].location.line == 4 && warnings[1].description.contains("Deva"), "\(warnings[1])")
        #expect(warnings[0].description.hasPrefix(directory.path + "/members.csv:2:"))
    }

    @Test func theInstalledStackCoversEveryScriptTheProductLists() throws {
        let (dataset, directory) = try Self.dataset("""
            KASA,한국우주항공청,대한민국,Asia-Pacific,2024
            ISRO,भारतीय अंतरिक्ष अनुसंधान संगठन,India,Asia-Pacific,2007
            CNSA,国家航天局,中国,Asia-Pacific,2007
            JAXA,宇宙航空研究開発機構,日本,Asia-Pacific,2007
            UAESA,وكالة الإمارات للفضاء,UAE,Middle East,2016
            ISA,סוכנות החלל הישראלית,Israel,Middle East,2019
            GISTDA,สำนักงานพัฒนาเทคโนโลยีอวกาศ,Thailand,Asia-Pacific,2020
            ROS,Роскосмос,Россия,Eurasia,2007
            HSC,Ελληνικός Οργανισμός Διαστήματος,Ελλάδα,Europe,2020

            """)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try GlyphCoverage.warnings(dataset).isEmpty)
    }
}
