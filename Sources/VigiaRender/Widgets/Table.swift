/// A column of a table: a title, a width in cells, and which side numbers line up on.
public struct TableColumn: Sendable {
    public enum Alignment: Sendable { case left, right }

    public let title: String
    public let width: Int
    public let alignment: Alignment

    public init(_ title: String, width: Int, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A scrolling table that draws only the rows in view, so ten thousand rows cost what twenty do.
public enum Table {
    /// What to draw in one cell: text (aligned per column) or anything else via `custom`.
    public enum Content {
        case text(String, Style)
        case custom((inout Buffer, Rect) -> Void)
        /// Text across the whole row (a group heading); returned for column 0, other columns are skipped.
        case span(String, Style)
    }

    /// Draws the header and rows `offset..<offset + visible`; `selected` is highlighted.
    public static func render(columns: [TableColumn], rowCount: Int, offset: Int, selected: Int?,
                              into buffer: inout Buffer, area: Rect, context: RenderContext,
                              cell: (_ row: Int, _ column: Int) -> Content) {
        guard area.height > 0 else { return }
        let rects = area.row(0).columns(columns.map(\.width))
        for (c, column) in columns.enumerated() {
            put(column.title, column: column, rect: rects[c], style: .bold, buffer: &buffer, context: context)
        }
        let body = area.splitTop(1).rest
        for line in 0..<body.height {
            let row = offset + line
            guard row < rowCount else { break }
            let rowRect = body.row(line)
            let first = cell(row, 0)
            if case .span(let text, let style) = first {
                put(text, column: TableColumn("", width: rowRect.width), rect: rowRect, style: style,
                    buffer: &buffer, context: context)
            } else {
                for (c, column) in columns.enumerated() {
                    var rect = rects[c]
                    rect.y = rowRect.y
                    draw(c == 0 ? first : cell(row, c), column: column, rect: rect, buffer: &buffer, context: context)
                }
            }
            if row == selected { buffer.apply(.reverse, to: rowRect) }
        }
    }

    private static func draw(_ content: Content, column: TableColumn, rect: Rect, buffer: inout Buffer,
                             context: RenderContext) {
        switch content {
        case .text(let text, let style), .span(let text, let style):
            put(text, column: column, rect: rect, style: style, buffer: &buffer, context: context)
        case .custom(let draw):
            draw(&buffer, rect)
        }
    }

    private static func put(_ text: String, column: TableColumn, rect: Rect, style: Style, buffer: inout Buffer,
                            context: RenderContext) {
        let cut = TextWidth.truncate(text, to: rect.width, ellipsis: context.glyphs.ellipsis)
        let x = column.alignment == .right ? rect.maxX - TextWidth.of(cut) : rect.x
        buffer.put(cut, x: x, y: rect.y, style: style, clip: rect)
    }

    /// The offset that keeps `selected` in view with as little movement as possible.
    public static func scrollOffset(selected: Int, current: Int, visible: Int, count: Int) -> Int {
        guard visible > 0 else { return 0 }
        var offset = min(current, max(0, count - visible))
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        return max(0, offset)
    }
}
