import Foundation

/// A value at a position on the time axis in years.
public struct TimedValue: Hashable, Sendable {
    public let time: Double
    public let value: Double

    public init(time: Double, value: Double) {
        self.time = time
        self.value = value
    }
}

/// How progress is measured (methods.md §3).
public enum ProgressMethod: String, Sendable, CaseIterable {
    /// Compound annual growth rates, for strictly positive series.
    case cagr
    /// Units per year, for counts that can be zero or negative.
    case linear

    /// The yearly rate from `a` to `b`; nil where it is undefined (no elapsed time, or a non-positive value for `cagr`).
    public func rate(from a: TimedValue, to b: TimedValue) -> Double? {
        let years = b.time - a.time
        guard years > 0 else { return nil }
        switch self {
        case .cagr:
            guard a.value > 0, b.value > 0 else { return nil }
            return pow(b.value / a.value, 1 / years) - 1
        case .linear:
            return (b.value - a.value) / years
        }
    }

    /// Where `current` will be after `years` more years at `rate`.
    public func project(_ current: Double, rate: Double, years: Double) -> Double {
        switch self {
        case .cagr: current * pow(1 + rate, years)
        case .linear: current + rate * years
        }
    }
}
