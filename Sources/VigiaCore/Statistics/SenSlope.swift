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
        var slopes: [Double] = []
        for season in SeasonSplit(points, period: period).seasons {
            for i in season.indices {
                for j in (i + 1)..<season.count {
                    let cycles = (season[j].position - season[i].position) / period
                    guard cycles != 0 else { continue }
                    slopes.append((season[j].value - season[i].value) / Double(cycles))
                }
            }
        }
        return median(&slopes)
    }
}

/// Points grouped by season (month of year, quarter), each group in time order.
struct SeasonSplit {
    let seasons: [[TimePoint]]

    init(_ points: [TimePoint], period: Int) {
        var groups = Array(repeating: [TimePoint](), count: period)
        for p in points.sorted(by: { $0.position < $1.position }) {
            let season = ((p.position % period) + period) % period
            groups[season].append(p)
        }
        seasons = groups
    }
}
