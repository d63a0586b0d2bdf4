/// The encodings official files come in: SESNSP publishes Windows-1252 without a BOM, newer or
/// re-saved files are UTF-8, with or without a BOM. Detected once per file from its first bytes;
/// only the fields an importer keeps are ever decoded. Public for `encode`: the synthetic-file
/// generator writes its texts with the same table the importer reads them with.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case cp1252 = "Windows-1252"

    /// The encoding and the length of the byte-order mark to skip.
    static func detect(_ sample: UnsafeRawBufferPointer) -> (TextEncoding, bom: Int) {
        if sample.count >= 3, sample[0] == 0xEF, sample[1] == 0xBB, sample[2] == 0xBF { return (.utf8, 3) }
        return (isValidUTF8(sample, allowTruncatedEnd: true) ? .utf8 : .cp1252, 0)
    }

    /// Decodes a field. ASCII takes the fast path; bytes that are not valid UTF-8 in a file detected
    /// as UTF-8 fall back to Windows-1252, so a stray byte never loses a row.
    func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        if Self.isASCII(bytes) || (self == .utf8 && Self.isValidUTF8(bytes, allowTruncatedEnd: false)) {
            return String(decoding: bytes, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        for b in bytes { scalars.append(Self.cp1252Scalar(b)) }
        return String(scalars)
    }

    /// The bytes `text` has in a file of this encoding; nil when it cannot be written in it.
    public func encode(_ text: String) -> [UInt8]? {
        switch self {
        case .utf8: return Array(text.utf8)
        case .cp1252:
            var out: [UInt8] = []
            for scalar in text.unicodeScalars {
                guard let b = Self.cp1252Byte(scalar) else { return nil }
                out.append(b)
            }
            return out
        }
    }

    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// Strict UTF-8 validation; `allowTruncatedEnd` accepts a sequence cut by the end of a sample.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer, allowTruncatedEnd: Bool) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            if i + length > n { return allowTruncatedEnd }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// Windows-1252 bytes 0x80–0x9F; the rest of the upper half is Latin-1.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func cp1252Scalar(_ b: UInt8) -> Unicode.Scalar {
        (0x80...0x9F).contains(b) ? Unicode.Scalar(high[Int(b) - 0x80])! : Unicode.Scalar(b)
    }

    static func cp1252Byte(_ s: Unicode.Scalar) -> UInt8? {
        if s.value < 0x80 || (0xA0...0xFF).contains(s.value) { return UInt8(s.value) }
        guard s.value != 0xFFFD, let i = high.firstIndex(of: s.value) else { return nil }
        return UInt8(0x80 + i)
    }
}
