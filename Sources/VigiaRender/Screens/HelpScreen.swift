/// Every key, explained.
public enum HelpScreen {
    static let keys: [(String, HelpItem)] = [
        ("↑ ↓ j k", .move), ("Enter", .open), ("Esc ⌫", .back), ("Tab", .tab), ("/", .filter), ("s", .sort),
        ("g", .places), ("S", .reverse), ("m", .municipalities), ("f", .flags), ("L", .language), ("r", .reload), ("?", .help), ("q", .quit),
        ("🖱", .mouse),
    ]

    @discardableResult
    public static func render(into buffer: inout Buffer, area: Rect, scroll: inout Int, context: RenderContext) -> ScrollSpan? {
        scroll = max(0, min(scroll, keys.count + 1 - area.height))
        for (i, (key, item)) in keys.enumerated() {
            let y = area.y + 1 + i - scroll
            guard y >= area.y, y < area.maxY else { continue }
            let label = context.glyphs.unicode ? key : asciiKey(key)
            buffer.put(TextWidth.pad(label, to: 12), x: area.x + 2, y: y, style: .bold, clip: area)
            buffer.put(context.text(.helpKey(item)), x: area.x + 15, y: y, clip: area)
        }
        return ScrollSpan(scroll: scroll, visible: area.height, total: keys.count + 1)
    }

    static func asciiKey(_ key: String) -> String {
        switch key {
        case "↑ ↓ j k": "Up Down j k"
        case "Esc ⌫": "Esc Bksp"
        case "🖱": "Mouse"
        default: key
        }
    }
}

/// Shown below the minimum size, instead of a broken layout.
public enum TooSmallScreen {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public static func render(into buffer: inout Buffer, context: RenderContext) {
        let text = context.text(.tooSmall(needWidth: minimumWidth, needHeight: minimumHeight,
                                          haveWidth: buffer.width, haveHeight: buffer.height))
        let lines = Paragraph.wrap(text, width: max(1, buffer.width - 2))
        let top = max(0, (buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (buffer.width - TextWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + i, style: Style(foreground: .yellow, bold: true))
        }
    }
}
