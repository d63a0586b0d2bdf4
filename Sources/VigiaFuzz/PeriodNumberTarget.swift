@testable import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// The scalar parsers: periods from bytes and from text, the configuration's strict numbers and
/// the importers' count and decimal cells. Each must give an answer, or nil, for any bytes.
struct PeriodNumberTarget: FuzzTarget {
    func run(_ bytes: UnsafeRawBufferPointer) {
        let period = Period(utf8: bytes.assumingMemoryBound(to: UInt8.self))
        let text = String(decoding: bytes, as: UTF8.self)
        if let parsed = Period(text) {
            // What parses must print back to itself (periods are stored as text).
            precondition(Period(parsed.description) == parsed, "period does not round-trip: \(parsed)")
            precondition(period == parsed, "Period(utf8:) and Period(_:) disagree on \(text)")
        }
        _ = NumberSyntax.parse(text)
        _ = ByteNumber.count(bytes)
        _ = ByteNumber.decimal(bytes, thousands: false)
        _ = ByteNumber.decimal(bytes, thousands: true)
    }
}
