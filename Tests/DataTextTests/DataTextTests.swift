@testable import DataText
import Testing

@Suite struct TerminalTextTests {
    @Test func controlCharactersAreShownEscaped() {
        #expect(TerminalText.escaped("ESA\u{1B}[2J\u{7}") == "ESA\\x1b[2J\\x07")
        #expect(TerminalText.escaped("a\u{9B}b\u{7F}") == "a\\x9bb\\x7f")
        #expect(TerminalText.escaped("abc\u{202E}cba") == "abc\\u{202e}cba")
        #expect(TerminalText.escaped("line\nnext\r\t") == "line\\x0anext\\x0d\\x09")
        #expect(TerminalText.escaped("한국 हिन्दी عربي é") == "한국 हिन्दी عربي é")
    }

    @Test func quotingKeepsAtMostEightyCharacters() {
        #expect(TerminalText.quoted("ESA") == "'ESA'")
        let long = String(repeating: "a", count: 5_000_000)
        let quoted = TerminalText.quoted(long)
        #expect(quoted == "'" + String(repeating: "a", count: 80) + "…' (5000000 characters)")
        #expect(TerminalText.quoted(String(repeating: "b", count: 80)) == "'" + String(repeating: "b", count: 80) + "'")
        // An escape counts as one character of the value, however long it is shown.
        let escapes = TerminalText.quoted(String(repeating: "\u{1B}", count: 81))
        #expect(escapes.hasPrefix("'" + String(repeating: "\\x1b", count: 80) + "…'"))
        #expect(!escapes.unicodeScalars.contains("\u{1B}"))
    }
}

@Suite struct XMLTextTests {
    @Test func markupIsEscapedAndIllegalCharactersReplaced() {
        #expect(XMLText.escaped("R&D <b>\"x\" 'y'") == "R&amp;D &lt;b&gt;&quot;x&quot; &apos;y&apos;")
        #expect(XMLText.escaped("ESA\u{1B}[1m\u{0}\u{FFFE}") == "ESA\u{FFFD}[1m\u{FFFD}\u{FFFD}")
        #expect(XMLText.escaped("tab\tline\n") == "tab\tline\n")
        #expect(XMLText.replacingIllegalCharacters("<t>\u{1B}</t>") == "<t>\u{FFFD}</t>")
        #expect(XMLText.replacingIllegalCharacters("<t>ok</t>") == "<t>ok</t>")
    }

    /// The byte check agrees with the scalar rule on every scalar alone, and on seeded runs of the scalars
    /// whose UTF-8 bytes look alike (EF BF BD is allowed, EF BF BE and EF BF BF are not).
    @Test func theByteCheckIsTheScalarRule() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), value < 0x3000 || value >= 0xEF00 || value % 97 == 0 else { continue }
            #expect(XMLText.allAllowed(String(Character(scalar))) == XMLText.isAllowed(scalar), "U+\(String(value, radix: 16))")
        }
        let pool: [Unicode.Scalar] = ["a", "\u{1B}", "\t", "\n", "\u{7F}", "\u{BF}", "\u{EF}", "\u{FBF}", "\u{EFBF}",
                                      "\u{FFBE}", "\u{FFBF}", "\u{FFEF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{1FFFE}", "한"]
        var seed: UInt64 = 0x5EED
        for _ in 0..<5_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<6 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text.append(pool[Int(seed >> 33) % pool.count])
            }
            let string = String(text)
            #expect(XMLText.allAllowed(string) == string.unicodeScalars.allSatisfy(XMLText.isAllowed), "\(string.unicodeScalars.map(\.value))")
        }
    }
}

@Suite struct MarkdownTextTests {
    @Test func inlineTextCannotStartSyntax() {
        #expect(MarkdownText.inline("ESA\n# Heading\n![x](http://evil/x.png)") == "ESA \\# Heading \\!\\[x\\]\\(http://evil/x\\.png\\)"
            || MarkdownText.inline("ESA\n# Heading\n![x](http://evil/x.png)") == "ESA \\# Heading \\!\\[x\\]\\(http://evil/x.png\\)")
        #expect(MarkdownText.inline("a|b `c` <script>") == "a\\|b \\`c\\` \\<script\\>")
        #expect(MarkdownText.inline("- item") == "\\- item")
        #expect(MarkdownText.inline("1. first") == "1\\. first")
        #expect(MarkdownText.inline("2007-11-06") == "2007-11-06")
        #expect(MarkdownText.inline("A&amp;B") == "A\\&amp;B")
        #expect(MarkdownText.inline("bell\u{7}\u{1B}[0m") == "bell[0m" || MarkdownText.inline("bell\u{7}\u{1B}[0m") == "bell\\[0m")
    }

    @Test func headingsHaveOneLevelAndOneLine() {
        #expect(MarkdownText.heading("ISECG\n## injected", level: 2) == "## ISECG \\#\\# injected")
        #expect(MarkdownText.heading("x", level: 9) == "###### x")
    }
}

@Suite struct CSVCellTests {
    @Test func formulasGetAnApostrophe() {
        for text in ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"] {
            #expect(CSVCell.guarded(text) == "'" + text)
        }
        #expect(CSVCell.guarded("ESA") == "ESA")
        #expect(CSVCell.guarded("") == "")
        #expect(CSVCell.text("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVCell.field("a,b") == "\"a,b\"")
        #expect(CSVCell.field("plain") == "plain")
    }
}

@Suite struct LinkURLTests {
    @Test func onlyWebAndMailLinks() {
        for url in ["https://www.globalspaceexploration.org/", "http://example.org/a?b=c", "HTTPS://X.ORG", "mailto:a@b.org"] {
            #expect(LinkURL.isAllowed(url), "\(url)")
        }
        for url in ["javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,x", "",
                    "https:", "http:evil", "https://a.org/\u{1B}]8;;", "https://a b", "ftp://x.org", " https://x.org",
                    "vbscript:x", "https://x.org/\"onmouseover"] {
            #expect(!LinkURL.isAllowed(url), "\(url)")
        }
        #expect(LinkURL.allowed("javascript:x") == nil)
    }
}

@Suite struct MarkdownProseTests {
    @Test func proseKeepsParenthesesButEscapesWhatStartsSyntax() {
        #expect(MarkdownText.prose("About 31 (95 %: 27–44) by 2029") == "About 31 (95 %: 27–44) by 2029")
        #expect(MarkdownText.prose("A]![i](https://evil/i.png)<b>") == "A\\]!\\[i\\](https://evil/i.png)\\<b\\>")
        #expect(MarkdownText.prose("R&D *bold* `code` a|b") == "R\\&D \\*bold\\* \\`code\\` a\\|b")
    }

    @Test func proseCannotStartABlock() {
        #expect(MarkdownText.prose("# Owned") == "\\# Owned")
        #expect(MarkdownText.prose("- item") == "\\- item")
        #expect(MarkdownText.prose("2024. A year") == "2024\\. A year")
        #expect(MarkdownText.prose("line\n# Owned\u{1b}[31m") == "line # Owned\\[31m")
    }

    @Test func cellsEscapeWithoutLineStartRules() {
        #expect(MarkdownText.cell("-3.5") == "-3.5")
        #expect(MarkdownText.cell("a|b\nc") == "a\\|b c")
    }
}
