/// A colour named by meaning-neutral hue; backends map it to 256 colours, 8 colours or nothing.
public enum Color: Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case gray
    /// Orange has no 8-colour equivalent; it falls back to yellow there.
    case orange

    /// The nearest of the eight basic colours (ncurses COLOR_* order).
    public var basic: Int {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow, .orange: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white, .gray: 7
        }
    }

    /// The xterm-256 index.
    public var indexed256: Int {
        switch self {
        case .black: 0
        case .red: 160
        case .green: 34
        case .yellow: 178
        case .blue: 33
        case .magenta: 127
        case .cyan: 37
        case .white: 255
        case .gray: 245
        case .orange: 208
        }
    }
}

/// How a cell is drawn. Meaning never rests on colour alone: widgets pair colour with a symbol.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
                reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)

    public static func fg(_ color: Color) -> Style { Style(foreground: color) }

    /// Lays another style's set attributes over this one, in place.
    public mutating func patch(_ other: Style) { self = patched(other) }

    /// This style with another's set attributes laid over it.
    public func patched(_ other: Style) -> Style {
        Style(foreground: other.foreground ?? foreground, background: other.background ?? background,
              bold: bold || other.bold, dim: dim || other.dim, reverse: reverse || other.reverse,
              underline: underline || other.underline)
    }
}
