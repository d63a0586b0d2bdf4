/// Progress measured at one basis point, from the same start and against the same target.
public struct ProgressPoint: Hashable, Sendable {
    public let period: Period
    public let value: Double
    public let measure: ProgressMeasure
}

/// Progress re-measured at every basis point after the start, against the target in force at
/// the as-of date: it dates a reading ("off pace since 2023") without re-running the assessment.
public struct ProgressTrack: Hashable, Sendable {
    public let points: [ProgressPoint]

    public init(points: [ProgressPoint]) {
        self.points = points
    }

    /// The first point of the unbroken run, ending at the latest point, where `holds` is true;
    /// nil when it does not hold at the latest point.
    public func runStart(where holds: (ProgressPoint) -> Bool) -> ProgressPoint? {
        var start: ProgressPoint? = nil
        for point in points.reversed() {
            guard holds(point) else { break }
            start = point
        }
        return start
    }
}
