import Testing
import VigiaCore
@testable import VigiaStore

/// A large file is read as two halves, each collecting its figures with ids of its own; merging
/// them must give exactly what one collector reading the whole file gives.
struct ValueCollectorTests {
    private typealias Row = (indicator: String, geo: String, period: Period, value: Double, note: String?)

    /// Values exact in binary, so the sum is the same in any order.
    private static let rows: [Row] = [
        ("b.deaths", "MX-09", Period.month(2024, 3), 1.5, nil),
        ("a.crimes", "MX-11002", Period.month(2024, 1), 0.25, nil),
        ("a.crimes", "MX-09", Period.month(2024, 1), 7, nil),
        ("a.crimes", "MX-11002", Period.month(2024, 1), 0.5, "second half"),  // the same key again
        ("b.deaths", "MX-09", Period.month(2023, 12), 4, nil),
        ("a.crimes", "MX-09", Period.month(2024, 2), 3, nil),
        ("a.crimes", "MX-11002", Period.month(2024, 1), 0.125, nil),  // and once more
    ]

    private static func collect(_ rows: ArraySlice<Row>, mode: ValueCollector.Mode) -> ValueCollector {
        var collector = ValueCollector(mode: mode)
        for row in rows {
            let key = ValueCollector.Key(indicator: collector.indicator(row.indicator), geo: collector.geo(row.geo, name: row.geo),
                                         period: row.period, partial: false)
            collector.add(key, row.value, note: row.note)
        }
        return collector
    }

    private static func described(_ values: [ImportedValue]) -> [String] {
        values.map { "\($0.indicator) \($0.geo) \($0.period) \($0.value) \($0.note ?? "-")" }
    }

    @Test func halvesMergedEqualTheWholeRead() {
        for split in 0...Self.rows.count {
            let whole = Self.collect(Self.rows[...], mode: .sum).values()
            let halves = [Self.collect(Self.rows[..<split], mode: .sum), Self.collect(Self.rows[split...], mode: .sum)]
            let merged = ValueCollector.merged(halves)
            #expect(Self.described(merged.values) == Self.described(whole), "split at \(split)")
            #expect(merged.geoNames == ["MX-09": "MX-09", "MX-11002": "MX-11002"])
        }
    }

    @Test func theOrderIsIndicatorPlacePeriodAndSharedKeysAreSummedInFileOrder() {
        let merged = ValueCollector.merged([Self.collect(Self.rows[..<3], mode: .sum), Self.collect(Self.rows[3...], mode: .sum)])
        #expect(Self.described(merged.values) == [
            "a.crimes MX-09 2024-01 7.0 -",
            "a.crimes MX-09 2024-02 3.0 -",
            "a.crimes MX-11002 2024-01 0.875 second half",
            "b.deaths MX-09 2023-12 4.0 -",
            "b.deaths MX-09 2024-03 1.5 -",
        ])
    }

    @Test func inUniqueModeTheFirstFigureOfAKeyIsKept() {
        let merged = ValueCollector.merged([Self.collect(Self.rows[..<3], mode: .unique),
                                            Self.collect(Self.rows[3...], mode: .unique)])
        #expect(Self.described(merged.values).contains("a.crimes MX-11002 2024-01 0.25 -"))
    }

    @Test func roundingIsAppliedToTheSum() {
        let merged = ValueCollector.merged([Self.collect(Self.rows[..<2], mode: .sum), Self.collect(Self.rows[2...], mode: .sum)],
                                           rounding: { $0.rounded() })
        #expect(merged.values.first { $0.geo == "MX-11002" }?.value == 1)
    }

    /// Enough figures for the merge to run on two cores, keys shared across the halves and
    /// notes on some: still what one collector reading the whole gives, in both modes.
    @Test func largeHalvesMergedOnTwoCoresEqualTheWholeRead() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        let rows: [Row] = (0..<3 * SortedMerge.parallelFrom).map { i in
            (["a.crimes", "b.deaths", "c.seizures"][next(3)], "MX-\(10 + next(20))\(100 + next(40))",
             Period.month(2015 + next(10), 1 + next(12)), Double(next(400)) / 4, i % 97 == 0 ? "note \(i)" : nil)
        }
        for mode in [ValueCollector.Mode.sum, .unique] {
            for split in [rows.count / 3, rows.count / 2] {
                let whole = Self.collect(rows[...], mode: mode).values()
                let merged = ValueCollector.merged([Self.collect(rows[..<split], mode: mode), Self.collect(rows[split...], mode: mode)])
                #expect(whole.count == Set(rows.map { "\($0.indicator) \($0.geo) \($0.period)" }).count)
                #expect(whole.count > SortedMerge.parallelFrom)
                if mode == .sum { #expect(whole.reduce(0) { $0 + $1.value } == rows.reduce(0) { $0 + $1.value }) }
                #expect(zip(whole, whole.dropFirst()).allSatisfy { ($0.indicator, $0.geo, $0.period) < ($1.indicator, $1.geo, $1.period) })
                #expect(Self.described(merged.values) == Self.described(whole), "\(mode), split at \(split)")
            }
        }
    }
}
