/// Number formatting for people: thousands separators, sensible decimals.
public enum Format {
    public static func number(_ value: Double, decimals: Int? = nil) -> String {
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

    private static func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { acc, _ in acc * 10 }
    }
}
