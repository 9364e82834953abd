/// A pass over report.yml's text before Yams sees it, refusing what would make parsing slow or deep:
/// anchors (`&name`) and aliases (`*name`) — a 351-byte file of aliases used as keys took minutes — and
/// nesting deeper than `maxDepth` (Yams builds its tree recursively).
///
/// It reads the text as YAML's tokens would, only as far as it needs: quoted scalars, block scalars (`|`,
/// `>`) and comments are skipped, so `&` and `*` inside text (`R&D`, `"*new*"`) are text. An `&` or `*`
/// where a value starts is refused, even where YAML would read it as the continuation of plain text on a
/// previous line; quoting such a value is the way out. Linear in the size of the text.
struct ReportConfigPrescan {
    /// The deepest nesting of lists and mappings allowed (report.yml needs two).
    static let maxDepth = 16
    /// The most values (keys, items, texts) allowed: report.yml has 11 keys and two lists of at most 50.
    static let maxValues = 1000
    /// The longest value passed on to Yams, in characters: far above every key's limit (500 at most), so
    /// the exact limits are checked after parsing, but a 1 MiB title never reaches the parser.
    static let maxValueCharacters = 10_000

    struct Problem: Equatable {
        let message: String
        let line: Int
        let column: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private var flowDepth = 0
    private var values = 0
    private(set) var problems: [Problem] = []

