/// Sen's slope estimators (methods.md §1–2): medians of pairwise slopes on real time positions.
public enum SenSlope {
    /// Median over all pairs of (x_j − x_i)/(p_j − p_i), in value units per position step.
    /// Missing positions stay gaps: the points keep their own positions.
    public static func slope(_ points: [TimePoint]) -> Double? {
        var slopes: [Double] = []
        slopes.reserveCapacity(points.count * (points.count - 1) / 2)
        for i in points.indices {
            for j in (i + 1)..<points.count {
                let dp = points[j].position - points[i].position
                guard dp != 0 else { continue }
                slopes.append((points[j].value - points[i].value) / Double(dp))
            }
        }
        return median(&slopes)
    }

    /// Median over within-season pairs of (x_j − x_i)/(cycles between them): units per cycle (per year).
    public static func seasonalSlope(_ points: [TimePoint], period: Int) -> Double? {
        seasonalSlope(SeasonSplit(points, period: period))
    }

    static func seasonalSlope(_ split: SeasonSplit) -> Double? {
        var slopes: [Double] = []
        slopes.reserveCapacity(split.pairCount)
        split.values.withUnsafeBufferPointer { values in
            split.cycles.withUnsafeBufferPointer { cycles in
                for season in 0..<split.period {
                    let range = split.range(season)
                    for i in range {
                        for j in (i + 1)..<range.upperBound where cycles[j] != cycles[i] {
                            slopes.append((values[j] - values[i]) / (cycles[j] - cycles[i]))
                        }
                    }
                }
            }
        }
        return median(&slopes)
    }
}

/// Points grouped by season (month of year, quarter), each group in time order, in two flat
/// arrays with offsets: one allocation per series instead of one per season.
struct SeasonSplit {
    let period: Int
    /// Values, season 0 first, each season in time order.
    private(set) var values: [Double]
    /// The cycle (year) of each value: its position is `cycle × period + season`. Whole numbers,
    /// so differences are exact, without an integer division per pair.
    private(set) var cycles: [Double]
    /// `starts[s]..<starts[s + 1]` is season s.
    private var starts: [Int]

    init(_ points: [TimePoint], period: Int) {
        self.period = period
        let ordered = points.isSorted ? points : points.sorted { $0.position < $1.position }
        var counts = Array(repeating: 0, count: period + 1)
        var seasons = SeasonCursor(period: period), cycle = Array(repeating: 0, count: ordered.count)
        var season = Array(repeating: 0, count: ordered.count)
        for (i, p) in ordered.enumerated() {
            (cycle[i], season[i]) = seasons.locate(p.position)
            counts[season[i] + 1] += 1
        }
        for s in 0..<period { counts[s + 1] += counts[s] }
        starts = counts
        values = Array(repeating: 0, count: ordered.count)
        cycles = Array(repeating: 0, count: ordered.count)
        var next = counts
        for (i, p) in ordered.enumerated() {
            let s = season[i]
            values[next[s]] = p.value
            cycles[next[s]] = Double(cycle[i])
            next[s] += 1
        }
    }

    static func season(_ position: Int, _ period: Int) -> Int { ((position % period) + period) % period }

    func range(_ season: Int) -> Range<Int> { starts[season]..<starts[season + 1] }

    /// Within-season pairs, the denominator of the seasonal tau.
    var pairCount: Int { (0..<period).reduce(0) { n, s in let k = range(s).count; return n + k * (k - 1) / 2 } }
}

/// Cycle and season of positions visited in order, stepping from the previous one instead of
/// dividing: consecutive months are one apart, and an integer division costs as much as the
/// rest of the work on a point.
struct SeasonCursor {
    let period: Int
    private var position = 0, cycle = 0, season = 0
    private var started = false

    init(period: Int) {
        self.period = period
    }

    /// (cycle, season) with `position = cycle × period + season` and 0 ≤ season < period.
    mutating func locate(_ next: Int) -> (cycle: Int, season: Int) {
        let step = next - position
        if started && step >= 0 && step < period {
            season += step
            if season >= period {
                season -= period
                cycle += 1
            }
        } else {
            season = SeasonSplit.season(next, period)
            cycle = (next - season) / period
            started = true
        }
        position = next
        return (cycle, season)
    }
}

extension Array where Element == TimePoint {
    /// True when positions never decrease (the usual case: series arrive in time order).
    var isSorted: Bool {
        var last = Int.min
        for p in self {
            if p.position < last { return false }
            last = p.position
        }
        return true
    }
}

