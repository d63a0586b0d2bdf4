/// A place as every figure names it: `MX` and `US` (the nations), `MX-09` (a Mexican state, its
/// INEGI number) and `US-TX` (a US state or VSRR jurisdiction, its USPS letters; VSRR's New York
/// City is `US-YC`), `MX-09015` (a municipality: its state's two digits and three of its own;
/// SESNSP's "No Especificado" keeps `…998`/`…999`), and anything else after the dash (`US-SWB`, a
/// CBP region): a region, a partition that is not a state.
///
/// The one place that knows how codes are written: reading them (a data file's `geo` column,
/// `--geo`, a place target), their level, and writing them (the importers). Codes travel as text
/// (`Observation.geo`, the store): this type reads and writes that text, and costs no more than it.
public struct GeoCode: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    /// A code as stored or handed on: not checked (`init?(checking:)` checks one typed by a person).
    public init(_ text: String) { self.text = text }

    /// A code as written in an input file: two capital letters, optionally a dash and capitals or
    /// digits (`MX`, `MX-09`, `MX-09015`, `US-SWB`); nil for anything else (`Mexico`, `mx-09`).
    public init?(checking text: String) {
        var text = text
        guard text.withUTF8({ Self.isWellFormed(UnsafeRawBufferPointer($0)) }) else { return nil }
        self.text = text
    }

    /// The nation: `MX`, `US`.
    public static func national(_ country: Country) -> GeoCode { GeoCode(country.rawValue) }

    /// A place below a nation, as a source numbers or names it: `MX` + `09` → `MX-09`, `US` + `SWB` → `US-SWB`.
    public static func place(_ part: String, in country: Country) -> GeoCode { GeoCode(country.rawValue + "-" + part) }

    /// A Mexican state by its INEGI number: 9 → `MX-09`.
    public static func mexicanState(_ number: Int) -> GeoCode { place(padded(number, 2), in: .MX) }

    /// A Mexican municipality by its five-digit INEGI number (state and municipality): 9015 → `MX-09015`.
    public static func mexicanMunicipality(_ number: Int) -> GeoCode { place(padded(number, 5), in: .MX) }

    public var description: String { text }

    /// No dash: the nation. Checked for every figure (hundreds of thousands at municipal scale):
    /// a byte scan, not Foundation's substring search.
    public var isNational: Bool { !text.utf8.contains(Self.dash) }

    /// `MX` for `MX-09015`; the code itself for a nation.
    public var country: String { String(text.prefix { $0 != "-" }) }

    /// How fine the place is: two digits or two letters after the dash are a state, five digits a
    /// municipality, anything else a region.
    /// Read from the bytes: every character it accepts is one ASCII byte, and Unicode's character
    /// properties cost more than the rest of a municipal Places screen.
    public var level: GeoLevel {
        let bytes = text.utf8
        guard let dash = bytes.firstIndex(of: Self.dash) else { return .national }
        let rest = bytes[bytes.index(after: dash)...]
        let digits = rest.allSatisfy(Self.isDigit)
        let letters = rest.allSatisfy { Self.isCapital($0) || (97...122).contains($0) }
        switch (digits, letters, rest.count) {
        case (true, _, 2), (_, true, 2): return .state
        case (true, _, 5): return .municipality
        default: return .region
        }
    }

    /// The state a municipality lies in: `MX-09015` → `MX-09`. Nil for other levels.
    public var state: GeoCode? {
        guard level == .municipality else { return nil }
        return GeoCode(String(text.prefix(5)))
    }

    /// The check of `init?(checking:)` on a field's bytes, for readers of large files (every
    /// accepted character is ASCII).
    public static func isWellFormed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 2, isCapital(bytes[0]), isCapital(bytes[1]) else { return false }
        guard bytes.count > 2 else { return true }
        guard bytes[2] == dash, bytes.count > 3 else { return false }
        return bytes[3...].allSatisfy { isCapital($0) || isDigit($0) }
    }

    private static let dash = UInt8(ascii: "-")
    private static func isCapital(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
