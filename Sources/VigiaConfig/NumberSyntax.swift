/// Strict decimal numbers: `-12`, `3.5`, `1.2e4`. No hex, no `nan`, no `inf`, no thousands separators:
/// Swift's `Double(_:)` accepts `0x10` and `nan`, which a figure in a config file must never be.
enum NumberSyntax {
    enum Outcome: Equatable {
        case number(Double)
        case notANumber
        case notFinite
    }

    static func parse(_ text: String) -> Outcome {
        let lowered = text.lowercased()
        if ["nan", ".nan", "inf", "+inf", "-inf", ".inf", "+.inf", "-.inf", "infinity", "-infinity"].contains(lowered) {
            return .notFinite
        }
        guard isDecimal(Array(text.utf8)), let value = Double(text) else { return .notANumber }
        return value.isFinite ? .number(value) : .notFinite
    }

    private static func isDecimal(_ s: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < s.count, s[i] >= 48, s[i] <= 57 { i += 1 }
            return i - start
        }
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        var count = digits()
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
}
