/// A calendar day (ISO 8601 `YYYY-MM-DD`), with no time zone and no clock.
///
/// The core never asks the system for "today": the as-of date is always passed in,
/// so a snapshot is a pure function of its inputs.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Six bytes, not twenty-four: every observation holds its publication date.
    private let year32: Int32
    private let month8: UInt8
    private let day8: UInt8

    public var year: Int { Int(year32) }
    public var month: Int { Int(month8) }
    public var day: Int { Int(day8) }

    public init?(year: Int, month: Int, day: Int) {
        // Any year from 1 on: arithmetic near 9999 (a deadline two months after December 9999)
        // must not fail; parsing still takes four digits only.
        guard year >= 1, year <= Int32.max, (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year32 = Int32(year)
        self.month8 = UInt8(month)
        self.day8 = UInt8(day)
    }

    /// Parses `YYYY-MM-DD` strictly (zero-padded, a real day).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The last day of the given month.
    public static func endOfMonth(year: Int, month: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    /// Whole months from `other` to `self`, ignoring days (2025-06-30 vs 2025-01-01 → 5).
    public func months(since other: CalendarDate) -> Int {
        (year - other.year) * 12 + (month - other.month)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year32, a.month8, a.day8) < (b.year32, b.month8, b.day8)
    }

    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

extension CalendarDate {
    /// The same day `months` months later (earlier when negative), clamped to the month's last day.
    /// Dates before year 1 saturate at 0001-01-01, and dates beyond the last year it holds at that year.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + max(-(1 << 40), min(1 << 40, months))
        guard total >= 12 else { return CalendarDate(year: 1, month: 1, day: 1)! }
        let y = min(total / 12, Int(Int32.max)), m = total % 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))!
    }
}
