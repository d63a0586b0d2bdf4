/// The little JSON the ground truth needs (objects, integers, strings), written with sorted keys
/// and one-space indentation. Hand-written because `JSONEncoder` gives no control over layout across
/// platforms, and the truth must be byte-identical for the same seed.
indirect enum JSONText {
    case object([String: JSONText])
    case number(Int)
    case string(String)

    func text(indent: Int) -> String {
        switch self {
        case .number(let n): return String(n)
        case .string(let s): return Self.quoted(s)
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let inner = String(repeating: " ", count: indent + 1)
            let lines = members.keys.sorted().map { inner + Self.quoted($0) + ": " + members[$0]!.text(indent: indent + 1) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + "}"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
