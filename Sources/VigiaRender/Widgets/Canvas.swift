/// A dot canvas over a rect of cells: braille gives 2×4 dots a cell, ASCII one mark a cell.
///
/// A cell shows one colour: the series drawn last wins, as in most terminal chart libraries.
struct Canvas {
    let columns: Int
    let rows: Int
    let braille: Bool
    private var bits: [UInt8]
    private var marks: [String?]
    private var styles: [Style?]

    init(columns: Int, rows: Int, braille: Bool) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.braille = braille
        bits = Array(repeating: 0, count: self.columns * self.rows)
        marks = Array(repeating: nil, count: self.columns * self.rows)
        styles = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// Dots across and down.
    var dotWidth: Int { columns * (braille ? 2 : 1) }
    var dotHeight: Int { rows * (braille ? 4 : 1) }

    private static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at (x, y), y counted from the top.
    mutating func set(_ x: Int, _ y: Int, mark: String, style: Style) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cx = braille ? x / 2 : x, cy = braille ? y / 4 : y
        let i = cy * columns + cx
        if braille { bits[i] |= Self.brailleBits[x % 2][y % 4] } else { marks[i] = mark }
        styles[i] = style
    }

    /// A visible point: a 2×2 block of dots in braille (one dot is easy to miss), one mark in ASCII.
    mutating func mark(_ x: Int, _ y: Int, mark: String, style: Style) {
        guard braille else { return set(x, y, mark: mark, style: style) }
        for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] { set(x - x % 2 + dx, y + dy, mark: mark, style: style) }
    }

    /// A straight line between two dots; `dashed` leaves every other pair of dots out.
    mutating func line(from a: (Int, Int), to b: (Int, Int), mark: String, style: Style, dashed: Bool = false) {
        var (x0, y0) = a
        let (x1, y1) = b
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy, step = 0
        while true {
            if !dashed || (step / 2) % 2 == 0 { set(x0, y0, mark: mark, style: style) }
            step += 1
            if x0 == x1 && y0 == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x0 += sx }
            if e2 <= dx { err += dx; y0 += sy }
        }
    }

    /// Copies the canvas into the buffer at `area`'s origin.
    func draw(into buffer: inout Buffer, area: Rect) {
        for cy in 0..<min(rows, area.height) {
            for cx in 0..<min(columns, area.width) {
                let i = cy * columns + cx
                let glyph: String?
                if braille { glyph = bits[i] == 0 ? nil : String(Character(Unicode.Scalar(0x2800 + UInt32(bits[i]))!)) }
                else { glyph = marks[i] }
                if let glyph { buffer.put(glyph, x: area.x + cx, y: area.y + cy, style: styles[i] ?? .plain, clip: area) }
            }
        }
    }
}
