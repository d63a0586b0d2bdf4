/// How Vigía reads a number, wherever it is written: a value in a YAML file, a cell of a data file
/// or of an official release. One grammar, so a figure that validates in one place reads the same
/// in every other.
///
/// Decimal digits with an optional sign, point and exponent: `-12`, `3.5`, `.5`, `1.2e4`. No hex,
/// no `nan` or `inf`, no spaces, no underscores: Swift's `Double(_:)` accepts `0x10` and `nan`,
/// which a figure must never be. Thousands separators only where a source writes them and the
/// reader says so (CDC's display download: `"1,004"`), and then in groups of three.
public enum NumberSyntax {
    public enum Outcome: Equatable, Sendable {
        case number(Double)
        case notANumber
        /// Written as a number, or as a word for one (`1e400`, `nan`, `inf`), but not finite.
        case notFinite
    }

    /// A number written as text (a YAML scalar).
    public static func parse(_ text: String) -> Outcome {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    /// A number from a field's bytes, never decoded into a string unless it needs the full conversion.
    public static func parse(_ bytes: UnsafeRawBufferPointer, thousands: Bool = false) -> Outcome {
        if let n = smallInteger(bytes) { return .number(n.negative ? -Double(n.magnitude) : Double(n.magnitude)) }
        guard isDecimal(bytes, thousands: thousands) else { return isNotFiniteWord(bytes) ? .notFinite : .notANumber }
        let digits = bytes.filter { $0 != UInt8(ascii: ",") }
        guard let value = Double(String(decoding: digits, as: UTF8.self)) else { return .notANumber }
        return value.isFinite ? .number(value) : .notFinite
    }

    /// A count: a whole number. An integral decimal such as `1.0` (a file re-saved by a spreadsheet)
    /// is the whole number it is; `2.5` is not a count. Read on every cell of a 3-million-row file:
    /// plain digits take a path of their own.
    public static func count(_ bytes: UnsafeRawBufferPointer) -> Outcome {
        if let n = smallInteger(bytes) { return .number(Double(n.negative ? -n.magnitude : n.magnitude)) }
        let outcome = parse(bytes)
        guard case .number(let v) = outcome else { return outcome }
        return v == v.rounded() ? outcome : .notANumber
    }

    /// A whole number within `range` (a year, a state or municipality code), nil otherwise: a cell
    /// of twenty digits is out of range, not a trap converting it to `Int` (found by fuzzing).
    public static func whole(_ bytes: UnsafeRawBufferPointer, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let v) = count(bytes), v >= Double(range.lowerBound), v <= Double(range.upperBound) else { return nil }
        return Int(v)
    }

    /// An optional sign and up to 15 digits, nothing else: exact in a `Double`, no conversion needed.
    @inline(__always)
    private static func smallInteger(_ bytes: UnsafeRawBufferPointer) -> (negative: Bool, magnitude: Int)? {
        var i = 0, n = 0
        let negative = !bytes.isEmpty && bytes[0] == UInt8(ascii: "-")
        if negative || (!bytes.isEmpty && bytes[0] == UInt8(ascii: "+")) { i = 1 }
        let first = i
        while i < bytes.count, bytes[i] &- 48 < 10, i - first < 15 {
            n = n * 10 + Int(bytes[i] &- 48)
            i += 1
        }
        return i > first && i == bytes.count ? (negative, n) : nil
    }

    /// `[+-]? digits [. digits] ([eE] [+-]? digits)?` with at least one digit before the exponent;
    /// with `thousands`, the digits before the point may be grouped `1,234,567`.
    private static func isDecimal(_ s: UnsafeRawBufferPointer, thousands: Bool) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < s.count, s[i] &- 48 < 10 { i += 1 }
            return i - start
        }
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        var count = digits()
        if thousands, count > 0, count <= 3 {
            while i < s.count, s[i] == UInt8(ascii: ",") {
                i += 1
                guard digits() == 3 else { return false }
                count += 3
            }
        }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            count += digits()
        }
        guard count > 0 else { return false }
        if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == s.count
    }

    /// The words YAML and spreadsheets use for values that are no finite number.
    private static let notFiniteWords: Set<String> = ["nan", ".nan", "inf", "+inf", "-inf", ".inf", "+.inf", "-.inf",
                                                      "infinity", "-infinity"]

    private static func isNotFiniteWord(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count <= 9 && notFiniteWords.contains(String(decoding: bytes, as: UTF8.self).lowercased())
    }
}
