/// Progress from a start point to the current value, against a target when there is one.
///
/// This is the arithmetic of methods.md §3 on already-chosen points; which points to use
/// (baseline, trailing twelve months, five years back) is `Assessor`'s business.
public struct ProgressMeasure: Hashable, Sendable {
    public let method: ProgressMethod
    public let actualRate: Double?
    public let requiredRate: Double?
    /// R = d·a/|r|: 1 means exactly the required pace, negative means moving away.
    public let ratio: Double?
    public let fractionOfGap: Double?
    /// The value expected at the target date at the actual rate (worked out when asked: a track
    /// holds a reading per month, and a flag only needs their statuses).
    public var projected: Double? {
        guard let a = actualRate, let targetTime else { return nil }
        return method.project(current.value, rate: a, years: targetTime - current.time)
    }
    public let status: ProgressStatus
    /// Set when there is no target: the classification of the direction-adjusted growth.
    public let noTargetClass: NoTargetClass?
    private let current: TimedValue
    private let targetTime: Double?

    public init(method: ProgressMethod, direction: Direction, start: TimedValue, current: TimedValue,
                target: TimedValue?) {
        self.init(ProgressPlan(method: method, direction: direction, start: start, target: target), current: current)
    }

    /// The measure at `current` for a plan whose required rate is already known: the same
    /// arithmetic, without recomputing what every point of a track shares.
    init(_ plan: ProgressPlan, current: TimedValue) {
        let method = plan.method, start = plan.start
        self.method = method
        let d = plan.direction.sign
        let a = method.rate(from: start, to: current)
        actualRate = a
        self.current = current
        targetTime = plan.target?.time

        guard let target = plan.target else {
            requiredRate = nil; ratio = nil; fractionOfGap = nil
            let growth = a.flatMap { Self.relativeGrowth(method: method, rate: $0, start: start.value) }
            noTargetClass = growth.map { NoTargetClass(growth: d * $0) }
            status = a == nil ? .notAssessable : .noTarget
            return
        }
        noTargetClass = nil
        let r = plan.requiredRate
        requiredRate = r
        fractionOfGap = target.value != start.value
            ? (current.value - start.value) / (target.value - start.value) : nil

        guard let a, let r else {
            ratio = nil; status = .notAssessable
            return
        }
        ratio = r != 0 ? d * a / abs(r) : nil
        if d * (current.value - target.value) >= 0 {
            status = .met
        } else if let ratio {
            status = ProgressStatus(ratio: ratio)
        } else {
            // The target equals the start and is not met: the value has moved the wrong way.
            status = .movingAway
        }
    }

    /// Growth as a fraction per year: the rate itself for `cagr`, the rate over the start value for `linear`.
    static func relativeGrowth(method: ProgressMethod, rate: Double, start: Double) -> Double? {
        switch method {
        case .cagr: rate
        case .linear: start != 0 ? rate / abs(start) : nil
        }
    }
}
