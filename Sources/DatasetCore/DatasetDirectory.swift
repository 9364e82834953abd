#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory of datasets: members.csv (required), outputs.csv, reported_counts.csv and report.yml
/// (optional).
///
/// ```swift
/// let directory = DatasetDirectory(path: "Datasets")
/// let result = try directory.validate()
/// result.diagnostics.forEach { print($0) }   // Datasets/members.csv:4:12: error: …
/// let dataset = try directory.load()        // throws DatasetError.invalid if any error
/// ```
///
/// Every file is streamed in chunks: memory stays bounded whatever the size of outputs.csv when
/// validating or streaming.
public struct DatasetDirectory: Sendable {
    /// The directory as the user gave it; diagnostics name files as `path/members.csv`.
    public let path: String
    /// Bytes read at a time (tests make it tiny to force chunk boundaries).
    var chunkSize = CSVLimits.defaultChunkBytes
    /// The files' bytes by name when the directory lives in memory (fuzzing, tests); nil to read the disk.
    var memoryFiles: [String: [UInt8]]?
    /// The chart names report.yml's `charts` may list (injected by the report's caller: DatasetCore does
    /// not know the charts); nil leaves them unchecked here.
    public var chartNames: [String]?

    /// A directory such as `Datasets`; with `chartNames`, report.yml's `charts` is checked against them.
    public init(path: String, chartNames: [String]? = nil) {
        self.path = path
        self.chartNames = chartNames
    }

    /// The path of `name` in the directory, as diagnostics show it.
    public func filePath(_ name: String) -> String {
        path.isEmpty ? name : path.hasSuffix("/") ? path + name : path + "/" + name
    }

    /// Checks every file, collecting every problem (streaming, bounded memory).
    ///
    /// - Parameter progress: show progress on stderr for long reads (only when stderr is a terminal).
    /// - Throws: only `DatasetError.membersMissing` or `.unreadable`; problems in the data are in the result.
    public func validate(progress: Bool = false) throws -> ValidationResult {
        let run = try DatasetRun(directory: self, keepsRecords: false, progress: progress, visit: nil)
        return ValidationResult(diagnostics: run.diagnostics, inputs: run.inputs,
                                errorCount: run.errorCount, warningCount: run.warningCount)
    }

    /// Loads every record.
    ///
    /// - Returns: the dataset; outputs and reported counts are empty when their file is absent.
    /// - Throws: `DatasetError.invalid` with every diagnostic if there is any error;
    ///   `.membersMissing` or `.unreadable` when a file cannot be read.
    /// - Parameter progress: show progress on stderr for long reads (only when stderr is a terminal).
    public func load(progress: Bool = false) throws -> Dataset {
        try DatasetRun(directory: self, keepsRecords: true, progress: progress, visit: nil).dataset()
    }

    /// Like `load()`, but outputs.csv is streamed row by row to `visit` (`Dataset.outputs` stays empty);
    /// memory stays bounded for huge files. Rows with errors are not visited.
    ///
    /// `visit` sees the rows before it is known whether another file has errors: if this throws
    /// `DatasetError.invalid`, discard what `visit` built.
    public func load(progress: Bool = false, streamingOutputs visit: (OutputRow) -> Void) throws -> Dataset {
        try withoutActuallyEscaping(visit) { visit in
            try DatasetRun(directory: self, keepsRecords: true, progress: progress, visit: visit).dataset()
        }
    }
}

/// One pass over a datasets directory: every file, in order, through its schema.
struct DatasetRun {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var inputs: [InputFile] = []
    private(set) var errorCount = 0
    private(set) var warningCount = 0
    private(set) var members: [Member] = []
    private(set) var outputs: OutputList = []
    private(set) var counts: [ReportedCount] = []
    private(set) var config = ReportConfig()
    private(set) var streamedLatestYear: Int?

