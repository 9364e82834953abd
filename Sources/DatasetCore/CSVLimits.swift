/// The bounds that keep reading any input in bounded memory.
///
/// A file may be any size: it is read in chunks. Only one record is held at a time, so these
/// limits bound memory whatever the input.
enum CSVLimits {
    /// The longest field accepted: 1 MiB of bytes. A longer field is an error at its start,
    /// and the rest of that file is not read.
    static let maxFieldBytes = 1 << 20
    /// The longest record accepted, all fields together: 4 MiB.
    static let maxRecordBytes = 4 << 20
    /// The most fields one record may have.
    static let maxFieldsPerRecord = 10_000
    /// The default read size.
    static let defaultChunkBytes = 64 * 1024
}
