/// Removes control and escape characters from text that came from data or config, so a
/// name containing `ESC[2J` prints harmlessly. Line feeds are kept where a caller allows them.
public enum Sanitizer {
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        // Most text has nothing to remove: returned as it is, not rebuilt a scalar at a time.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepNewlines { out.append(scalar); continue }
            if scalar == "\t" { out.append(" "); continue }
            if isControl(scalar) { continue }
            out.append(scalar)
        }
        return String(out)
    }

    /// C0 and C1 controls, and the bidirectional embeddings, overrides and isolates (which can
    /// make text read other than it is stored). Those are found by value before the Unicode
    /// table is asked: asking it for every scalar cost a sixth of laying out a Detail page.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v)
            || ((0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)) && s.properties.generalCategory == .format
    }
}
