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

    /// Whether `measure(current).status == status`, for met and moving-away, decided without
    /// the `pow` of the actual rate when that rate's sign settles it; otherwise by the measure.
    ///
    /// For a target in force with a defined, non-zero required rate r and growth rates
    /// (`ProgressMeasure`): the status is met when d·(x − target) ≥ 0 (no rate needed), else
    /// moving away exactly when d·a < 0, a = (x/x₀)^(1/years) − 1. When x/x₀ is more than 10⁻⁹
    /// away from 1 and years ≤ 1,000, (x/x₀)^(1/years) lies further than any rounding from 1,
    /// so a's sign is that of x/x₀ − 1 (and |r| < 10²⁰⁰ keeps d·a/|r| from underflowing to a
    /// signless zero, which would read as insufficient). A track walks back through every reading while such a
    /// status holds: most of a monthly track is decided this way.
    /// Inlined into the walks that ask it of every point: the checks on the plan alone are then
    /// made once a walk rather than once a point.
    @inline(__always)
    func hasStatus(_ status: ProgressStatus, at current: TimedValue) -> Bool {
        guard status == .met || status == .movingAway, method == .cagr, let target, let r = requiredRate,
              r != 0, abs(r) < 1e200, current.value.isFinite, start.value.isFinite else {
            return measure(current).status == status
        }
        let years = current.time - start.time
        // The actual rate is undefined: not assessable, whatever the values say.
        guard years > 0, start.value > 0, current.value > 0 else { return status == .notAssessable }
        let d = direction.sign
        let met = d * (current.value - target.value) >= 0
        if status == .met || met { return met == (status == .met) }
        let q = current.value / start.value
        guard years <= 1_000, abs(q - 1) > 1e-9 else { return measure(current).status == status }
        return d * (q - 1) < 0
    }
}
