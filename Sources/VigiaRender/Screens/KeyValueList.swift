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

    /// Each item's value lines at this width.
    private func wrapped(_ width: Int) -> [[String]] {
        let room = max(1, width - labelWidth(width))
        return items.map { Paragraph.wrap($0.value, width: room) }
    }

    /// An empty title takes no row.
    private var titleRows: Int { title.isEmpty ? 0 : 1 }

    func height(width: Int) -> Int {
        items.isEmpty ? 0 : titleRows + wrapped(width).reduce(0) { $0 + max(1, $1.count) }
    }

    func render(into buffer: inout Buffer, area: Rect) {
        guard !items.isEmpty else { return }
        buffer.put(title, x: area.x, y: area.y, style: .bold, clip: area)
        let indent = labelWidth(area.width)
        var y = area.y + titleRows
        for (item, lines) in zip(items, wrapped(area.width)) {
            buffer.put(item.label, x: area.x, y: y, style: .dim, clip: area)
            for line in lines {
                buffer.put(line, x: area.x + indent, y: y, style: item.style, clip: area)
                y += 1
            }
            if lines.isEmpty { y += 1 }
        }
    }
}
