/// Number formatting for people: thousands separators, sensible decimals, compact axis labels.
///
/// Spanish-speaking Mexico writes 34,723 and 0.5 like English does (NOM-008 allows both; the
/// official statistics of INEGI and SESNSP use the comma for thousands), so one style serves both.
public enum Format {
    public static func number(_ value: Double, decimals: Int? = nil) -> String {
        guard value.isFinite else { return "—" }
        let places = decimals ?? defaultDecimals(value)
        var scaled = (abs(value) * pow10(places)).rounded()
        let negative = value < 0 && scaled != 0
        var digits: [Character] = []
        repeat {
            let d = Int(scaled.truncatingRemainder(dividingBy: 10))
            digits.append(Character(String(d)))
            scaled = (scaled / 10).rounded(.towardZero)
        } while scaled > 0 || digits.count <= places
        var out = ""
        for (i, c) in digits.enumerated() {
            if i == places && places > 0 { out.append(".") }
            else if i > places && (i - places) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (negative ? "-" : "") + String(out.reversed())
    }

    /// Whole numbers from 100 up; one or two decimals below, where they carry information.
    static func defaultDecimals(_ value: Double) -> Int {
        let a = abs(value)
        if a >= 100 || value == value.rounded() { return 0 }
        return a >= 10 ? 1 : 2
    }

    /// Short form for axis labels: 950, 12.3k, 1.2M.
    public static func compact(_ value: Double) -> String {
        let a = abs(value)
        switch a {
        case 1_000_000...: return trim(number(value / 1_000_000, decimals: a >= 10_000_000 ? 0 : 1)) + "M"
        case 10_000...: return trim(number(value / 1_000, decimals: a >= 100_000 ? 0 : 1)) + "k"
        default: return number(value)
        }
    }

    /// A signed percentage: +4.2%, -12%.
    public static func percent(_ fraction: Double, signed: Bool = true) -> String {
        guard fraction.isFinite else { return "—" }
        let p = fraction * 100
        let text = number(p, decimals: abs(p) >= 10 ? 0 : 1)
        return (signed && p > 0 ? "+" : "") + text + "%"
    }

    /// A p-value: 0.0312, or < 0.0001.
    public static func pValue(_ p: Double) -> String {
        p < 0.0001 ? "< 0.0001" : number(p, decimals: 4)
    }

    /// A plain decimal with the given places and no separators (ratios, tau).
    public static func decimal(_ value: Double?, places: Int = 2) -> String {
        guard let value, value.isFinite else { return "—" }
        return number(value, decimals: places).replacingOccurrences(of: ",", with: "")
    }

    private static func trim(_ s: String) -> String {
        s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { acc, _ in acc * 10 }
    }
}
