import Yams

/// Reads report.yml (Yams): known keys with the right types; unknown keys and wrong types are errors at
/// their line and column.
///
/// Keys: `group`, `short`, `title`, `author`, `subject` (text); `keywords` (list of text); `paper`
/// (`a4` or `letter`); `theme` (`light` or `dark`); `charts` (list of chart names, checked by the report);
/// `member_noun`, `source_note` (text).
/// A key with an empty (null) value counts as absent.
///
/// The chart names are not DatasetCore's to know: the caller injects them (`chartNames`), and then an
/// unknown or repeated name in `charts` is an error at its line and column, with "did you mean".
struct ReportConfigLoader {
    static let fileName = "report.yml"
    static let maxBytes = 1 << 20
    static let keys = ["group", "short", "title", "author", "subject", "keywords", "paper", "theme", "charts",
                       "member_noun", "source_note"]

    var diagnostics: DiagnosticCollector
    /// The names `charts` may list, in their order; nil leaves the names to the report.
    let chartNames: [String]?

    init(file: String, chartNames: [String]? = nil) {
        diagnostics = DiagnosticCollector(file: file)
        self.chartNames = chartNames
    }

    /// Parses the file's bytes.
    mutating func load(_ bytes: [UInt8]) -> ReportConfig {
        var config = ReportConfig()
        guard bytes.count <= Self.maxBytes else {
            diagnostics.error("file is larger than 1 MiB", line: 1, column: 1)
            return config
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.error("file is not UTF-8", line: 1, column: 1)
            return config
        }
        guard passesPrescan(bytes) else { return config }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            report(error, in: bytes)
            return config
        } catch {
            diagnostics.error("cannot parse YAML: \(error)", line: 1, column: 1)
            return config
        }
        guard let root else { return config }
        guard case .mapping(let mapping) = root else {
            error("expected a mapping of keys (group, title, …) at the top level", at: root)
            return config
        }
        var seen: [String: Int] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                error("expected a key name", at: keyNode)
                continue
            }
            let key = keyScalar.string
            if let first = seen[key] {
                error("duplicate key \(quoted(key)); first on line \(first)", at: keyNode)
                continue
            }
            seen[key] = keyNode.mark?.line ?? 1
            if case .scalar(let scalar) = value, scalar.tag == Tag(.null) || (scalar.string.isEmpty && scalar.style == .plain) {
                continue
            }
            switch key {
            case "group": config.group = textValue(value, key: key)
            case "short": config.short = textValue(value, key: key)
            case "title": config.title = textValue(value, key: key)
            case "author": config.author = textValue(value, key: key)
            case "subject": config.subject = textValue(value, key: key)
            case "member_noun": config.memberNoun = textValue(value, key: key)
            case "source_note": config.sourceNote = textValue(value, key: key)
            case "keywords": config.keywords = list(value, key: key) ?? []
            case "charts": config.charts = charts(value, key: key)
            case "paper": config.paper = choice(value, key: key, among: ["a4", "letter"])
            case "theme": config.theme = choice(value, key: key, among: ["light", "dark"])
            default:
                if let near = Suggestion.nearest(to: key, among: Self.keys) {
                    error("unknown key \(quoted(key)); did you mean \(quoted(near))?", at: keyNode)
                } else {
                    error("unknown key \(quoted(key)); expected one of \(Self.keys.joined(separator: ", "))", at: keyNode)
                }
            }
        }
        return config
    }

    private mutating func textValue(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("'\(key)' must be text; found \(kind(of: node))", at: node)
            return nil
        }
        return checkedText(scalar.string, key: key, at: node)
    }

    private mutating func list(_ node: Node, key: String) -> [String]? {
        guard case .sequence(let sequence) = node else {
            error("'\(key)' must be a list of text, like [a, b]; found \(kind(of: node))", at: node)
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                error("each item of '\(key)' must be text; found \(kind(of: item))", at: item)
                continue
            }
            if let text = checkedText(scalar.string, key: key, at: item) { items.append(text) }
        }
        return checkedItems(items, key: key, at: node)
    }

    /// `charts`: a list of text; with `chartNames` injected, each a known chart, listed once.
    private mutating func charts(_ node: Node, key: String) -> [String]? {
        guard let names = list(node, key: key) else { return nil }
        guard let known = chartNames, case .sequence(let sequence) = node else { return names }
        var firstLines: [String: Int] = [:]
        for item in sequence {
            guard case .scalar(let scalar) = item else { continue }
            let name = scalar.string
            if !known.contains(name) {
                if let near = Suggestion.nearest(to: name, among: known) {
                    error("unknown chart '\(name)'; did you mean '\(near)'?", at: item)
                } else {
                    error("unknown chart '\(name)'; expected one of \(known.joined(separator: ", "))", at: item)
                }
            } else if let first = firstLines[name] {
                error("chart '\(name)' is listed twice; first on line \(first)", at: item)
            } else {
                firstLines[name] = item.mark?.line ?? 1
            }
        }
        return names
    }

    private mutating func choice(_ node: Node, key: String, among choices: [String]) -> String? {
        guard let value = textValue(node, key: key) else { return nil }
        guard choices.contains(value) else {
            error("\(key) \(quoted(value)); expected \(choices.joined(separator: " or "))", at: node)
            return nil
        }
        return value
    }

    private func kind(of node: Node) -> String {
        switch node {
        case .scalar: "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.error(message, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private mutating func report(_ error: YamlError, in bytes: [UInt8]) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            diagnostics.error("invalid YAML: \(problem)", line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, _):
            // Yams sorts the duplicated keys with a comparison that is not total across kinds of key (a name
            // and a list, say): with both kinds duplicated, its order and the place it names changed from run
            // to run. Names are sorted here; the place is where one repeats at the start of a line, else 1:1.
            let complex = "<uncovertable>"  // (sic) Yams's stand-in for a key that is not a plain name
            let names = duplicates.filter { $0 != complex }.sorted().map { "'\($0)'" }
                + (duplicates.contains(complex) ? ["a list or mapping used as a key"] : [])
            // (Yams's own place is one of the duplicates in hash order, which changes from run to run too.)
            let line = duplicates.contains(complex) ? nil : Self.repeatLine(of: duplicates, in: bytes)
            diagnostics.error("duplicate key \(names.joined(separator: ", "))", line: line ?? 1, column: 1)
        default:
            diagnostics.error("invalid YAML: \(error)", line: 1, column: 1)
        }
    }
}
