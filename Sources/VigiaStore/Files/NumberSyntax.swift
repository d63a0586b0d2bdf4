#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers as official files write them, read from bytes.
enum ByteNumber {
    enum Cell: Equatable {
        case empty
        case value(Double)
        case invalid
    }

    /// A count cell: digits, optionally `-`; an integral decimal such as `1.0` (files re-saved by
    /// spreadsheets) is accepted as the whole number it is. Anything else is invalid.
    static func count(_ bytes: UnsafeRawBufferPointer) -> Cell {
        guard !bytes.isEmpty else { return .empty }
        var i = 0, negative = false, n = 0
        if bytes[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        let firstDigit = i
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, i - firstDigit < 15 {
            n = n * 10 + Int(bytes[i] - 48)
            i += 1
        }
        guard i > firstDigit else { return .invalid }
        if i == bytes.count { return .value(Double(negative ? -n : n)) }
        guard case .value(let v) = decimal(bytes, thousands: false), v == v.rounded() else { return .invalid }
        return .value(v)
    }

    /// A decimal in plain, long or scientific notation (`1.658`, `6.6e-05`); with `thousands`,
    /// comma groups as in `"1,004"` (CDC's display download).
    static func decimal(_ bytes: UnsafeRawBufferPointer, thousands: Bool) -> Cell {
        guard !bytes.isEmpty else { return .empty }
        var chars: [CChar] = []
        chars.reserveCapacity(bytes.count + 1)
        var digitsSinceComma = -1, sawPoint = false, sawExponent = false
        for b in bytes {
            switch b {
            case UInt8(ascii: ","):
                guard thousands, !sawPoint, !sawExponent, digitsSinceComma != 0,
                      digitsSinceComma == -1 || digitsSinceComma == 3 else { return .invalid }
                digitsSinceComma = 0
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digitsSinceComma >= 0 && !sawPoint && !sawExponent { digitsSinceComma += 1 }
            case UInt8(ascii: "."): sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): sawExponent = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"): break
            default: return .invalid
            }
            chars.append(CChar(bitPattern: b))
        }
        if digitsSinceComma >= 0 && digitsSinceComma != 3 && !(sawPoint || sawExponent) { return .invalid }
        chars.append(0)
        var endPointer: UnsafeMutablePointer<CChar>? = nil
        let value = chars.withUnsafeMutableBufferPointer { buffer -> Double in
            let v = strtod(buffer.baseAddress!, &endPointer)
            return endPointer == buffer.baseAddress! + (buffer.count - 1) ? v : .nan
        }
        return value.isFinite ? .value(value) : .invalid
    }
}
