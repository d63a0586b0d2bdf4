import VigiaCore

/// The scalar parsers: periods from bytes and from text, and the one number grammar on text and
/// on bytes (counts, decimals with and without thousands separators). Each must give an answer,
/// or nil, for any bytes.
struct PeriodNumberTarget: FuzzTarget {
    func run(_ bytes: UnsafeRawBufferPointer) {
        let period = Period(utf8: bytes.assumingMemoryBound(to: UInt8.self))
        let text = String(decoding: bytes, as: UTF8.self)
        if let parsed = Period(text) {
            // What parses must print back to itself (periods are stored as text).
            precondition(Period(parsed.description) == parsed, "period does not round-trip: \(parsed)")
            precondition(period == parsed, "Period(utf8:) and Period(_:) disagree on \(text)")
        }
        let number = NumberSyntax.parse(text)
        if text.utf8.elementsEqual(bytes) {
            precondition(NumberSyntax.parse(bytes) == number, "NumberSyntax reads the text and the bytes of \(text) differently")
        }
        _ = NumberSyntax.count(bytes)
        _ = NumberSyntax.parse(bytes, thousands: true)
    }
}
