/// target-infeasible: the target cannot be reached without a change of course (methods.md §6).
///
/// Holds when the process consistently fails the target (the target lies beyond the process
/// limits on the bad side), or when the rate now required — from the latest value to the
/// target — is faster than the best rate sustained over `bestRateYears` anywhere in the record.
/// The required rate is taken from the latest value rather than from the baseline: what
/// matters for feasibility is what remains to be done.
///
/// Severity: warning — the committee should revisit the target.
/// Since: for assurance, the first of the unbroken run of charted points worse than the target;
/// for the rate, the first basis period of the unbroken run in which the rate still required
/// exceeded the record.
public struct TargetInfeasibleRule: FlagRule, Hashable {
    public static let id = RuleID.targetInfeasible
    /// The span of the "best sustained" rate, in years.
    public var bestRateYears = 5

    public init(bestRateYears: Int = 5) {
        self.bestRateYears = bestRateYears
    }

    public func evaluate(_ context: FlagContext) -> Finding? {
        let shared = context.shared
        let evidence = AssuranceEvidence(shared, .consistentlyFails)
        let pace = paceEvidence(shared.value)
        guard let since = evidence.map({ $0.runStart(better: false) }) ?? pace?.since else { return nil }
        let message = DeferredText { l in
            [evidence.map { assuranceText($0, l) }, pace.map { paceText($0, shared.value, l) }].compactMap { $0 }
                .joined(separator: " ")
        }
        return Finding(severity: .warning, since: since, message: message,
                       adjustment: DeferredText { adjustment(shared.value, pace, $0) })
    }

    /// The best sustained rate and the rate still required, when the latter is out of reach.
    struct Pace {
        let best: Double
        let bestFrom: Period
        let bestTo: Period
        let required: Double
        let since: Period
        let method: ProgressMethod
    }

    func paceEvidence(_ a: Assessment) -> Pace? {
        guard let m = a.progress.measure, m.status != .met, let goal = a.progress.target,
              let latest = a.comparableBasis.last else { return nil }
        let d = a.indicator.direction.sign
        let aim = TimedValue(time: goal.period.time, value: goal.value)
        guard let required = m.method.rate(from: latest.timed, to: aim) else { return nil }
        // One pair of the record faster than the rate still required, and so is the best: the
        // target is within reach. Most series are settled so, and finding the best pair was most
        // of the rule's cost.
        let points = a.comparableBasis
        let beyondRequired = RateComparison(m.method, beyond: required, direction: d)
        guard !BestRate.anyFaster(points, span: Double(bestRateYears), than: beyondRequired) else { return nil }
        guard let best = bestRate(points, m.method, a.indicator.direction) else { return nil }
        // Decided from logarithms where they settle it: a `pow` per point of the walk was most of the rule's cost.
        let beyondBest = RateComparison(m.method, beyond: best.rate, direction: d)
        func outOfReach(_ p: BasisPoint) -> Bool { beyondBest.isBeyond(from: p.timed, to: aim) }
        guard outOfReach(latest) else { return nil }
        // The track holds the basis points after the start: the run is dated among them.
        var since = latest.period
        for p in a.comparableBasis.suffix(a.track.count).reversed() {
            guard outOfReach(p) else { break }
            since = p.period
        }
        return Pace(best: best.rate, bestFrom: best.from, bestTo: best.to, required: required, since: since,
                    method: m.method)
    }

    /// The best direction-adjusted rate over pairs of basis points exactly `bestRateYears` apart.
    func bestRate(_ points: ArraySlice<BasisPoint>, _ method: ProgressMethod,
                  _ direction: Direction) -> (rate: Double, from: Period, to: Period)? {
        let span = Double(bestRateYears), d = direction.sign
        return method == .cagr ? BestRate.growth(points, span: span, d) : BestRate.plain(points, span: span, method, d)
    }

    func assuranceText(_ e: AssuranceEvidence, _ l: Language) -> String {
        let since = e.runStart(better: false)
        switch l {
        case .en: return "As the process runs it will not meet the target: \(e.placement(l)); every value since \(since) is worse than it."
        case .es: return "Tal como funciona el proceso no alcanzará la meta: \(e.placement(l)); todos los valores desde \(since) son peores."
        }
    }

    func paceText(_ p: Pace, _ a: Assessment, _ l: Language) -> String {
        let unit = a.unit
        let required = Wording.rate(p.required, p.method, unit, l), best = Wording.rate(p.best, p.method, unit, l)
        let goal = a.progress.target.map { "\(NumberText.grouped($0.value)) \(l == .es ? "en" : "by") \($0.period)" } ?? "—"
        let now = a.progress.current.map { Wording.current($0, a.progress.basis, unit, l) } ?? "—"
        let span = Wording.span(p.bestFrom, p.bestTo)
        switch l {
        case .en:
            return "Reaching \(goal) takes \(required) from \(now), faster than the best \(bestRateYears)-year rate in the record, \(best) (\(span))."
        case .es:
            return "Llegar a \(goal) requiere \(required) desde \(now), más que la mejor tasa de \(bestRateYears) años registrada, \(best) (\(span))."
        }
    }

    func adjustment(_ a: Assessment, _ pace: Pace?, _ l: Language) -> String {
        let base = l == .es ? "Revisar la meta." : "Revisit the target."
        guard let pace, let goal = a.progress.target, let latest = a.basisSeries.last else { return base }
        let reachable = pace.method.project(latest.value, rate: pace.best, years: goal.period.time - latest.time)
        let value = NumberText.grouped(reachable)
        switch l {
        case .en: return "\(base) At the best rate the record shows, the value would be \(value) in \(goal.period)."
        case .es: return "\(base) A la mejor tasa registrada, el valor sería \(value) en \(goal.period)."
        }
    }
}
