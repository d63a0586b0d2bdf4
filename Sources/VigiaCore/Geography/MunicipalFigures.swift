import Foundation

/// Where a dashboard gets the municipal figures themselves when a screen shows them: the store
/// (read then, at the dashboard's as-of date and batch) or figures already in memory.
public protocol MunicipalSource: Sendable {
    /// Every municipal figure of `indicator` within `area` (a country such as `MX`, or a state
    /// such as `MX-11`), by municipality, each series in time order. Empty when it cannot be read.
    func series(_ indicator: String, within area: String) -> [String: [Observation]]
}

/// Municipal figures held in memory (figures evaluated without a store, tests, benchmarks).
public struct MunicipalObservations: MunicipalSource {
    private let byIndicator: [String: [String: [Observation]]]

    public init(_ observations: [Observation]) {
        var byIndicator: [String: [String: [Observation]]] = [:]
        for o in observations { byIndicator[o.indicator, default: [:]][o.geo, default: []].append(o) }
        self.byIndicator = byIndicator.mapValues { $0.mapValues(Assessor.inTimeOrder) }
    }

    public func series(_ indicator: String, within area: String) -> [String: [Observation]] {
        (byIndicator[indicator] ?? [:]).filter { MunicipalFigures.lies($0.key, in: area) }
    }
}

/// The municipal side of a dashboard: the sums, known at once, and the municipalities' own
/// series, read on first use (a Places screen of municipalities, a state's Detail) and kept.
public final class MunicipalFigures: @unchecked Sendable {
    public let totals: MunicipalTotals
    private let source: any MunicipalSource
    /// Which periods count: complete by the as-of date.
    private let include: @Sendable (String, Period) -> Bool
    /// Indicator, then area → municipality → series. Guarded by `lock`: screens may ask from another thread.
    private var loaded: [String: [String: [String: [Observation]]]] = [:]
    private let lock = NSLock()

    public init(totals: MunicipalTotals, source: any MunicipalSource, include: @escaping @Sendable (String, Period) -> Bool) {
        self.totals = totals
        self.source = source
        self.include = include
    }

    /// Whether the indicator has municipal figures within `area` in a period that counts, without reading them.
    public func has(_ indicator: String, within area: String) -> Bool {
        guard let totals = totals.indicators[indicator] else { return false }
        let sums = GeoCode(area).isNational ? (totals.country == area ? totals.national : [:]) : totals.states[area] ?? [:]
        return sums.keys.contains { include(indicator, $0) }
    }

    /// The municipalities within `area` with figures, by code.
    public func places(_ indicator: String, within area: String) -> [String] {
        guard has(indicator, within: area) else { return [] }
        return series(indicator, area: area).filter { !$0.value.isEmpty }.keys.sorted()
    }

    /// One municipality's series (periods that count only), read with the rest of its state.
    public func series(_ indicator: String, geo: String) -> [Observation] {
        guard let state = GeoCode(geo).state?.text, has(indicator, within: state) else { return [] }
        return series(indicator, area: state)[geo] ?? []
    }

    /// Reads every indicator's municipalities now (the terminal calls it on another thread once a
    /// dashboard is shown, so a Places screen of municipalities seldom waits for the store).
    public func prefetch() {
        for (indicator, totals) in totals.indicators.sorted(by: { $0.key < $1.key }) {
            _ = series(indicator, area: totals.country)
        }
    }

    /// A country's municipalities are read at once; a state's alone unless its country's are in.
    private func series(_ indicator: String, area: String) -> [String: [Observation]] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = loaded[indicator]?[area] { return cached }
        let country = GeoCode(area).country
        if area != country, let all = loaded[indicator]?[country] {
            let mine = all.filter { Self.lies($0.key, in: area) }
            loaded[indicator, default: [:]][area] = mine
            return mine
        }
        var counts = PeriodsThatCount(indicator: indicator, include: include)
        let read = source.series(indicator, within: area).mapValues { series in
            series.allSatisfy { counts[$0.period] } ? Assessor.inTimeOrder(series)
                : Assessor.inTimeOrder(series.filter { counts[$0.period] })
        }
        loaded[indicator, default: [:]][area] = read
        return read
    }

    /// `include` for one indicator, asked once per period: a country's municipalities bring
    /// 300,000 figures over some 130 periods.
    private struct PeriodsThatCount {
        let indicator: String
        let include: @Sendable (String, Period) -> Bool
        private var known: [Period: Bool] = [:]

        init(indicator: String, include: @escaping @Sendable (String, Period) -> Bool) {
            self.indicator = indicator
            self.include = include
        }

        subscript(period: Period) -> Bool {
            mutating get {
                if let verdict = known[period] { return verdict }
                let verdict = include(indicator, period)
                known[period] = verdict
                return verdict
            }
        }
    }

    /// Whether a municipality lies in an area: its country, or its state.
    public static func lies(_ geo: String, in area: String) -> Bool {
        let code = GeoCode(geo)
        return GeoCode(area).isNational ? code.country == area : code.state?.text == area
    }
}
