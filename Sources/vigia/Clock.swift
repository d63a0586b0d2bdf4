import Foundation
import VigiaCore

/// The wall clock: the only place Vigía reads it. A run reads the date once, in
/// `CommonOptions.resolve()`; import timestamps are read as files are recorded.
enum Clock {
    /// Today in the local time zone.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Now, as an ISO 8601 timestamp, for the import batches.
    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
