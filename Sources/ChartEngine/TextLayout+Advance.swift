internal import CPangoCairo

extension TextLayout {
    /// The advance width, in points, of the part of the text at UTF-8 byte offsets `range`, measured in this
    /// layout: in context, with the kerning and shaping of its neighbours, which is what decides where the
    /// text would wrap. A table measures every word of a cell this way instead of laying each word out alone.
    ///
    /// Only a layout of one unwrapped line of left-to-right text answers (there the part's glyphs are
    /// contiguous and in logical order); otherwise, or for an empty or out-of-range `range`, nil.
    public func advance(ofUTF8 range: Range<Int>) -> Double? {
        let bytes = text.utf8
        guard wrapWidth == nil, lineCount == 1, isLeftToRight, !range.isEmpty, range.lowerBound >= 0,
              range.upperBound <= bytes.count, let line = pango_layout_get_line_readonly(handle, 0) else { return nil }
        // The last scalar of the range starts where its UTF-8 lead byte is (continuation bytes are 10xxxxxx).
        let lastScalar = { (utf8: UnsafeBufferPointer<UInt8>) -> Int in
            var last = range.upperBound - 1
            while last > range.lowerBound, utf8[last] & 0xC0 == 0x80 { last -= 1 }
            return last
        }
        let last = bytes.withContiguousStorageIfAvailable(lastScalar) ?? Array(bytes).withUnsafeBufferPointer(lastScalar)
        var start: Int32 = 0, end: Int32 = 0
        pango_layout_line_index_to_x(line, Int32(range.lowerBound), 0, &start)
        pango_layout_line_index_to_x(line, Int32(last), 1, &end)
        return Double(end - start) / 1024
    }

    /// Whether no scalar of the text is in a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko,
    /// Samaritan, Mandaic and their presentation forms; the right-to-left ranges of the supplementary planes).
    var isLeftToRight: Bool {
        !text.unicodeScalars.contains { s in
            switch s.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x200F, 0x202B, 0x202E, 0x2067,
                 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
            default: return false
            }
        }
    }
}
