extension StatsDocument: Encodable {
    /// Encodes the document as ``StatsCatalog`` describes it: every key present, `null` where a value is not
    /// available.
    public func encode(to encoder: any Encoder) throws {
        try StatsCatalog.json(for: self).encode(to: encoder)
    }
}
