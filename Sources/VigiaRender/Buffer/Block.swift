import VigiaCore

/// A measured piece of a page: its height at the page's width, and how to draw it.
/// Pages (the Detail screen, its text and Markdown reports) stack blocks top to bottom.
public struct Block: Widget {
    public let height: Int
    let draw: (inout Buffer, Rect) -> Void

    public init(height: Int, draw: @escaping (inout Buffer, Rect) -> Void) {
        self.height = height
        self.draw = draw
    }

    public func render(into buffer: inout Buffer, area: Rect) { draw(&buffer, area) }

    /// The blocks one under the other in a buffer `width` wide, as tall as they need, each inset
    /// by one column on both sides.
    public static func page(_ blocks: [Block], width: Int, asciiOnly: Bool) -> Buffer {
        var buffer = Buffer(width: width, height: blocks.reduce(0) { $0 + $1.height }, asciiOnly: asciiOnly)
        var y = 0
        for block in blocks {
            block.render(into: &buffer, area: Rect(x: 1, y: y, width: width - 2, height: block.height))
            y += block.height
        }
        return buffer
    }

    static func gap(_ rows: Int = 1) -> Block { Block(height: rows) { _, _ in } }

    static func lines(_ lines: [(String, Style)]) -> Block {
        Block(height: lines.count) { buffer, rect in FlagLines.draw(lines, into: &buffer, x: rect.x, y: rect.y) }
    }

    static func list(_ list: KeyValueList, width: Int) -> Block {
        let layout = list.layout(width: width)
        return Block(height: layout.height) { buffer, rect in layout.render(into: &buffer, area: rect) }
    }
}