    /// Scans `bytes` (valid UTF-8); at most `limit` problems are kept.
    static func problems(in bytes: [UInt8], limit: Int = 100) -> [Problem] {
        var scan = ReportConfigPrescan(bytes: bytes)
        scan.run(limit: limit)
        return scan.problems
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }
    private func byte(at offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

    private static func isBlank(_ byte: UInt8?) -> Bool { byte == nil || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    private static func isFlowIndicator(_ byte: UInt8?) -> Bool { byte == 0x2C || byte == 0x5B || byte == 0x5D || byte == 0x7B || byte == 0x7D }

    /// Moves one byte on, keeping line and column (columns count Unicode scalars; CR LF is one line end).
    private mutating func advance() {
        guard let byte = current else { return }
        index += 1
        if byte == 0x0A || (byte == 0x0D && current != 0x0A) {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80, byte != 0x0D {
            column += 1
        }
    }

    private mutating func skipToLineEnd() {
        while let byte = current, byte != 0x0A, byte != 0x0D { advance() }
    }

    private mutating func run(limit: Int) {
        var atNodeStart = true
        var lineIndent = 0
        var atLineStart = true
        while let byte = current, problems.count < limit {
            if atLineStart {
                // Indentation: spaces only in YAML.
                var indent = 0
                while current == 0x20 { advance(); indent += 1 }
                lineIndent = indent
                atLineStart = false
                atNodeStart = true
                // A document marker (`---`, `...`) at the start of a line; a value may follow it.
                if indent == 0, index + 2 < bytes.count, bytes[index] == bytes[index + 1], bytes[index] == bytes[index + 2],
                   bytes[index] == 0x2D || bytes[index] == 0x2E, Self.isBlank(self.byte(at: 3)) {
                    advance(); advance(); advance()
                    continue
                }
                if flowDepth == 0, indent > Self.maxDepth * 8, !Self.isBlank(current), current != 0x23 {
                    problems.append(Problem(message: "nesting is too deep: indented \(indent) spaces; report.yml needs two levels", line: line, column: column))
                    return
                }
                continue
            }
            switch byte {
            case 0x0A, 0x0D:
                advance()
                atLineStart = true
            case 0x20, 0x09:
                advance()
            case 0x23 where atNodeStart || Self.isBlank(bytes[safe: index - 1]):  // '#' comment
                skipToLineEnd()
            case 0x26 where atNodeStart, 0x2A where atNodeStart:  // '&' anchor, '*' alias
                let what = byte == 0x26 ? "anchor" : "alias"
                let (startLine, startColumn) = (line, column)
                var name: [UInt8] = []
                advance()
                while let next = current, !Self.isBlank(next), !Self.isFlowIndicator(next) {
                    if name.count < 40 { name.append(next) }
                    advance()
                }
                problems.append(Problem(message: "YAML \(what) '\(String(decoding: name, as: UTF8.self))' is not allowed in report.yml; write the value out (quote it if it starts with \(byte == 0x26 ? "&" : "*"))",
                                        line: startLine, column: startColumn))
            case 0x21 where atNodeStart:  // '!' tag: its name, then still at the node's start
                while let next = current, !Self.isBlank(next), !Self.isFlowIndicator(next) { advance() }
            case 0x22 where atNodeStart, 0x27 where atNodeStart:  // quoted scalar
                guard countValue() else { return }
                let start = (index, line, column)
                skipQuoted(byte)
                guard checkLength(from: start) else { return }
                atNodeStart = false
            case 0x7C where atNodeStart && flowDepth == 0, 0x3E where atNodeStart && flowDepth == 0:  // block scalar
                let start = (index, line, column)
                skipBlockScalar(parentIndent: lineIndent)
                guard checkLength(from: start) else { return }
                atLineStart = true
            case 0x5B, 0x7B:  // '[' '{'
                flowDepth += 1
                if flowDepth > Self.maxDepth {
                    problems.append(Problem(message: "nesting is too deep: more than \(Self.maxDepth) levels of [ and {; report.yml needs two", line: line, column: column))
                    return
                }
                advance()
                atNodeStart = true
            case 0x5D, 0x7D:
                flowDepth = max(0, flowDepth - 1)
                advance()
                atNodeStart = false
            case 0x2C where flowDepth > 0:
                advance()
                atNodeStart = true
            case 0x2D where atNodeStart && flowDepth == 0 && Self.isBlank(self.byte(at: 1)),
                 0x3F where atNodeStart && Self.isBlank(self.byte(at: 1)):  // '- ' or '? '
                lineIndent += 2
                if lineIndent > Self.maxDepth * 8 {
                    problems.append(Problem(message: "nesting is too deep: more than \(Self.maxDepth) levels of lists; report.yml needs two", line: line, column: column))
                    return
                }
                advance()
                atNodeStart = true
            case 0x3A where Self.isBlank(self.byte(at: 1)) || flowDepth > 0:  // ':' before a value
                advance()
                atNodeStart = true
            default:
                guard countValue() else { return }
                let start = (index, line, column)
                skipPlain()
                guard checkLength(from: start) else { return }
                atNodeStart = false
            }
        }
    }

    /// False (after reporting) when the value that began at `start` (index, line, column) is longer than
    /// `maxValueCharacters`.
    private mutating func checkLength(from start: (Int, Int, Int)) -> Bool {
        guard index - start.0 > Self.maxValueCharacters else { return true }
        let characters = bytes[start.0..<index].count { $0 & 0xC0 != 0x80 }
        guard characters > Self.maxValueCharacters else { return true }
        problems.append(Problem(message: "a value of \(characters) characters; report.yml's values are at most 500 (title and group 200, short 40)",
                                line: start.1, column: start.2))
        return false
    }

    /// Counts one more value; false (after reporting) past the limit.
    private mutating func countValue() -> Bool {
        values += 1
        guard values > Self.maxValues else { return true }
        problems.append(Problem(message: "more than \(Self.maxValues) values; report.yml has 11 keys and lists of at most 50 items",
                                line: line, column: column))
        return false
    }

    /// Moves over bytes that end nothing (no line end, quote, backslash, `:`, `#` or flow indicator) in one
    /// tight loop: long values are most of a large file.
    private mutating func skipOrdinary() {
        let bytes = self.bytes
        var position = index, column = self.column
        bytes.withUnsafeBufferPointer { buffer in
            scan: while position < buffer.count {
                let byte = buffer[position]
                switch byte {
                case 0x0A, 0x0D, 0x22, 0x27, 0x5C, 0x3A, 0x23, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D: break scan
                default: if byte & 0xC0 != 0x80 { column += 1 }
                }
                position += 1
            }
        }
        index = position
        self.column = column
    }

    /// A quoted scalar from its opening quote past its closing one (it may span lines).
    private mutating func skipQuoted(_ quote: UInt8) {
        advance()
        while true {
            skipOrdinary()
            guard let byte = current else { return }
            if quote == 0x22 && byte == 0x5C {  // backslash escape in double quotes
                advance()
                advance()
                continue
            }
            advance()
            if byte == quote {
                if quote == 0x27 && current == 0x27 { advance(); continue }  // '' inside single quotes
                return
            }
        }
    }

    /// A block scalar: its header line, then every line more indented than its parent, or blank.
    private mutating func skipBlockScalar(parentIndent: Int) {
        skipToLineEnd()
        while current != nil {
            advance()  // the line end
            var indent = 0
            var probe = index
            while probe < bytes.count, bytes[probe] == 0x20 { indent += 1; probe += 1 }
            let blank = probe >= bytes.count || bytes[probe] == 0x0A || bytes[probe] == 0x0D
            guard blank || indent > parentIndent else { return }
            skipToLineEnd()
        }
    }

    /// Plain text up to its end: a line end, `: `, ` #`, or in flow a `,` `[` `]` `{` `}`.
    private mutating func skipPlain() {
        while true {
            skipOrdinary()
            guard let byte = current else { return }
            if byte == 0x0A || byte == 0x0D { return }
            if byte == 0x3A && (Self.isBlank(self.byte(at: 1)) || (flowDepth > 0 && Self.isFlowIndicator(self.byte(at: 1)))) { return }
            if byte == 0x23 && Self.isBlank(bytes[safe: index - 1]) { return }
            if flowDepth > 0 && Self.isFlowIndicator(byte) { return }
            advance()
        }
    }
}

extension Array where Element == UInt8 {
    /// The byte at `index`, or nil outside the array.
    subscript(safe index: Int) -> UInt8? { indices.contains(index) ? self[index] : nil }
}
