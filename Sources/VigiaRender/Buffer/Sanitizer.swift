/// Removes control and escape characters from text that came from data or config, so a
/// name containing `ESC[2J` prints harmlessly. Line feeds are kept where a caller allows them.
public enum Sanitizer {
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepNewlines { out.append(scalar); continue }
            if scalar == "\t" { out.append(" "); continue }
            if isControl(scalar) { continue }
            out.append(scalar)
        }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
            || s.properties.generalCategory == .format && [0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                                          0x2066, 0x2067, 0x2068, 0x2069].contains(s.value)
    }
}
