/// Removes the seasonal pattern from monthly or quarterly values before CUSUM looks for shifts.
///
/// CUSUM compares values with the level of a reference year; on raw monthly counts a seasonal
/// high (every January, say) would read as a shift up every year, and a slow decline could be
/// reported as a run of shifts "up" while the level falls. The pattern is taken from that same
/// reference year, each season's deviation from the year's mean, so a later change of level is
/// not absorbed into it (whole-series seasonal means would soak up part of any shift).
public enum Deseasonalize {
    /// `points` in time order; the first `period` points are the reference year.
    public static func values(_ points: [TimePoint], period: Int) -> [Double] {
        guard period > 1, points.count > period else { return points.map(\.value) }
        let reference = points.prefix(period)
        let mean = reference.reduce(0) { $0 + $1.value } / Double(reference.count)
        // The deviations in temporary memory (a season's worth: on the stack), not an array.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: period) { deviation in
            deviation.initialize(repeating: 0)
            for p in reference { deviation[season(p, period)] = p.value - mean }
            var adjusted = [Double](zeros: points.count)
            points.withUnsafeBufferPointer { points in
                adjusted.withUnsafeMutableBufferPointer { adjusted in
                    SeasonCursor.forEach(points, period: period, consecutive: points.areConsecutive) { i, s in
                        adjusted[i] = points[i].value - deviation[s]
                    }
                }
            }
            return adjusted
        }
    }

    private static func season(_ p: TimePoint, _ period: Int) -> Int {
        ((p.position % period) + period) % period
    }
}
