/// A change of regime found after the fact (methods.md §5).
public enum ChangePoint: Hashable, Sendable {
    /// CUSUM on a monthly or quarterly series: the level moved from `start`, last signalled at
    /// `detected`, in `steps` successive shifts the same way (a drift when more than one).
    case levelShift(start: Period, detected: Period, side: Side, previousLevel: Double, steps: Int)
    /// Break search on an annual series: the slope changed at `at` (units per year before and after).
    case trendChange(at: Period, slopeBefore: Double, slopeAfter: Double)

    /// The period the new regime began.
    public var period: Period {
        switch self {
        case .levelShift(let start, _, _, _, _): start
        case .trendChange(let at, _, _): at
        }
    }

    /// Good or bad news by the indicator's desired direction: a level moving the desired way,
    /// or a slope turning towards it.
    public func reading(for direction: Direction) -> Reading {
        switch self {
        case .levelShift(_, _, let side, _, _):
            return side.reading(for: direction)
        case .trendChange(_, let before, let after):
            return (after > before ? Side.high : .low).reading(for: direction)
        }
    }
}
