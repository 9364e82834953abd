import Foundation
import Testing
import _TestSupport
@testable import ChartEngine

/// Writes a fontconfig file into a fresh temporary folder and returns its path.
private func fontconfigFile(_ body: String) throws -> String {
    try temporaryFile(Data("<?xml version=\"1.0\"?>\n<fontconfig>\n\(body)\n</fontconfig>\n".utf8), suffix: ".conf")
}

/// One line per script sample and a Latin line, drawn on a canvas of `system`; returns the bytes and what the
/// canvas reported as uncovered.
private func multiScriptDrawing(_ system: PangoTextSystem, pdf: Bool) throws -> (Data, [UncoveredText]) {
    let size = Size(480, 360)
    let surface = pdf ? try CairoSurface.pdf(size: size) : try CairoSurface.image(size: size, scale: 2)
    // Without an injected date Cairo stamps the clock into the PDF.
    if pdf { PDFDocument.apply(PDFMetadata(title: "Scripts", createDate: fixedDate), to: surface.surface) }
    let canvas = Canvas(surface: surface, textSystem: system)
    canvas.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), color: Color(hex: 0xFFFFFF))
    let lines = ["ESA — Agence spatiale européenne"] + ScriptSamples.all.map { "\($0.acronym) \($0.name)" }
    for (i, line) in lines.enumerated() {
        let style = TextStyle(size: 14, weight: i % 2 == 0 ? .regular : .bold)
        canvas.draw(canvas.layoutText(line, style: style), at: Point(12, 12 + Double(i) * 32))
    }
    let hash = canvas.layoutText("3f9a0c", style: TextStyle(size: 8, family: "DejaVu Sans Mono"))
    canvas.draw(hash, at: Point(12, 340))
    return (Data(try surface.finish()), canvas.uncoveredTexts)
}

