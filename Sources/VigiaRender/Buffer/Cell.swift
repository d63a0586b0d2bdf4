/// One terminal cell: a grapheme, its display width, and its style.
///
/// A wide grapheme (width 2) is followed by a continuation cell (width 0) that holds nothing,
/// so columns always line up with the terminal's.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var width: UInt8
    public var style: Style

    public init(_ grapheme: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    static let continuation = Cell("", width: 0)

    public var isContinuation: Bool { width == 0 }
}
