import ChartEngine
import Foundation
import Testing
import _TestSupport
@testable import ReportBuilder

/// The report's prose as the page sets it: numbers kept with their units, formulas with superscripts.
@Suite("ReportPDF prose") struct ReportPDFProseTests {
    static let nbsp = "\u{00A0}"

    @Test func bindingSpaces() {
        let n = Self.nbsp
        #expect(HouseStyle.bindingSpaces("grew 3.7 % a year") == "grew 3.7\(n)% a year")
        #expect(HouseStyle.bindingSpaces("with n = 18 points") == "with n\(n)=\(n)18 points")
        #expect(HouseStyle.bindingSpaces("use n − 2 degrees") == "use n\(n)−\(n)2 degrees")
        #expect(HouseStyle.bindingSpaces("2019 − 2020 and x − y") == "2019 − 2020 and x − y")
        #expect(HouseStyle.bindingSpaces("(n = 18)") == "(n\(n)=\(n)18)")
        #expect(HouseStyle.bindingSpaces("ρ = −0.58 here") == "ρ\(n)=\(n)−0.58 here")
        #expect(HouseStyle.bindingSpaces("on 31 December 2024") == "on 31\(n)December 2024")
        // Not an equation with a number, not a unit: left alone.
        #expect(HouseStyle.bindingSpaces("n = last − first") == "n = last − first")
        #expect(HouseStyle.bindingSpaces("members = 18 agencies") == "members = 18 agencies")
        #expect(HouseStyle.bindingSpaces("in 2024 May be") == "in 2024\(n)May be")  // a month name after a number binds
        #expect(HouseStyle.bindingSpaces("") == "")
    }

    @Test func superscripts() {
        #expect(HouseStyle.superscripts("(last ÷ first)^(1/n) − 1") == "(last ÷ first)¹⁄ⁿ − 1")
        #expect(HouseStyle.superscripts("e^slope − 1") == "eˢˡᵒᵖᵉ − 1")
        #expect(HouseStyle.superscripts("x^2 + y^2") == "x² + y²")
        // Nothing to raise, or a character with no superscript form ("q"): the caret stays.
        #expect(HouseStyle.superscripts("a ^ b") == "a ^ b")
        #expect(HouseStyle.superscripts("e^q") == "e^q")
        #expect(HouseStyle.superscripts("(unclosed^(1/n") == "(unclosed^(1/n")
        #expect(HouseStyle.superscripts("end^") == "end^")
    }

    /// Findings whose number and unit fall at every place of a line: no line of the PDF starts with the unit.
    @Test(arguments: [ReportPDFFixture.a4, ReportPDFFixture.letter])
    func numbersStayWithTheirUnits(paper: Size) throws {
        var content = ReportPDFFixture.content(figures: 1, rosterRows: 2, outputRows: 2, paper: paper, longMethodology: false)
        content.findings = (0..<60).map { k in
            String(repeating: "word ", count: k) + "grew 3.7 % a year (n = 18) up to 31 December 2024."
        }
        content.methodology = [.heading("Compound annual growth rate"),
                               .paragraph("The rate is (last count ÷ first count)^(1/n) − 1; the log-linear rate e^slope − 1.")]
        let pdf = try ReportPDF.render(content)
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try runTool("/usr/bin/pdftotext", [path, "-"]).1
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.count > 100)
        for (i, line) in lines.enumerated() {
            #expect(!line.hasPrefix("%"), "a line starts with % after \(lines[max(i - 1, 0)])")
            #expect(!line.hasPrefix("= 18") && !line.hasPrefix("18)"), "n = 18 is broken: \(line)")
            #expect(!line.hasPrefix("December"), "31 December is broken: \(lines[max(i - 1, 0)]) / \(line)")
        }
        #expect(text.contains("¹⁄ⁿ") && text.contains("eˢˡᵒᵖᵉ"))
        #expect(!text.contains("^("))
    }
}