@Suite struct FontStackTests {
    @Test func thePrivateConfigurationSeesOnlyTheStacksUprightRegularAndBoldFaces() throws {
        let faces = try PrivateFontConfig(stack: .standard).faces()
        let families = Set(FontStack.standard.allFamilies)
        #expect(faces.count >= 20)
        for face in faces {
            let family = String(face.prefix { $0 != "," })
            #expect(families.contains(family), "unexpected face \(face)")
            #expect(!face.contains("Italic") && !face.contains("Oblique") && !face.contains("Condensed")
                    && !face.contains("Light"), "unexpected style \(face)")
        }
        for needed in ["DejaVu Sans, Book", "DejaVu Sans, Bold", "DejaVu Sans Mono, Book", "Noto Sans Devanagari, Regular",
                       "Noto Sans CJK KR, Regular", "Noto Sans CJK SC, Bold", "Noto Sans Thai, Regular"] {
            #expect(faces.contains { $0.hasPrefix(needed + ":") }, "missing \(needed)")
        }
    }

    @Test func otherFontsAndRulesOnTheMachineDoNotChangeTheBytes() throws {
        // Sees every font of the machine and prefers serif and CJK faces for the stack's own families, with
        // full hinting: the machine's configuration this way would draw something else entirely.
        let hostile = try fontconfigFile("""
          <dir>/usr/share/fonts</dir>
          <cachedir>/var/cache/fontconfig</cachedir>
          <match target="pattern"><test name="family"><string>DejaVu Sans</string></test>
            <edit name="family" mode="prepend" binding="strong"><string>Noto Serif</string></edit></match>
          <alias><family>Noto Sans Arabic</family><prefer><family>Noto Kufi Arabic</family></prefer></alias>
          <match target="font"><edit name="hintstyle" mode="assign"><const>hintfull</const></edit>
            <edit name="rgba" mode="assign"><const>rgb</const></edit></match>
        """)
        // Sees only the folders of the stack's packages.
        let minimal = try fontconfigFile("""
          <dir>/usr/share/fonts/truetype/dejavu</dir>
          <dir>/usr/share/fonts/truetype/noto</dir>
          <dir>/usr/share/fonts/opentype/noto</dir>
          <cachedir>/var/cache/fontconfig</cachedir>
        """)
        defer { for f in [hostile, minimal] { try? FileManager.default.removeItem(atPath: f) } }
        let machine = try PangoTextSystem(fonts: .standard)
        let hostileSystem = try PangoTextSystem(fonts: .standard, fontconfigFile: hostile)
        let minimalSystem = try PangoTextSystem(fonts: .standard, fontconfigFile: minimal)
        for pdf in [false, true] {
            let (reference, uncovered) = try multiScriptDrawing(machine, pdf: pdf)
            #expect(uncovered.isEmpty, "\(uncovered)")
            #expect(try multiScriptDrawing(hostileSystem, pdf: pdf).0 == reference, "hostile config, pdf: \(pdf)")
            #expect(try multiScriptDrawing(minimalSystem, pdf: pdf).0 == reference, "minimal config, pdf: \(pdf)")
        }
    }

    @Test func everyScriptSampleComesBackFromPdftotext() throws {
        let (pdf, uncovered) = try multiScriptDrawing(try PangoTextSystem(fonts: .standard), pdf: true)
        #expect(uncovered.isEmpty)
        let path = try temporaryFile(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try runTool("/usr/bin/pdftotext", [path, "-"]).output
        for sample in ScriptSamples.all {
            #expect(text.contains(sample.name), "\(sample.script): \(sample.name) not in \(text)")
            #expect(text.contains(sample.acronym), "\(sample.script): \(sample.acronym)")
        }
        let fonts = try runTool("/usr/bin/pdffonts", [path]).output
        for family in ["DejaVuSans", "NotoSansCJK", "NotoSansDevanagari", "NotoSansThai", "DejaVuSansMono"] {
            #expect(fonts.contains(family), "\(family) not embedded: \(fonts)")
        }
    }

    @Test func textNoFontCoversIsReportedOncePerTextWithItsScripts() throws {
        // Ol Chiki and Tangut have Noto faces on the machine, but not in the stack.
        _ = try Canvas.renderPNG(size: Size(200, 100)) { canvas in
            for text in ["ᱚᱛᱟ ESA", "ᱚᱛᱟ ESA", "JAXA 𗀀", "한국항공우주연구원", "NASA"] {
                canvas.draw(canvas.layoutText(text, style: TextStyle(size: 10)), at: Point(0, 0))
            }
            let uncovered = canvas.uncoveredTexts
            #expect(uncovered.map(\.text) == ["ᱚᱛᱟ ESA", "JAXA 𗀀"])
            #expect(uncovered.first?.characters == ["ᱚ", "ᱛ", "ᱟ"])
            #expect(uncovered.map(\.scripts) == [["Olck"], ["Tang"]])
            #expect(UncoveredText.firstPerScript(uncovered + uncovered).map(\.script) == ["Olck", "Tang"])
        }
    }

    @Test func coverageCanBeCheckedBeforeDrawing() throws {
        for sample in ScriptSamples.all { #expect(try FontCoverage.uncovered(sample.name) == nil, "\(sample.script)") }
        let olChiki = try #require(try FontCoverage.uncovered("ESA ᱚᱛᱟ"))
        #expect(olChiki.characters == ["ᱚ", "ᱛ", "ᱟ"] && olChiki.scripts == ["Olck"])
        // A stack without the CJK faces leaves Korean uncovered.
        let latinOnly = FontStack(families: ["DejaVu Sans"])
        #expect(try FontCoverage.uncovered("한국 KARI", fonts: latinOnly)?.scripts == ["Hang"])
    }

    @Test func noVisibleFontIsFontNotFoundForTheFirstFamily() throws {
        let empty = try fontconfigFile("")
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(throws: ChartEngineError.fontNotFound(family: "DejaVu Sans", hint: "install fonts-dejavu-core (scripts/install-deps.sh)")) {
            _ = try PangoTextSystem(fonts: .standard, fontconfigFile: empty)
        }
        let noMono = FontStack(families: ["DejaVu Sans"], monospace: ["No Such Mono"])
        #expect(throws: ChartEngineError.fontNotFound(family: "No Such Mono", hint: "install a package providing it (scripts/install-deps.sh)")) {
            _ = try PangoTextSystem(fonts: noMono)
        }
    }

    @Test func fallbackListsStartWithTheAskedFamily() {
        let stack = FontStack(families: ["A", "B"], monospace: ["M", "N"])
        #expect(stack.fallbackList(startingWith: "A") == ["A", "B", "M", "N"])
        #expect(stack.fallbackList(startingWith: "N") == ["N", "M", "A", "B"])
        #expect(stack.fallbackList(startingWith: "Z") == ["Z", "A", "B", "M", "N"])
        #expect(stack.required == ["A", "M"])
    }
}
