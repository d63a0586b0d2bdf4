/// A reporting period: a year (`2024`), a quarter (`2024-Q3`) or a month (`2024-07`).
///
/// Periods sit on a time axis measured in years: a month is `year + (m − 1)/12`, a quarter
/// `year + (q − 1)/4` (methods.md, notation). `ordinal` counts periods of one frequency from
/// year 0, so gaps between observations are exact integers, never accumulated float error.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Six bytes, not seventeen: a period sits in every observation, basis point and signal, and
    // a municipal series is read cold (docs/performance.md, seventh round).
    private let year32: Int32
    private let index8: UInt8
    public let frequency: Frequency

    public var year: Int { Int(year32) }
    /// 1-based position within the year: always 1 for annual periods; the quarter or the month otherwise.
    public var index: Int { Int(index8) }

    public init?(year: Int, index: Int = 1, frequency: Frequency) {
        guard (1000...9999).contains(year), (1...frequency.periodsPerYear).contains(index) else { return nil }
        self.year32 = Int32(year)
        self.index8 = UInt8(index)
        self.frequency = frequency
    }

    public static func year(_ y: Int) -> Period { Period(year: y, frequency: .annual)! }
    public static func quarter(_ y: Int, _ q: Int) -> Period { Period(year: y, index: q, frequency: .quarterly)! }
    public static func month(_ y: Int, _ m: Int) -> Period { Period(year: y, index: m, frequency: .monthly)! }

    /// Parses `2024`, `2024-Q3` or `2024-07` strictly.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let period = text.withUTF8({ Period(utf8: $0) }) else { return nil }
        self = period
    }

    /// The same from the text's UTF-8 bytes (as a database hands them out, without a String).
    public init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count >= 4, utf8[0..<4].allSatisfy(Self.isDigit) else { return nil }
        let y = utf8[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        switch utf8.count {
        case 4:
            self.init(year: y, frequency: .annual)
        case 7 where utf8[4] == UInt8(ascii: "-") && (utf8[5] == UInt8(ascii: "Q") || utf8[5] == UInt8(ascii: "q")):
            guard Self.isDigit(utf8[6]) else { return nil }
            self.init(year: y, index: Int(utf8[6] - 48), frequency: .quarterly)
        case 7 where utf8[4] == UInt8(ascii: "-"):
            guard Self.isDigit(utf8[5]), Self.isDigit(utf8[6]) else { return nil }
            self.init(year: y, index: Int(utf8[5] - 48) * 10 + Int(utf8[6] - 48), frequency: .monthly)
        default:
            return nil
        }
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// Position on the time axis, in years.
    public var time: Double { Double(year) + Double(index - 1) / Double(frequency.periodsPerYear) }

    /// `time`, with the period's place in its year read from `fractions` (`yearFractions` of its
    /// frequency) instead of divided out: the same bits.
    @inline(__always)
    func time(fractions: UnsafeBufferPointer<Double>) -> Double { Double(year) + fractions[index - 1] }

    /// (index − 1) / periods a year for each index of `frequency`, as `time` divides it.
    static func yearFractions(_ frequency: Frequency, into fractions: UnsafeMutableBufferPointer<Double>) {
        for i in 0..<frequency.periodsPerYear { fractions[i] = Double(i) / Double(frequency.periodsPerYear) }
    }

    /// Periods since year 0 in this frequency; differences are exact.
    public var ordinal: Int { year * frequency.periodsPerYear + index - 1 }

    public init(ordinal: Int, frequency: Frequency) {
        let n = frequency.periodsPerYear
        let y = ordinal >= 0 ? ordinal / n : (ordinal - n + 1) / n
        // Years beyond ±2·10⁹ come from no calendar: held at the bound rather than trapping.
        self.year32 = Int32(clamping: y)
        self.index8 = UInt8(ordinal - y * n + 1)
        self.frequency = frequency
    }

    public func advanced(by periods: Int) -> Period { Period(ordinal: ordinal + periods, frequency: frequency) }

    /// The first month of the period (1...12).
    public var firstMonth: Int { (index - 1) * 12 / frequency.periodsPerYear + 1 }
    /// The last month of the period (1...12).
    public var lastMonth: Int { index * 12 / frequency.periodsPerYear }

    /// The last day of the period: a value for the period is complete from then on.
    public var endDate: CalendarDate { .endOfMonth(year: year, month: lastMonth) }

    /// The first day of the period.
    public var startDate: CalendarDate { CalendarDate(year: year, month: firstMonth, day: 1)! }

    /// By position on the time axis, then coarser first. Within one frequency that is the order
    /// of ordinals, which (with the index within 1…periods a year) is the order of (year, index):
    /// compared without the division `time` needs or the multiplication `ordinal` does (series are
    /// sorted and checked often).
    public static func < (a: Period, b: Period) -> Bool {
        if a.frequency == b.frequency { return a.year32 != b.year32 ? a.year32 < b.year32 : a.index8 < b.index8 }
        return a.time != b.time ? a.time < b.time : a.frequency.periodsPerYear < b.frequency.periodsPerYear
    }

    public var description: String {
        switch frequency {
        case .annual: CalendarDate.pad(year, 4)
        case .quarterly: "\(CalendarDate.pad(year, 4))-Q\(index)"
        case .monthly: "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(index, 2))"
        }
    }
}

extension Period {
    /// The period of `frequency` that contains `date`.
    public init(containing date: CalendarDate, frequency: Frequency) {
        let index = (date.month - 1) * frequency.periodsPerYear / 12 + 1
        self.init(ordinal: date.year * frequency.periodsPerYear + index - 1, frequency: frequency)
    }
}
