#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Matches a field against configured categories as bytes, never decoding the field: each text is
/// prepared in both encodings, since a file detected as UTF-8 from its head may still hold cp1252.
/// Called on every row of a 3-million-row file, so it compares lengths (a bit mask) before bytes.
struct CategoryMatcher {
    private let bytes: [UInt8]
    private let ranges: [Range<Int>]
    /// Bit n set when some pattern is n bytes long (n < 64); longer patterns set bit 63.
    private let lengthMask: UInt64

    init(_ texts: [String]) {
        var bytes: [UInt8] = [], ranges: [Range<Int>] = [], mask: UInt64 = 0
        for text in texts {
            for encoding in [TextEncoding.utf8, .cp1252] {
                guard let encoded = encoding.encode(text),
                      !ranges.contains(where: { Array(bytes[$0]) == encoded }) else { continue }
                ranges.append(bytes.count..<bytes.count + encoded.count)
                bytes += encoded
                mask |= 1 << UInt64(min(encoded.count, 63))
            }
        }
        (self.bytes, self.ranges, lengthMask) = (bytes, ranges, mask)
    }

    var isEmpty: Bool { ranges.isEmpty }

    @inline(__always)
    func matches(_ row: CSVRecord, field: Int) -> Bool {
        matches(row.trimmed(field))
    }

    /// Whether a field's bytes (already trimmed, quotes removed) are one of the texts.
    @inline(__always)
    func matches(_ value: UnsafeRawBufferPointer) -> Bool {
        guard lengthMask & (1 << UInt64(min(value.count, 63))) != 0 else { return false }
        return bytes.withUnsafeBytes { all in
            ranges.contains {
                $0.count == value.count && (value.isEmpty || memcmp(all.baseAddress! + $0.lowerBound, value.baseAddress!, value.count) == 0)
            }
        }
    }
}
