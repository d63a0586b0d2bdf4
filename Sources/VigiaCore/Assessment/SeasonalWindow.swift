/// A monthly or quarterly trend window split by season once, for both the serial-correlation
/// check and the test it picks.
///
/// The check reads the full years ending in the latest period (`cycles`), the seasonal test the
/// whole window; both take a seasonal Sen slope, the check's being the slope of a suffix of every
/// season of the window's split. Sharing the split is exact only on the values each would have
/// split itself: finite and in time order, which is what `Assessor` passes. Otherwise each
/// statistic splits its own values, as it would alone.
struct SeasonalWindow {
    let points: [TimePoint]
    let period: Int
    /// The points from the oldest year-long block ending a whole number of years before the latest.
    let cycles: ArraySlice<TimePoint>
    /// The window by season; nil when its values are not all finite and in time order.
    private let split: SeasonSplit?
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
        cycles = TrendSelection.endingInLatest(points, period: period)
        split = points.isSorted && points.allSatisfy({ $0.value.isFinite }) ? SeasonSplit(inOrder: points, period: period) : nil
    }

    /// `cycles` finite and in time order: themselves when the whole window's values are.
    var orderedCycles: ArraySlice<TimePoint> { split != nil ? cycles : Array(cycles).finiteInTimeOrder[...] }

    /// `SenSlope.seasonalSlope(ordered, period:)`, where `ordered` are `cycles` finite and in time order.
    mutating func slopeOfCycles(_ ordered: ArraySlice<TimePoint>) -> Double? {
        let slope: Double?
        if let split, let start = cycles.first?.position, points.count <= KendallScore.countedTiesLimit {
            var room = MedianRoom(split.pairCount)
            var score = SeasonalScore()
            let front = room.fill { split.slopes(frontFrom: start, into: $0, score: &score) }
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

    mutating func seasonalTest() -> TrendResult {
        guard let split else { return TrendTest.seasonal(points, period: period) }
        guard var slopes = windowSlopes, let score = windowScore else { return TrendTest.seasonal(split) }
        windowSlopes = nil
        return TrendTest.seasonal(score, slope: slopes.median())
    }

    func correlatedTest() -> TrendResult {
        TrendTest.correlatedSeasonal(Array(cycles), period: period, slope: cyclesSlope)
    }
}
