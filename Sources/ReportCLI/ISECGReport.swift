import ArgumentParser
import Foundation
import ReportBuilder

/// The `isecg-report` command: statistics, charts and the annual summary report from coordination-group datasets.
@main
struct ISECGReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isecg-report",
        abstract: "Statistics, charts and an annual summary report from a coordination group's membership and outputs.",
        discussion: """
            Reads members.csv (required), outputs.csv and reported_counts.csv (optional) and an optional \
            report.yml from a datasets directory (default: Datasets).

            Exit codes: 0 ok, 1 stale files (build --check), 64 usage (a chart size too small included), \
            65 bad data, 66 input missing, 69 a font missing, 70 internal error, 73 output cannot be created, \
            74 I/O error.
            """,
        version: Generator.version,
        subcommands: [ValidateCommand.self, StatsCommand.self, ChartCommand.self, ChartsCommand.self, BuildCommand.self]
    )
}

/// Argument checks that ArgumentParser does not make.
enum ArgumentScreen {
    /// The options whose value may be a (wrongly) negative number, so that `--scale -2` reaches the option's
    /// own check ("must be between …, not -2") instead of "Missing value".
    static let numericOptions: Set<String> = ["--scale", "--year", "--size"]

    /// A message when the first argument (or the one after `help`) is not a subcommand, else nil.
    static func unknownSubcommand(_ arguments: [String], names: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let candidate: String
        if first == "help" {
            guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return nil }
            candidate = arguments[1]
        } else {
            candidate = first
        }
        guard !names.contains(candidate) else { return nil }
        return "unknown subcommand '\(candidate)'\(Suggestion.hint(for: candidate, among: names)) "
            + "(the subcommands are \(names.joined(separator: ", ")))"
    }

    /// A message for the first argument that is not valid UTF-8, else nil. Swift decodes argv with U+FFFD for
    /// bad bytes, so such a file name would silently become another one; refusing it is the honest answer.
    static func notUTF8(_ rawArguments: [[UInt8]]) -> String? {
        for (index, bytes) in rawArguments.enumerated() where String(validating: bytes, as: UTF8.self) == nil {
            let shown = bytes.prefix(80).map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x" + hex($0) }.joined()
            return "argument \(index + 1) ('\(shown)\(bytes.count > 80 ? "…" : "")') is not valid UTF-8; "
                + "names of files and directories must be UTF-8 (rename it, or use a UTF-8 path to it)"
        }
        return nil
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    /// `-2`, `-0.5`, `-3x4`: a minus sign then a digit or a point, which no option name starts with.
    static func looksNegative(_ argument: String) -> Bool {
        let characters = Array(argument.prefix(2))
        return characters.count == 2 && characters[0] == "-" && (characters[1].isNumber || characters[1] == ".")
    }

    /// `--scale -2` as `--scale=-2`.
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if numericOptions.contains(argument), index + 1 < arguments.count,
               looksNegative(arguments[index + 1]) {
                out.append("\(argument)=\(arguments[index + 1])")
                index += 2
                continue
            }
            out.append(argument)
            index += 1
        }
        return out
    }
}
