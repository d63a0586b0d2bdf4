/// Label–value lines under a title, labels padded to one width and values wrapped: the
/// statistics panels of the Detail screen.
struct KeyValueList {
    var title: String
    var items: [(label: String, value: String, style: Style)] = []

    init(_ title: String) { self.title = title }

    mutating func add(_ label: String, _ value: String, _ style: Style = .plain) {
        items.append((label, Sanitizer.clean(value, keepNewlines: false), style))
    }

    private func labelWidth(_ width: Int) -> Int {
        min(width / 2, (items.map { TextWidth.of($0.label) }.max() ?? 0) + 2)
    }

    /// The list wrapped to one width: measured once, drawn from the same lines.
    struct Layout {
        let list: KeyValueList
        let indent: Int
        let lines: [[String]]

        /// An empty title takes no row.
        var titleRows: Int { list.title.isEmpty ? 0 : 1 }

        var height: Int { list.items.isEmpty ? 0 : titleRows + lines.reduce(0) { $0 + max(1, $1.count) } }

        func render(into buffer: inout Buffer, area: Rect) {
            guard !list.items.isEmpty else { return }
            buffer.put(list.title, x: area.x, y: area.y, style: .bold, clip: area)
            var y = area.y + titleRows
            for (item, itemLines) in zip(list.items, lines) {
                // A label longer than the label column is cut, so a space always separates it from its value.
                let label = TextWidth.truncate(item.label, to: indent - 1, ellipsis: buffer.asciiOnly ? "~" : "…")
                buffer.put(label, x: area.x, y: y, style: .dim, clip: area)
                for line in itemLines {
                    buffer.put(line, x: area.x + indent, y: y, style: item.style, clip: area)
                    y += 1
                }
                if itemLines.isEmpty { y += 1 }
            }
        }
    }

    func layout(width: Int) -> Layout {
        let indent = labelWidth(width), room = max(1, width - indent)
        return Layout(list: self, indent: indent, lines: items.map { Paragraph.wrap($0.value, width: room) })
    }

    func height(width: Int) -> Int { layout(width: width).height }

    func render(into buffer: inout Buffer, area: Rect) { layout(width: area.width).render(into: &buffer, area: area) }
}
