/// A buffer as text with ANSI SGR colour sequences (for `--color always`): the only escape
/// sequences Vigía writes itself; data never contributes any.
public enum ANSIText {
    public static func render(_ buffer: Buffer) -> String {
        var out = ""
        for y in 0..<buffer.height {
            var current = Style.plain
            var line = ""
            var pendingSpaces = ""
            for x in 0..<buffer.width where !buffer[x, y].isContinuation {
                let cell = buffer[x, y]
                if cell.grapheme == " " && cell.style == .plain && current == .plain {
                    pendingSpaces += " "
                    continue
                }
                line += pendingSpaces
                pendingSpaces = ""
                if cell.style != current {
                    line += sgr(cell.style)
                    current = cell.style
                }
                line += cell.grapheme
            }
            if current != .plain { line += "\u{1B}[0m" }
            out += line + (y < buffer.height - 1 ? "\n" : "")
        }
        return out
    }

    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let fg = style.foreground { codes.append("38;5;\(fg.indexed256)") }
        if let bg = style.background { codes.append("48;5;\(bg.indexed256)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
