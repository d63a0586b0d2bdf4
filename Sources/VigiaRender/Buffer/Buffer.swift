/// A grid of cells that every screen draws into: the TUI copies it to the terminal, the text
/// snapshot prints it. One picture, two destinations.
public struct Buffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Folds every text put in to ASCII (`--ascii`, or a terminal without UTF-8).
    public let asciiOnly: Bool
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, asciiOnly: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.asciiOnly = asciiOnly
        cells = Self.blank(self.width * self.height)
    }

    /// `count` blank cells, each set in place: `Array(repeating:count:)` copied the blank through
    /// a value witness call per cell (callgrind: 0.9 M of the 4.6 M instructions of a Detail frame
    /// drawn from a kept page went to making its fresh 200×60 buffer).
    private static func blank(_ count: Int) -> [Cell] {
        [Cell](unsafeUninitializedCapacity: count) { cells, initialized in
            for i in 0..<count { (cells.baseAddress! + i).initialize(to: .blank) }
            initialized = count
        }
    }

    public var area: Rect { Rect(width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` from (x, y), clipped to `clip` (default: the whole buffer). Control characters
    /// are dropped here, the last gate before a terminal. Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = clip ?? area
        guard y >= bounds.y, y < bounds.maxY, y >= 0, y < height else { return x }
        if text.unicodeScalars.allSatisfy({ asciiOnly ? $0.isASCII : TextWidth.isSimple($0) }) {
            return putSimple(text, x: x, y: y, style: style, bounds: bounds)
        }
        var column = x
        for character in asciiOnly ? ASCIIFold.fold(text) : text {
            let w = TextWidth.of(character)
            guard w > 0 else { continue }
            if column + w > min(bounds.maxX, width) { break }
            if column >= bounds.x && column >= 0 {
                set(String(character), width: w, x: column, y: y, style: style)
            }
            column += w
        }
        return column
    }

    /// `put` for text of simple scalars (`TextWidth.isSimple`: ASCII and the symbols widgets draw
    /// with, most of what screens draw): a scalar is a character of one column, or a control of
    /// none, so no grapheme walk and no width table. An ASCII cell's string comes from
    /// `asciiGraphemes`; a glyph put alone (a bar, a sparkline or a chart cell) is its own.
    private mutating func putSimple(_ text: String, x: Int, y: Int, style: Style, bounds: Rect) -> Int {
        var column = x
        let end = min(bounds.maxX, width)
        for scalar in text.unicodeScalars where TextWidth.simpleWidth(scalar) > 0 {
            if column + 1 > end { break }
            if column >= bounds.x && column >= 0 {
                let grapheme = scalar.isASCII ? Self.asciiGraphemes[Int(scalar.value)]
                    : text.utf8.count == 3 ? text : String(Character(scalar))
                set(grapheme, width: 1, x: column, y: y, style: style)
            }
            column += 1
        }
        return column
    }

    /// The one-character strings of ASCII, made once.
    private static let asciiGraphemes: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Puts one grapheme, keeping wide-character pairs intact.
    private mutating func set(_ grapheme: String, width w: Int, x: Int, y: Int, style: Style) {
        clearWide(x, y)
        self[x, y] = Cell(grapheme, width: UInt8(w), style: style)
        if w == 2, x + 1 < width {
            clearWide(x + 1, y)
            self[x + 1, y] = Cell("", width: 0, style: style)
        }
    }

    /// Overwriting half of a wide character blanks the other half.
    /// Only the cell's width is read: copying the cell (its string) for it cost more than the test.
    private mutating func clearWide(_ x: Int, _ y: Int) {
        let w = cells[y * width + x].width
        if w == 0, x > 0 { self[x - 1, y] = .blank }
        if w == 2, x + 1 < width { self[x + 1, y] = .blank }
    }

    /// Fills a rect with a grapheme and style.
    public mutating func fill(_ rect: Rect, with grapheme: String = " ", style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                self[x, y] = Cell(grapheme, width: 1, style: style)
            }
        }
    }

    /// Lays a style over every cell of a rect (used for selection highlight).
    public mutating func apply(_ style: Style, to rect: Rect) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x].style.patch(style)
            }
        }
    }

    /// Copies `source` with its top-left at (x, y), starting from source row `fromRow`, clipped to `clip`.
    public mutating func blit(_ source: Buffer, x: Int, y: Int, fromRow: Int = 0, clip: Rect) {
        for sy in max(0, fromRow)..<source.height {
            let ty = y + sy - fromRow
            guard ty >= clip.y, ty < clip.maxY, ty < height else { continue }
            for sx in 0..<source.width {
                let tx = x + sx
                guard tx >= clip.x, tx < clip.maxX, tx < width else { continue }
                self[tx, ty] = source[sx, sy]
            }
        }
    }

    /// The text of each row, trailing spaces removed: what a snapshot test compares.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].grapheme }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines().joined(separator: "\n") }
}
