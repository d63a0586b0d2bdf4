import VigiaCore

/// Number formatting for people: thousands separators, sensible decimals, compact axis labels.
///
/// Spanish-speaking Mexico writes 34,723 and 0.5 like English does (NOM-008 allows both; the
/// official statistics of INEGI and SESNSP use the comma for thousands), so one style serves both.
public enum Format {
    /// The core's `NumberText`, so screens, reports and flag messages write numbers identically.
    public static func number(_ value: Double, decimals: Int? = nil) -> String {
        NumberText.grouped(value, decimals: decimals)
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

    /// A p-value with its relation: `p = 0.0312`, or `p < 0.0001`.
    public static func pValue(_ p: Double) -> String {
        p < 0.0001 ? "p < 0.0001" : "p = " + number(p, decimals: 4)
    }

    /// A plain decimal with the given places and no separators (ratios, tau).
    public static func decimal(_ value: Double?, places: Int = 2) -> String {
        guard let value, value.isFinite else { return "—" }
        return number(value, decimals: places).replacingOccurrences(of: ",", with: "")
    }

    private static func trim(_ s: String) -> String {
        s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

}
