/// How far the current value is from a change of status (methods.md §7, "Margins").
///
/// Each margin is the relative change of the current value that would move the status into the
/// neighbouring category, found by solving R(x) = threshold (or x = target, for "met"). A small
/// margin means the status rests on a difference smaller than the revisions a provisional count
/// usually gets: such a status is *borderline*.
public struct StatusMargin: Hashable, Sendable {
    /// To the next better category; nil when already met.
    public let better: Double?
    /// To the next worse category; nil when already moving away.
    public let worse: Double?
    /// The categories those changes would give.
    public let betterStatus: ProgressStatus?
    public let worseStatus: ProgressStatus?

    /// The smaller margin (as a magnitude) and the category it leads to.
    public var nearest: (distance: Double, status: ProgressStatus)? {
        [(better, betterStatus), (worse, worseStatus)]
            .compactMap { m, s in m.flatMap { m in s.map { (abs(m), $0) } } }
            .min { $0.0 < $1.0 }
    }

    /// True when either margin is within `threshold` (a fraction: 0.02 is 2 %).
    public func isBorderline(within threshold: Double) -> Bool {
        (better.map { abs($0) <= threshold } ?? false) || (worse.map { abs($0) <= threshold } ?? false)
    }

    /// Nil without a target, or when the current value is not positive (no relative change).
    init?(_ plan: ProgressPlan, current: TimedValue) {
        guard let target = plan.target, current.value > 0 else { return nil }
        let status = plan.measure(current).status
        guard status != .notAssessable else { return nil }
        let d = plan.direction.sign
        let boundaries = Self.boundaries(plan, target: target, time: current.time)
        func nearest(_ side: Double) -> (Double, ProgressStatus)? {
            // Boundaries on that side of the current value, nearest first (the earlier of two as
            // near, as a stable sort orders them); the first one past which the status differs is
            // the neighbour. Picked in place from at most four, not filtered and sorted into new arrays.
            var tried = Set4()
            while let k = Self.nearestUntried(boundaries, to: current.value, side: side * d, tried: tried) {
                tried.insert(k)
                let x = boundaries[k]
                let beyond = x + side * d * max(abs(x), 1) * 1e-9
                let next = plan.measure(TimedValue(time: current.time, value: beyond)).status
                if next != status, next != .notAssessable { return ((x - current.value) / current.value, next) }
            }
            return nil
        }
        let up = nearest(1), down = nearest(-1)
        better = up?.0
        betterStatus = up?.1
        worse = down?.0
        worseStatus = down?.1
    }

    /// The index of the boundary nearest `value` on the side `side` (±1) of it, not yet tried; the
    /// first of two as near.
    private static func nearestUntried(_ boundaries: [Double], to value: Double, side: Double, tried: Set4) -> Int? {
        var best: Int? = nil
        for k in boundaries.indices where !tried.contains(k) && side * (boundaries[k] - value) > 0 {
            if let b = best, abs(boundaries[k] - value) >= abs(boundaries[b] - value) { continue }
            best = k
        }
        return best
    }

    /// A set of small indices (the boundaries, at most four) as the bits of an integer.
    private struct Set4 {
        private var bits: UInt = 0
        func contains(_ k: Int) -> Bool { bits & (1 << k) != 0 }
        mutating func insert(_ k: Int) { bits |= 1 << k }
    }

    /// Values where the status can change: the target itself, and where R crosses each threshold.
    static func boundaries(_ plan: ProgressPlan, target: TimedValue, time: Double) -> [Double] {
        // At most four boundaries: allocated once, not grown.
        var xs: [Double] = []
        xs.reserveCapacity(4)
        xs.append(target.value)
        guard let r = plan.requiredRate, r != 0 else { return xs }
        let years = time - plan.start.time
        guard years > 0 else { return xs }
        for threshold in [0, ProgressStatus.moderateRatio, ProgressStatus.onTrackRatio] {
            let rate = plan.direction.sign * threshold * abs(r)  // R = d·a/|r| = threshold
            let x = plan.method.project(plan.start.value, rate: rate, years: years)
            if x.isFinite, x > 0 || plan.method == .linear { xs.append(x) }
        }
        return xs
    }
}
