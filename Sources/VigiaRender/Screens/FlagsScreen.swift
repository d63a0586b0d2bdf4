import VigiaCore

/// Every open flag across the indicators, most severe first, with what to do about it.
public enum FlagsScreen {
    /// The whole list at `width`, as tall as it needs to be.
    public static func page(_ dashboard: Dashboard, width: Int, context c: RenderContext) -> Buffer {
        var lines: [(String, Style)] = []
        let flags = dashboard.flags
        if flags.isEmpty { lines.append((c.text(.noFlags), .dim)) }
        for severity in Severity.allCases {
            let group = flags.filter { $0.flag.severity == severity }
            guard !group.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", .plain)) }
            let open = group.count { !$0.flag.isAddressed }
            lines.append(("\(c.text(.severity(severity))) (\(c.text(.flagCount(open: open, addressed: group.count - open))))",
                          Style(bold: true, underline: true)))
            for (indicator, flag) in group {
                lines.append(("", .plain))
                lines += FlagLines.lines(flag, title: indicator.name[c.language], width: width - 2, context: c)
            }
        }
        var buffer = Buffer(width: width, height: lines.count, asciiOnly: !c.glyphs.unicode)
        FlagLines.draw(lines, into: &buffer, x: 1, y: 0)
        return buffer
    }

    @discardableResult
    public static func render(_ dashboard: Dashboard, state: inout ViewState, into buffer: inout Buffer, area: Rect,
                              context: RenderContext) -> ScrollSpan? {
        let page = page(dashboard, width: area.width, context: context)
        // One blank row above the list: the last line stays reachable.
        let visible = area.height - 1
        state.scroll = max(0, min(state.scroll, page.height - visible))
        buffer.blit(page, x: area.x, y: area.y + 1, fromRow: state.scroll, clip: area)
        return ScrollSpan(scroll: state.scroll, visible: visible, total: page.height)
    }
}
