/// Word-wrapped text.
public enum Paragraph {
    /// Lines of at most `width` columns, broken at spaces (a word longer than a line is cut).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // The line's width is kept as words are added, not measured again each time.
            var line = "", lineWidth = 0
            for piece in paragraph.split(separator: " ") {
                var word = String(piece), wordWidth = TextWidth.of(piece)
                if wordWidth > width {
                    if !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
                    let pieces = cut(piece, width: width)
                    lines.append(contentsOf: pieces.dropLast())
                    word = pieces.last ?? ""
                    wordWidth = TextWidth.of(word)
                }
                if line.isEmpty {
                    line = word
                    lineWidth = wordWidth
                } else if lineWidth + 1 + wordWidth <= width {
                    line += " "
                    line += word
                    lineWidth += 1 + wordWidth
                } else {
                    lines.append(line)
                    line = word
                    lineWidth = wordWidth
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// A word wider than a line, cut into lines of at most `width` columns (the last one may be
    /// shorter) in one pass over its characters: cutting a head off and copying the rest each
    /// time made an 800,000-character word take 24 seconds.
    static func cut(_ word: Substring, width: Int) -> [String] {
        var out: [String] = [], current = "", used = 0
        for c in word {
            let w = TextWidth.of(c)
            if used + w > width && used > 0 {
                out.append(current)
                current = ""
                used = 0
            }
            current.append(c)
            used += w
        }
        out.append(current)
        return out
    }

    /// Draws wrapped text from the top of `area`; returns the number of lines it needed.
    @discardableResult
    public static func render(_ text: String, into buffer: inout Buffer, area: Rect, style: Style = .plain) -> Int {
        let lines = wrap(text, width: area.width)
        for (i, line) in lines.enumerated() where i < area.height {
            buffer.put(line, x: area.x, y: area.y + i, style: style, clip: area)
        }
        return lines.count
    }
}
