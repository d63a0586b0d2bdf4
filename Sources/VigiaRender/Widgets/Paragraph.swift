/// Word-wrapped text.
public enum Paragraph {
    /// Lines of at most `width` columns, broken at spaces (a word longer than a line is cut).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while TextWidth.of(word) > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    let head = TextWidth.truncate(word, to: width, ellipsis: "")
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                }
                if line.isEmpty { line = word }
                else if TextWidth.of(line) + 1 + TextWidth.of(word) <= width { line += " " + word }
                else { lines.append(line); line = word }
            }
            lines.append(line)
        }
        return lines
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