    init(directory: DatasetDirectory, keepsRecords: Bool, progress: Bool, visit: ((OutputRow) -> Void)?) throws {
        func reader(_ name: String) -> CSVReader {
            CSVReader(chunkSize: directory.chunkSize,
                      progress: progress ? ProgressReporter.forTerminal(label: name) : nil)
        }
        func read<Schema: TableSchema>(_ schema: inout Schema, required: Bool) throws -> Bool {
            let path = directory.filePath(Schema.fileName)
            switch Self.fileState(path, directory: directory, name: Schema.fileName) {
            case .missing:
                if required { throw DatasetError.membersMissing(path: path) }
                return false
            case .unreadable(let reason):
                throw DatasetError.unreadable(path: path, reason: reason)
            case .present:
                break
            }
            do {
                inputs.append(try CSVTable(path: path, reader: reader(Schema.fileName),
                                           bytes: directory.memoryFiles?[Schema.fileName]).read(into: &schema))
            } catch {
                throw DatasetError.unreadable(path: path, reason: Self.describe(error))
            }
            add(schema.diagnostics)
            return true
        }

        var membersSchema = MembersSchema(file: directory.filePath(MembersSchema.fileName), keepsRecords: keepsRecords)
        _ = try read(&membersSchema, required: true)
        members = membersSchema.members

        var outputsSchema = OutputsSchema(file: directory.filePath(OutputsSchema.fileName),
                                          memberAcronyms: Set(membersSchema.acronymLines.keys),
                                          keepsRecords: keepsRecords && visit == nil)
        outputsSchema.visit = visit
        if try read(&outputsSchema, required: false) {
            outputs = outputsSchema.outputs
            if visit != nil { streamedLatestYear = outputsSchema.latestYear }
        }

        var countsSchema = ReportedCountsSchema(file: directory.filePath(ReportedCountsSchema.fileName),
                                                keepsRecords: keepsRecords)
        if try read(&countsSchema, required: false) { counts = countsSchema.counts }

        let configPath = directory.filePath(ReportConfigLoader.fileName)
        switch Self.fileState(configPath, directory: directory, name: ReportConfigLoader.fileName) {
        case .missing:
            break
        case .unreadable(let reason):
            throw DatasetError.unreadable(path: configPath, reason: reason)
        case .present:
            let bytes = try directory.memoryFiles.map { Array(($0[ReportConfigLoader.fileName] ?? []).prefix(ReportConfigLoader.maxBytes + 1)) }
                ?? Self.readSmallFile(configPath, limit: ReportConfigLoader.maxBytes + 1)
            var loader = ReportConfigLoader(file: configPath, chartNames: directory.chartNames)
            config = loader.load(bytes)
            inputs.append(InputFile(fileName: ReportConfigLoader.fileName, sha256: FileDigest.hex(of: bytes), rows: 0))
            add(loader.diagnostics)
        }
    }

    private mutating func add(_ collector: DiagnosticCollector) {
        diagnostics += collector.sorted()
        errorCount += collector.errorCount
        warningCount += collector.warningCount
    }

    /// The loaded dataset, or `.invalid` with every diagnostic.
    func dataset() throws -> Dataset {
        if errorCount > 0 { throw DatasetError.invalid(diagnostics) }
        var dataset = Dataset(members: members, outputs: outputs, reportedCounts: counts, config: config,
                              inputs: inputs, warnings: diagnostics)
        dataset.streamedOutputsLatestYear = streamedLatestYear
        return dataset
    }

    enum FileState { case present, missing, unreadable(String) }

    static func fileState(_ path: String, directory: DatasetDirectory, name: String) -> FileState {
        if let files = directory.memoryFiles { return files[name] == nil ? .missing : .present }
        return InputFileCheck.state(path, directory: directory.path)
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case CSVReaderFailure.cannotOpen(let reason): reason
        case CSVReaderFailure.libcsvInit: "the CSV parser could not start"
        default: "\(error)"
        }
    }

    /// Reads at most `limit` bytes of a small file.
    static func readSmallFile(_ path: String, limit: Int) throws -> [UInt8] {
        do {
            let source = try FileByteSource(path: path)
            var bytes = [UInt8](repeating: 0, count: limit)
            var count = 0
            while count < limit {
                let read = try bytes.withUnsafeMutableBytes { buffer throws(CSVReadFailure) in
                    try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...]))
                }
                if read == 0 { break }
                count += read
            }
            return Array(bytes[0..<count])
        } catch let failure as CSVReadFailure {
            throw DatasetError.unreadable(path: path, reason: failure.reason)
        } catch {
            throw DatasetError.unreadable(path: path, reason: describe(error))
        }
    }
}

@_spi(Fuzzing)
extension DatasetDirectory {
    /// A datasets directory held in memory: `files` maps names (`members.csv`, `outputs.csv`,
    /// `reported_counts.csv`, `report.yml`) to their bytes; absent names are absent files. Diagnostics name
    /// the files as `path/NAME`. Everything else (validate, load, streaming load) works as on disk.
    ///
    /// For fuzzing and tests: no file system, so one input costs only the parsing.
    public init(path: String = "memory", files: [String: [UInt8]], chunkSize: Int = 64 * 1024) {
        self.init(path: path)
        self.memoryFiles = files
        self.chunkSize = max(1, chunkSize)
    }
}
