/// What every progress reading of one assessment shares: the method, the desired direction, the
/// start point and the target, with the rate the target requires worked out once.
struct ProgressPlan: Hashable, Sendable {
    let method: ProgressMethod
    let direction: Direction
    let start: TimedValue
    let target: TimedValue?
    /// From the start to the target; nil without a target or where the rate is undefined.
    let requiredRate: Double?

    init(method: ProgressMethod, direction: Direction, start: TimedValue, target: TimedValue?) {
        self.method = method
        self.direction = direction
        self.start = start
        self.target = target
        requiredRate = target.flatMap { method.rate(from: start, to: $0) }
    }

    func measure(_ current: TimedValue) -> ProgressMeasure {
        ProgressMeasure(self, current: current)
    }
}
