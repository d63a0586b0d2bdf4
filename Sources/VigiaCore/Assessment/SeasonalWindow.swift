/// A monthly or quarterly trend window whose within-season slopes are worked out once, for both
/// the serial-correlation check and the test it picks.
///
/// The check reads the full years ending in the latest period (`cycles`), the seasonal test the
/// whole window; both take a seasonal Sen slope, the check's being the slope of a suffix of every
/// season of the window. Sharing the slopes is exact only on the values each would have taken
/// itself: finite and in time order, which is what `Assessor` passes. Otherwise each statistic
/// splits its own values, as it would alone. A window with no month missing is not split at all
/// (`ConsecutiveSlopes`).
struct SeasonalWindow {
    let points: [TimePoint]
    let period: Int
    /// The points from the oldest year-long block ending a whole number of years before the latest.
    let cycles: ArraySlice<TimePoint>
    /// One point a position from the first on (no month missing, none repeated).
    private let stepped: Bool
    /// The window's values are all finite and in time order: the statistics may share work.
    private let inOrder: Bool
    /// Both: the slopes are taken lag by lag from the window itself, and no statistic needs it
    /// split by season.
    private var consecutive: Bool { stepped && inOrder }
    /// The seasonal slope of `cycles` once the check has worked it out (the correlated test's slope).
    private var cyclesSlope: Double?? = nil
    /// The window's within-season slopes, written by the check with those of `cycles` first: the
    /// seasonal test's slope is their median, and the pairs of `cycles` are not worked out twice.
    private var windowSlopes: MedianRoom? = nil
    /// The seasonal test's S and Var(S), counted with the window's slopes.
    private var windowScore: SeasonalScore? = nil

    init(_ points: [TimePoint], period: Int) {
        self.points = points
        self.period = period
        stepped = !points.isEmpty && points.withUnsafeBufferPointer { $0.areConsecutive }
        // Stepped points are in time order, and their full years start count mod period in.
        cycles = stepped ? points[(points.count % period)...] : TrendSelection.endingInLatest(points, period: period)
        inOrder = (stepped || points.isSorted) && points.allSatisfy { $0.value.isFinite }
    }

    /// The full years of `cycles`: all of them when no month is missing (they hold a whole number of years).
    var completeCycles: Int {
        stepped ? cycles.count / period : TrendSelection.completeCycles(cycles, period: period)
    }

    /// The window by season, split when a statistic asks for it (values finite and in time order).
    private var split: SeasonSplit { SeasonSplit(inOrder: points, period: period) }

    /// `cycles` finite and in time order: themselves when the whole window's values are.
    var orderedCycles: ArraySlice<TimePoint> { inOrder ? cycles : Array(cycles).finiteInTimeOrder[...] }

    /// `SenSlope.seasonalSlope(ordered, period:)`, where `ordered` are `cycles` finite and in time order.
    mutating func slopeOfCycles(_ ordered: ArraySlice<TimePoint>) -> Double? {
        let slope: Double?
        if inOrder, let start = cycles.first?.position, points.count <= KendallScore.countedTiesLimit {
            var score = SeasonalScore()
            var (room, front) = slopesOfWindow(from: start, score: &score)
            // The median reorders what it reads: the front's on a copy, the whole kept for the test.
            slope = room.medianOfCopy(front)
            windowSlopes = room
            windowScore = score
        } else {
            slope = SenSlope.seasonalSlope(Array(ordered), period: period)
        }
        cyclesSlope = .some(slope)
        return slope
    }

    /// The window's within-season slopes, those of pairs from `start` on first (how many: `front`).
    private func slopesOfWindow(from start: Int, score: inout SeasonalScore) -> (MedianRoom, front: Int) {
        if consecutive {
            // `cycles` is the window's own tail here: the pairs from `start` on begin at its first index.
            var room = MedianRoom(ConsecutiveSlopes.pairCount(points.count, period: period))
            let front = room.fill { slopes in
                points.withUnsafeBufferPointer {
                    ConsecutiveSlopes.write($0, period: period, frontFrom: cycles.startIndex, into: slopes, score: &score)
                }
            }
            return (room, front)
        }
        let split = split
        var room = MedianRoom(split.pairCount)
        let front = room.fill { split.slopes(frontFrom: start, into: $0, score: &score) }
        return (room, front)
    }

    mutating func seasonalTest() -> TrendResult {
        guard inOrder else { return TrendTest.seasonal(points, period: period) }
        guard var slopes = windowSlopes, let score = windowScore else { return TrendTest.seasonal(split) }
        windowSlopes = nil
        return TrendTest.seasonal(score, slope: slopes.median())
    }

    func correlatedTest() -> TrendResult {
        TrendTest.correlatedSeasonal(Array(cycles), period: period, slope: cyclesSlope)
    }
}
