/// Display width of text in terminal columns (a small `wcwidth`): wide East Asian
/// characters and emoji take two columns, combining marks none, controls are not text.
public enum TextWidth {
    public static func of(_ character: Character) -> Int {
        // One ASCII byte: printable is one column, a control none (CR LF, two bytes, is a control below).
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return byte >= 0x20 && byte < 0x7F ? 1 : 0 }
        guard let first = character.unicodeScalars.first else { return 0 }
        if Sanitizer.isControl(first) { return 0 }
        if character.unicodeScalars.count > 1,
           character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(first)
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        // Arrows, box drawing, blocks, shapes, symbols and braille: what widgets draw with, every
        // frame. None of U+2100–U+2BFF is a mark or a format character, so skip the table lookup.
        if (0x2100...0x2BFF).contains(v) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(v) ? 2 : 1
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, most of what screens draw: one column a byte, no grapheme walk.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        if text.unicodeScalars.allSatisfy(isSimple) { return text.unicodeScalars.reduce(0) { $0 + simpleWidth($1) } }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Printable ASCII, the ASCII controls, and U+2100–U+2BFF (arrows, box drawing, blocks, shapes,
    /// symbols, braille: what widgets draw with): each is a character of its own wherever it
    /// stands beside another of them (no grapheme rule joins two, CR LF aside, a control either
    /// way), so text made only of them is measured and drawn a scalar at a time, without walking
    /// graphemes or asking the Unicode tables.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || (0x2100...0x2BFF).contains(scalar.value)
    }

    /// The width of a simple scalar: one column, none for a control.
    static func simpleWidth(_ scalar: Unicode.Scalar) -> Int {
        scalar.value >= 0x20 && scalar.value != 0x7F ? 1 : 0
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// `text` cut to `width` columns, with an ellipsis when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        var out = "", used = 0
        for c in text {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// `text` padded with spaces to `width` columns (cut first when longer).
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let fill = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? fill + cut : cut + fill
    }
}
