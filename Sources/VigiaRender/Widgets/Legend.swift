/// A chart's legend: entries (a mark in the line's style, then its words) side by side, flowing
/// onto more rows when the width runs out. Measured once, so a page knows its height before drawing.
struct Legend {
    struct Entry {
        let mark: String
        let style: Style
        let words: String
    }

    /// The entries of each row; an entry wider than the whole width is cut with an ellipsis.
    let rows: [[Entry]]

    /// Blank columns after each entry.
    static let spacing = 3

    init(_ entries: [Entry], width: Int, ellipsis: String) {
        var rows: [[Entry]] = [], used = 0
        for entry in entries {
            let room = max(0, width - TextWidth.of(entry.mark) - 1)
            let fitted = Entry(mark: entry.mark, style: entry.style, words: TextWidth.truncate(entry.words, to: room, ellipsis: ellipsis))
            let w = TextWidth.of(fitted.mark) + 1 + TextWidth.of(fitted.words) + Self.spacing
            if rows.isEmpty || (used > 0 && used + w > width) { rows.append([]); used = 0 }
            rows[rows.count - 1].append(fitted)
            used += w
        }
        self.rows = rows
    }

    var height: Int { rows.count }

    func render(into buffer: inout Buffer, x: Int, y: Int) {
        for (r, row) in rows.enumerated() {
            var column = x
            for entry in row {
                column = buffer.put(entry.mark, x: column, y: y + r, style: entry.style)
                column = buffer.put(" " + entry.words + String(repeating: " ", count: Self.spacing), x: column, y: y + r, style: .dim)
            }
        }
    }

    /// The rows as plain text, for reports that print the chart in a fixed-width block.
    var lines: [String] {
        rows.map { row in
            row.map { "\($0.mark) \($0.words)" }.joined(separator: String(repeating: " ", count: Self.spacing))
        }
    }
}
