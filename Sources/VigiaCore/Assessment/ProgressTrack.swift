/// Progress measured at one basis point, from the same start and against the same target.
public struct ProgressPoint: Hashable, Sendable {
    public let period: Period
    public let value: Double
    public let measure: ProgressMeasure
}

/// Progress re-measured at every basis point after the start, against the target in force at
/// the as-of date: it dates a reading ("off pace since 2023") without re-running the assessment.
///
/// Readings are measured when asked for: a flag walks back from the latest point only as far
/// as its condition holds, so most of a long monthly track is never needed (each reading costs
/// a `pow`, and ten thousand municipal series are evaluated at a time).
public struct ProgressTrack: Hashable, Sendable {
    /// The basis points after the start, in time order.
    let basis: ArraySlice<BasisPoint>
    let plan: ProgressPlan?

    init(basis: ArraySlice<BasisPoint>, plan: ProgressPlan?) {
        self.basis = plan == nil ? [] : basis
        self.plan = plan
    }

    static let empty = ProgressTrack(basis: [], plan: nil)

    /// The number of readings.
    public var count: Int { basis.count }

    /// Every reading, in time order.
    public var points: [ProgressPoint] { basis.indices.map(point) }

    private func point(_ i: Int) -> ProgressPoint {
        let p = basis[i]
        return ProgressPoint(period: p.period, value: p.value, measure: plan!.measure(p.timed))
    }

    /// The first point of the unbroken run, ending at the latest point, with `status` (met or
    /// moving away): the same as `runStart { $0.measure.status == status }`, walking back on
    /// statuses the plan decides without a `pow` where it can, and measuring only the point found.
    public func runStart(of status: ProgressStatus) -> ProgressPoint? {
        guard let plan else { return nil }
        var start: Int? = nil
        for i in basis.indices.reversed() {
            guard plan.hasStatus(status, at: basis[i].timed) else { break }
            start = i
        }
        return start.map(point)
    }

    /// The first point of the unbroken run, ending at the latest point, where `holds` is true;
    /// nil when it does not hold at the latest point.
    public func runStart(where holds: (ProgressPoint) -> Bool) -> ProgressPoint? {
        var start: ProgressPoint? = nil
        for i in basis.indices.reversed() {
            let p = point(i)
            guard holds(p) else { break }
            start = p
        }
        return start
    }
}
