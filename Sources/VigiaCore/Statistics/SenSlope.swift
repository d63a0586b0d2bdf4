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
        for season in 0..<split.period {
            let range = split.range(season)
            for i in range {
                for j in (i + 1)..<range.upperBound {
                    let cycles = (split.positions[j] - split.positions[i]) / split.period
                    guard cycles != 0 else { continue }
                    slopes.append((split.values[j] - split.values[i]) / Double(cycles))
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
    /// Values and positions, season 0 first, each season in time order.
    private(set) var values: [Double]
    private(set) var positions: [Int]
    /// `starts[s]..<starts[s + 1]` is season s.
    private var starts: [Int]

    init(_ points: [TimePoint], period: Int) {
        self.period = period
        let ordered = points.isSorted ? points : points.sorted { $0.position < $1.position }
        var counts = Array(repeating: 0, count: period + 1)
        for p in ordered { counts[Self.season(p.position, period) + 1] += 1 }
        for s in 0..<period { counts[s + 1] += counts[s] }
        starts = counts
        values = Array(repeating: 0, count: ordered.count)
        positions = Array(repeating: 0, count: ordered.count)
        var next = counts
        for p in ordered {
            let s = Self.season(p.position, period)
            values[next[s]] = p.value
            positions[next[s]] = p.position
            next[s] += 1
        }
    }

    static func season(_ position: Int, _ period: Int) -> Int { ((position % period) + period) % period }

    func range(_ season: Int) -> Range<Int> { starts[season]..<starts[season + 1] }

    /// Within-season pairs, the denominator of the seasonal tau.
    var pairCount: Int { (0..<period).reduce(0) { n, s in let k = range(s).count; return n + k * (k - 1) / 2 } }
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

