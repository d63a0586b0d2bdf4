/// Numbers written for people, the same in every report and message: thousands separators
/// (`27,694`) and a decimal point. Mexican Spanish writes numbers this way too, so one form
/// serves both languages.
public enum NumberText {
    /// `decimals` nil: none from 100 up or for whole numbers, one from 10, two below.
    public static func grouped(_ value: Double, decimals: Int? = nil) -> String {
        guard value.isFinite else { return "—" }
        let places = decimals ?? (abs(value) >= 100 || value == value.rounded() ? 0 : (abs(value) >= 10 ? 1 : 2))
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

    /// For machines and config files: no separators, whole numbers without a fraction, others in
    /// Swift's shortest round-trip form (`34723`, `2803.6`).
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// With an explicit sign: `+1,234`, `-0.5`.
    public static func signed(_ value: Double, decimals: Int? = nil) -> String {
        let text = grouped(value, decimals: decimals)
        return value > 0 && text != grouped(0, decimals: decimals) ? "+" + text : text
    }

    /// A fraction as a signed percentage with one decimal: `0.0213` → `+2.1%`.
    public static func percent(_ fraction: Double, language: Language) -> String {
        signed(fraction * 100, decimals: 1) + (language == .es ? " %" : "%")
    }

    /// A ratio with two decimals: `0.42`.
    public static func ratio(_ value: Double) -> String {
        grouped(value, decimals: 2)
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { acc, _ in acc * 10 }
    }
}
