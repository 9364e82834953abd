import DataText

/// Post-processing of Cairo's SVG: deterministic ids and accessible title/description.
enum SVGPostprocess {
    /// Renumbers every `id` in order of first definition (Cairo's ids come from process-wide counters, so
    /// the same drawing rendered twice would otherwise differ) and rewrites the references to them
    /// (`href="#…"`, `xlink:href="#…"`, `url(#…)`). New ids keep the old alphabetic prefix: `glyph0-1` → `glyph-1`.
    static func renumberIDs(_ svg: String) -> String {
        let bytes = Array(svg.utf8)
        // Pass 1: definitions in order.
        var mapping: [String: String] = [:]
        var counters: [String: Int] = [:]
        let idMarker = Array(" id=\"".utf8)
        var i = 0
        while let start = find(idMarker, in: bytes, from: i) {
            let valueStart = start + idMarker.count
            guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let old = String(decoding: bytes[valueStart..<end], as: UTF8.self)
            if mapping[old] == nil {
                let prefix = String(old.prefix { $0.isLetter })
                let n = (counters[prefix] ?? 0) + 1
                counters[prefix] = n
                mapping[old] = "\(prefix.isEmpty ? "id" : prefix)-\(n)"
            }
            i = end
        }
        if mapping.isEmpty { return svg }
        // Pass 2: rewrite definitions and references. Only a space, `h` or `u` can start a marker; the bytes
        // between candidates are copied in runs.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let markers: [([UInt8], UInt8)] = [(idMarker, UInt8(ascii: "\"")), (Array("href=\"#".utf8), UInt8(ascii: "\"")),
                                          (Array("url(#".utf8), UInt8(ascii: ")"))]
        i = 0
        var copied = 0
        outer: while i < bytes.count {
            let byte = bytes[i]
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "u") else { i += 1; continue }
            for (marker, terminator) in markers where matches(marker, in: bytes, at: i) {
                let valueStart = i + marker.count
                if let end = bytes[valueStart...].firstIndex(of: terminator) {
                    let old = String(decoding: bytes[valueStart..<end], as: UTF8.self)
                    out += bytes[copied..<i]
                    out += marker
                    out += Array((mapping[old] ?? old).utf8)
                    i = end
                    copied = end
                    continue outer
                }
            }
            i += 1
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Makes `<title>` and `<desc>` the first children of the root `<svg>` and labels the image for
    /// assistive technology (`role="img"`, `aria-labelledby`).
    static func addAccessibility(_ svg: String, title: String, description: String) -> String {
        guard let open = svg.range(of: "<svg") , let close = svg[open.upperBound...].range(of: ">") else { return svg }
        let attrs = " role=\"img\" aria-labelledby=\"chart-title chart-desc\""
        var tagEnd = close.lowerBound
        if svg[svg.index(before: tagEnd)] == "/" { tagEnd = svg.index(before: tagEnd) }
        let children = "\n<title id=\"chart-title\">\(xmlEscape(title))</title>\n<desc id=\"chart-desc\">\(xmlEscape(description))</desc>"
        var result = String(svg[..<tagEnd]) + attrs + String(svg[tagEnd..<close.upperBound]) + children
        result += svg[close.upperBound...]
        // Whatever else reached the drawing's text (Cairo copies none today) must not make it ill-formed.
        return XMLText.replacingIllegalCharacters(result)
    }

    /// Escapes text for XML character data and attribute values; characters XML forbids (an ESC in an
    /// acronym once made every SVG ill-formed) become U+FFFD.
    static func xmlEscape(_ s: String) -> String { XMLText.escaped(s) }

    private static func matches(_ marker: [UInt8], in bytes: [UInt8], at i: Int) -> Bool {
        guard i + marker.count <= bytes.count, bytes[i] == marker[0] else { return false }
        for k in 1..<marker.count where bytes[i + k] != marker[k] { return false }
        return true
    }

    private static func find(_ marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + marker.count <= bytes.count {
            if matches(marker, in: bytes, at: i) { return i }
            i += 1
        }
        return nil
    }
}
